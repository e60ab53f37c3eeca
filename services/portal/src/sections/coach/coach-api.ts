/** The operations only the coach section uses: the pool profile and training records. */

export interface CoachProfile {
  coachId: string;
  capacity: number;
  activeRelationships: number;
  siteIds: string[];
  tags: string[];
  formats: string[];
  paused: boolean;
  unresponsive: boolean;
  eligibility: { programme: string; kind: string }[];
  /** Only the coach themself can read it. */
  gender: string | null;
}

const PROFILE_FIELDS = 'coachId capacity activeRelationships siteIds tags formats paused unresponsive eligibility { programme kind } gender';
export const MY_COACH_PROFILE = `query MyCoachProfile { myCoachProfile { ${PROFILE_FIELDS} } }`;
export const SET_PREFERENCES = `mutation SetCoachPreferences($input: CoachPreferencesInput!) { setCoachPreferences(input: $input) { ${PROFILE_FIELDS} } }`;

export interface Accreditation {
  level: string | null;
  awardedAt: string | null;
  nextLevel: string | null;
  trainingHours: number;
  practiceHours: number;
  supervisionHours: number;
  cpdHours: number;
  progress: { level: string; ready: boolean; missing: string[]; criteria: { criterion: string; required: number; achieved: number; met: boolean }[] } | null;
}

export interface TrainingRecord {
  accreditation: Accreditation;
  cpdRecords: { id: string; hours: number; date: string; description: string }[];
  eligibility: { entries: { programme: string; role: string; eligible: boolean; reasons: string[] }[] } | null;
}

export const TRAINING_RECORD = `query TrainingRecord($personId: ID!) {
  accreditation(personId: $personId) {
    level awardedAt nextLevel trainingHours practiceHours supervisionHours cpdHours
    progress { level ready missing criteria { criterion required achieved met } }
  }
  cpdRecords(personId: $personId) { id hours date description }
  eligibility(personId: $personId) { entries { programme role eligible reasons } }
}`;

export const RECORD_CPD = `mutation RecordCpd($input: RecordCpdInput!) { recordCpd(input: $input) { id } }`;
