/** The supervision operations a coach or mentor uses for themself: wellbeing check-ins and concerns they raise. */

export interface CheckIn {
  recordedOn: string;
  total: number;
  text: string | null;
}

export interface SupervisionSession {
  id: string;
  heldOn: string;
  minutes: number;
  format: string;
  themes: string[];
  agreedActions: string[];
  notes: string | null;
}

export interface MySupervisionRecord {
  supervisionRecord: { sessions: SupervisionSession[]; checkIns: CheckIn[] };
}

/** Asked with the coach's own id: the API lets a coach read their own record (and their current supervisors read it). */
export const MY_SUPERVISION_RECORD = `query MySupervisionRecord($coachId: ID!) {
  supervisionRecord(coachId: $coachId) { sessions { id heldOn minutes format themes agreedActions notes } checkIns { recordedOn total text } }
}`;

export const RECORD_CHECK_IN = 'mutation RecordWellbeingCheckIn($scores: WellbeingScoresInput!, $text: String) { recordWellbeingCheckIn(scores: $scores, text: $text) }';

export type ConcernKind = 'ETHICAL' | 'SAFEGUARDING';

export interface RaisedConcern {
  id: string;
  kind: ConcernKind;
  relationshipId: string;
  raisedBy: string;
  summary: string;
  status: string;
  raisedAt: string;
  resolution: string | null;
  resolvedAt: string | null;
  audit: { at: string; actorId: string; action: string }[];
}

const CONCERN_FIELDS = 'id kind relationshipId raisedBy summary status raisedAt resolution resolvedAt audit { at actorId action }';
export const MY_CONCERNS = `query MyConcerns { concerns { ${CONCERN_FIELDS} } }`;
export const RAISE_CONCERN = `mutation RaiseConcern($relationshipId: ID!, $kind: ConcernKind!, $summary: String!) {
  raiseConcern(relationshipId: $relationshipId, kind: $kind, summary: $summary) { ${CONCERN_FIELDS} }
}`;
