/**
 * What one matching round is given and what it proposes. Pure data: the service builds a RoundInput from its read
 * models, the optimiser returns a RoundResult, and both are recorded as events so any match can be explained later.
 */

export const PROGRAMMES = ['GENERAL', 'BAME_CAREER_PROGRESSION', 'RETURNERS', 'NEW_BOARD_DIRECTORS', 'ETHICAL_MENTORING', 'TEAM_COACHING'] as const;
export type Programme = (typeof PROGRAMMES)[number];

/** Coaching is given by a coach, mentoring by a mentor. */
export type SupportKind = 'coaching' | 'mentoring';

export type MeetingFormat = 'in_person' | 'remote';
export type FormatPreference = MeetingFormat | 'either';

export const SHIFT_PATTERNS = ['days', 'nights', 'rotating', 'part_time', 'flexible', 'unknown'] as const;
export type ShiftPattern = (typeof SHIFT_PATTERNS)[number];

/** A person as matching knows them from identity's events. */
export interface PersonFacts {
  personId: string;
  organisationId: string;
  siteId: string | null;
  directorateId: string | null;
  staffGroup: string;
  band: string;
  shiftPattern: ShiftPattern;
  lineManagerId: string | null;
}

export interface RequestPreferences {
  /** 'same': only coaches who can meet at the requester's site (or remote-only pairs when both accept remote). */
  site: 'same' | 'any';
  format: FormatPreference;
  /** Prefer a coach whose shift pattern fits the requester's. */
  shiftCompatible: boolean;
  outsideDirectorate: boolean;
  outsideStaffGroup: boolean;
  outsideOrganisation: boolean;
  /** Hard rule when true: never someone with the same line manager as the requester (their immediate team). */
  notSameTeam: boolean;
  /** Hard rule when set: only coaches who declared this gender in their matching preferences. */
  gender: string | null;
}

export interface OpenRequest {
  requestId: string;
  requester: PersonFacts;
  programme: Programme;
  kind: SupportKind;
  /** Topics the requester wants help with, in the pool's tag vocabulary (e.g. "band-7 interview panel"). */
  topics: string[];
  /** Free text; never shown to the optimiser's reasons, only used to find tag words the requester mentioned. */
  goals: string;
  preferences: RequestPreferences;
  /** ISO 8601 instant the request was made: waiting time raises its priority. */
  requestedAt: string;
}

export interface PoolCoach {
  person: PersonFacts;
  /** Programmes and the kind of support this person is eligible to give in each (from training). */
  eligibility: Array<{ programme: Programme; kind: SupportKind }>;
  /** Concurrent relationships this coach accepts (already capped by the programme's maximum). */
  capacity: number;
  /** Relationships currently proposed-and-approved, introduced or active, across all programmes. */
  activeRelationships: number;
  /** Sites where they can meet in person; their own site is assumed when empty. */
  siteIds: string[];
  formats: MeetingFormat[];
  /** Experience and knowledge, phrased so "mentor has <tag>" reads well, e.g. "led a band-7 interview panel". */
  tags: string[];
  gender: string | null;
  paused: boolean;
  /** Left introductions unanswered past the limit: not proposed until they respond. */
  unresponsive: boolean;
}

/** Relative weights of the score's parts; each part is in [0, 1] before weighting. */
export interface ScoreWeights {
  location: number;
  shift: number;
  experience: number;
  silo: number;
  waiting: number;
  load: number;
}

export interface PairRef {
  requestId: string;
  coachId: string;
}

export interface RoundInput {
  programme: Programme;
  requests: OpenRequest[];
  coaches: PoolCoach[];
  weights: ScoreWeights;
  /** Pairs the lead insists on: proposed whenever no hard rule forbids them. */
  pins: PairRef[];
  /** Pairs the lead ruled out for this round. */
  exclusions: PairRef[];
  /** Person-id pairs that declined each other before: [requesterId, coachId]. Never proposed again. */
  declinedPairs: Array<[string, string]>;
  /**
   * Line managers of everyone the round touches (person id -> manager id), deep enough to walk two levels up from
   * any requester or coach. Used for the line-management-chain rule.
   */
  lineManagers: Record<string, string | null>;
  /** Organisation-id pairs allowed to match across organisations by a consortium sharing agreement (both orders). */
  sharingOrganisations: Array<[string, string]>;
  /** ISO 8601 instant the round runs at (waiting time is measured to it). */
  now: string;
}

export type HardRule =
  | 'capacity'
  | 'line_management'
  | 'same_team'
  | 'organisation'
  | 'eligibility'
  | 'declined_before'
  | 'paused'
  | 'unresponsive'
  | 'self'
  | 'gender'
  | 'site'
  | 'format'
  | 'excluded';

export interface ScoreParts {
  location: number;
  shift: number;
  experience: number;
  silo: number;
  waiting: number;
  load: number;
}

export interface Proposal {
  requestId: string;
  coachId: string;
  /** Weighted total of the parts, rounded to 4 decimals. */
  score: number;
  parts: ScoreParts;
  /** In words, e.g. ["same site", "both on nights", "mentor has led a band-7 interview panel", "outside your directorate"]. */
  reasons: string[];
  pinned: boolean;
}

export interface UnmatchedRequest {
  requestId: string;
  /** Why nobody was proposed, in words a lead can act on. */
  reason: string;
}

export interface RoundResult {
  proposals: Proposal[];
  unmatched: UnmatchedRequest[];
  /** Pins that could not be honoured, with the hard rule they broke. */
  rejectedPins: Array<PairRef & { rule: HardRule }>;
  totalScore: number;
}
