import { dataOf } from '../testing/graphql-client';
import type { TestPlatform } from '../testing/test-platform';

/** Identity's operations as a client sends them, and the few shapes the e2e specs read back. */

export interface RoleGrant {
  role: string;
  scopeKind: string;
  scopeId: string;
}

export interface PersonRecord {
  id: string;
  organisationId: string;
  email: string;
  band: string;
  lineManagerId: string | null;
  status: string;
  roles: RoleGrant[];
}

const PERSON_FIELDS = 'id organisationId email band lineManagerId status roles { role scopeKind scopeId }';

export const ME = `query Me { me { ${PERSON_FIELDS} } }`;
export const PERSON = `query Person($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
export const PEOPLE = `query People($organisationId: ID!, $filter: PeopleFilter, $first: Int, $after: String) {
  people(organisationId: $organisationId, filter: $filter, first: $first, after: $after) {
    totalCount
    edges { node { ${PERSON_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export const REGISTER_PERSON = `mutation Register($input: RegisterPersonInput!) { registerPerson(input: $input) { ${PERSON_FIELDS} } }`;
export const UPDATE_PERSON = `mutation Update($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { ${PERSON_FIELDS} } }`;
export const RECORD_LEAVER = `mutation Leaver($id: ID!, $leavingDate: String!, $reason: String!) {
  recordLeaver(id: $id, leavingDate: $leavingDate, reason: $reason) { ${PERSON_FIELDS} }
}`;
export const GRANT_ROLE = `mutation Grant($personId: ID!, $role: Role!, $scopeKind: ScopeKind!, $scopeId: ID!) {
  grantRole(personId: $personId, role: $role, scopeKind: $scopeKind, scopeId: $scopeId) { ${PERSON_FIELDS} }
}`;
export const IMPORT_STAFF = `mutation Import($organisationId: ID!, $csv: String!) {
  importStaff(organisationId: $organisationId, csv: $csv) { registered updated moved unchanged sitesCreated directoratesCreated }
}`;
export const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`;
export const ORGANISATIONS = `query Organisations { organisations { id name kind sites { id name } } }`;
export const CONSORTIA = `query Consortia { consortia { id name members { id name } } }`;
export const CREATE_ORGANISATION = `mutation CreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }`;
export const ADD_CONSORTIUM_MEMBER = `mutation Add($consortiumId: ID!, $organisationId: ID!) {
  addConsortiumMember(consortiumId: $consortiumId, organisationId: $organisationId) { id members { id name } }
}`;
export const REMOVE_CONSORTIUM_MEMBER = `mutation Remove($consortiumId: ID!, $organisationId: ID!) {
  removeConsortiumMember(consortiumId: $consortiumId, organisationId: $organisationId) { id members { id name } }
}`;
export const RECORD_LAWFUL_BASIS = `mutation RecordLawfulBasis($organisationId: ID!, $basis: String!) {
  recordLawfulBasis(organisationId: $organisationId, basis: $basis) { id lawfulBasis { basis recordedOn } }
}`;
export const WITHDRAW_LAWFUL_BASIS = `mutation WithdrawLawfulBasis($organisationId: ID!) {
  withdrawLawfulBasis(organisationId: $organisationId) { id lawfulBasis { basis recordedOn } }
}`;
const EQUALITY_MONITORING_FIELDS = 'ethnicity objecting organisationLawfulBasis';
export const MY_EQUALITY_MONITORING = `query MyEqualityMonitoring { myEqualityMonitoring { ${EQUALITY_MONITORING_FIELDS} } }`;
export const RECORD_MY_ETHNICITY = `mutation RecordMyEthnicity($ethnicity: Ethnicity!) {
  recordMyEthnicity(ethnicity: $ethnicity) { ${EQUALITY_MONITORING_FIELDS} }
}`;
export const OBJECT_TO_SPECIAL_CATEGORY_ANALYSIS = `mutation ObjectToSpecialCategoryAnalysis($objecting: Boolean!) {
  objectToSpecialCategoryAnalysis(objecting: $objecting) { ${EQUALITY_MONITORING_FIELDS} }
}`;

/** A person's own equality-monitoring record, as only they can read it. */
export interface EqualityMonitoringRecord {
  ethnicity: string | null;
  objecting: boolean;
  organisationLawfulBasis: string | null;
}

export interface Organisation {
  id: string;
  name: string;
  kind: string;
  sites: { id: string; name: string }[];
}

export interface Consortium {
  id: string;
  name: string;
  members: { id: string; name: string }[];
}

/** A registerPerson input a trust admin might send; override what a case needs. */
export function newPerson(organisationId: string, email: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organisationId,
    givenName: 'Alex',
    familyName: 'Morgan',
    email,
    jobTitle: 'Staff Nurse',
    staffGroup: 'nursing_and_midwifery_registered',
    band: 'Band 5',
    shiftPattern: 'DAYS',
    clinical: true,
    startDate: '2024-09-02',
    ...overrides,
  };
}

/** Every person of an organisation, page by page, as `token` may list them. */
export async function everyone(platform: TestPlatform, token: string, organisationId: string): Promise<PersonRecord[]> {
  const people: PersonRecord[] = [];
  let after: string | null = null;
  do {
    type Page = { people: { edges: { node: PersonRecord }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const page: Page = dataOf(await platform.graphql<Page>(PEOPLE, { organisationId, first: 100, after }, token));
    people.push(...page.people.edges.map((edge) => edge.node));
    after = page.people.pageInfo.hasNextPage ? page.people.pageInfo.endCursor : null;
  } while (after);
  return people;
}

/** How many people the organisation has, and how many of them answer to `search` (name, email or job title). */
export async function headcount(platform: TestPlatform, token: string, organisationId: string, search?: string): Promise<number> {
  type Count = { people: { totalCount: number } };
  const reply = await platform.graphql<Count>(PEOPLE, { organisationId, first: 1, ...(search ? { filter: { search } } : {}) }, token);
  return dataOf(reply).people.totalCount;
}

export async function organisationNamed(platform: TestPlatform, token: string, name: string): Promise<Organisation> {
  const { organisations } = dataOf(await platform.graphql<{ organisations: Organisation[] }>(ORGANISATIONS, {}, token));
  const found = organisations.find((organisation) => organisation.name === name);
  if (!found) throw new Error(`No organisation named ${name}; there are: ${organisations.map((o) => o.name).join(', ')}`);
  return found;
}

export async function theConsortium(platform: TestPlatform, token: string): Promise<Consortium> {
  const { consortia } = dataOf(await platform.graphql<{ consortia: Consortium[] }>(CONSORTIA, {}, token));
  if (consortia.length !== 1) throw new Error(`Expected the demo's one consortium, found ${consortia.length}`);
  return consortia[0];
}
