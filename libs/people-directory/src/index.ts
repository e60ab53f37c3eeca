export { applyIdentityEvent, applyRoleGrant } from './identity-events.apply';
export { ensurePeopleDirectoryTables, PEOPLE_DIRECTORY_SCHEMA } from './people-directory.tables';
export { consortiaOf, consortiumMembers, findPeople, findPerson, lineManagersOf, PERSON_COLUMNS, personOf } from './people.queries';
export type { DirectoryPerson, PersonRow } from './people.queries';
export { SHIFT_PATTERN_OF, SHIFT_PATTERNS } from './shift-patterns';
export type { ShiftPattern } from './shift-patterns';
