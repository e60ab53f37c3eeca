import { CONCERN_FIELDS, SUPERVISION_RECORD_FIELDS } from '../../api/supervision';

/** The supervision operations these pages use, and the shapes of their answers. */

export interface CaseloadRelationship {
  reference: string;
  programme: string;
  role: string;
  startedOn: string | null;
  monthsRunning: number | null;
  sessionsHeld: number;
  lastSessionOn: string | null;
  nextSessionDueOn: string | null;
  reviewDueOn: string | null;
  status: string;
  closedOn: string | null;
  closureReason: string | null;
}

export interface CaseloadFlag {
  kind: string;
  reference: string | null;
  message: string;
  facts: string;
}

export interface Caseload {
  coachId: string;
  coachName: string;
  capacity: number;
  capacityUsed: number;
  paused: boolean;
  pausedBySupervisor: boolean;
  unresponsive: boolean;
  active: CaseloadRelationship[];
  waitingIntroductions: CaseloadRelationship[];
  closedRecently: CaseloadRelationship[];
  flags: CaseloadFlag[];
  fatigue: { level: string; points: number; factors: { factor: string; points: number; detail: string }[] };
}

const RELATIONSHIP = 'reference programme role startedOn monthsRunning sessionsHeld lastSessionOn nextSessionDueOn reviewDueOn status closedOn closureReason';
const CASELOAD_FIELDS = `coachId coachName capacity capacityUsed paused pausedBySupervisor unresponsive
  active { ${RELATIONSHIP} } waitingIntroductions { ${RELATIONSHIP} } closedRecently { ${RELATIONSHIP} }
  flags { kind reference message facts } fatigue { level points factors { factor points detail } }`;

export const CASELOADS = `query Caseloads { caseloads { ${CASELOAD_FIELDS} } }`;
export const CASELOAD = `query Caseload($coachId: ID!) { caseload(coachId: $coachId) { ${CASELOAD_FIELDS} } }`;
/** Who the supervisor supervises, by name: for choosing coaches and naming who raised a concern. */
export const SUPERVISEES = 'query Supervisees { caseloads { coachId coachName } }';

export const SUPERVISION_RECORD = `query SupervisionRecord($coachId: ID!) {
  caseload(coachId: $coachId) { coachId coachName }
  supervisionRecord(coachId: $coachId) { ${SUPERVISION_RECORD_FIELDS} }
}`;

export const LOG_SUPERVISION_SESSION = 'mutation LogSupervisionSession($input: LogSupervisionSessionInput!) { logSupervisionSession(input: $input) }';
export const PAUSE_COACH = 'mutation PauseCoach($coachId: ID!, $reason: String!) { pauseCoach(coachId: $coachId, reason: $reason) }';
export const RESUME_COACH = 'mutation ResumeCoach($coachId: ID!, $note: String) { resumeCoach(coachId: $coachId, note: $note) }';

export const CONCERNS = `query Concerns { concerns { ${CONCERN_FIELDS} } caseloads { coachId coachName } }`;
export const RESOLVE_CONCERN = `mutation ResolveConcern($concernId: ID!, $resolution: String!) { resolveConcern(concernId: $concernId, resolution: $resolution) { ${CONCERN_FIELDS} } }`;
