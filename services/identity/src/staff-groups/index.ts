export { isStaffGroup, parseStaffGroup, STAFF_GROUPS, staffGroupInfo } from './staff-group';
export type { StaffGroup, StaffGroupInfo } from './staff-group';
export { AGENDA_FOR_CHANGE_BANDS, bandLabel, isValidBand, MAX_OTHER_BAND_LENGTH, MEDICAL_GRADES, parseBand, sameBand } from './band';
export type { AgendaForChangeBand, Band, MedicalGrade } from './band';
