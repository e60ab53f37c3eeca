import { CONCERN_FIELDS, SUPERVISION_RECORD_FIELDS, type SupervisionRecord } from '../../api/supervision';

/** The supervision operations a coach or mentor uses for themself: wellbeing check-ins and concerns they raise. */

export interface MySupervisionRecord {
  supervisionRecord: SupervisionRecord;
}

/** Asked with the coach's own id: the API lets a coach read their own record (and their current supervisors read it). */
export const MY_SUPERVISION_RECORD = `query MySupervisionRecord($coachId: ID!) { supervisionRecord(coachId: $coachId) { ${SUPERVISION_RECORD_FIELDS} } }`;

export const RECORD_CHECK_IN = 'mutation RecordWellbeingCheckIn($scores: WellbeingScoresInput!, $text: String) { recordWellbeingCheckIn(scores: $scores, text: $text) }';

export const MY_CONCERNS = `query MyConcerns { concerns { ${CONCERN_FIELDS} } }`;
export const RAISE_CONCERN = `mutation RaiseConcern($relationshipId: ID!, $kind: ConcernKind!, $summary: String!) {
  raiseConcern(relationshipId: $relationshipId, kind: $kind, summary: $summary) { ${CONCERN_FIELDS} }
}`;
