import type { Option } from '../../components/fields';
import type { TagColour } from '../../components/content';

/**
 * The words the coaching pages use for the API's codes, shared by the staff and coach
 * sections so that a coachee and their coach read the same thing about the same relationship.
 */

export type SupportKind = 'COACHING' | 'MENTORING';

/** Who is who in a kind of support: a mentor and mentee, or a coach and coachee. */
export function kindWords(kind: string): { support: string; giver: string; receiver: string } {
  return kind === 'MENTORING' ? { support: 'mentoring', giver: 'mentor', receiver: 'mentee' } : { support: 'coaching', giver: 'coach', receiver: 'coachee' };
}

export const REQUEST_STATUS: Record<string, { label: string; colour: TagColour }> = {
  open: { label: 'Waiting for a match', colour: 'blue' },
  matched: { label: 'Matched', colour: 'aqua-green' },
  fulfilled: { label: 'Introduced', colour: 'green' },
  withdrawn: { label: 'Withdrawn', colour: 'grey' },
};

export const requestStatus = (status: string): { label: string; colour: TagColour } => REQUEST_STATUS[status] ?? { label: status, colour: 'grey' };

/** The parts of a relationship that decide what either of the pair can do next. */
export interface RelationshipProgress {
  status: string;
  kind: string;
  mySide?: string | null;
  chemistryHeldOn?: string | null;
  confirmedBy: readonly string[];
}

export type NextStep = 'record-chemistry' | 'confirm' | 'wait-for-other' | 'active' | 'ended';

/** What the signed-in person of the pair does next: the API only lets them confirm after the chemistry meeting. */
export function nextStep(relationship: RelationshipProgress): NextStep {
  if (relationship.status === 'active') return 'active';
  if (relationship.status !== 'introduced') return 'ended';
  if (!relationship.chemistryHeldOn) return 'record-chemistry';
  return relationship.mySide && relationship.confirmedBy.includes(relationship.mySide) ? 'wait-for-other' : 'confirm';
}

/** The relationship's state as its tag says it, from where the reader stands in it. */
export function relationshipStatus(relationship: RelationshipProgress): { label: string; colour: TagColour } {
  const words = kindWords(relationship.kind);
  const other = relationship.mySide === 'coach' ? words.receiver : words.giver;
  switch (nextStep(relationship)) {
    case 'record-chemistry':
      return { label: 'Introduced: chemistry meeting to hold', colour: 'yellow' };
    case 'confirm':
      return { label: 'Waiting for you to confirm', colour: 'orange' };
    case 'wait-for-other':
      return { label: `Waiting for your ${other} to confirm`, colour: 'blue' };
    case 'active':
      return { label: 'Active', colour: 'green' };
    default:
      return relationship.status === 'declined' ? { label: 'Declined', colour: 'grey' } : { label: 'Closed', colour: 'grey' };
  }
}

export const GROW_STAGES: readonly Option[] = [
  { value: '', label: 'Not recorded' },
  { value: 'GOAL', label: 'Goal' },
  { value: 'REALITY', label: 'Reality' },
  { value: 'OPTIONS', label: 'Options' },
  { value: 'WILL', label: 'Will (wrap-up)' },
];

export const CANCELLATION_REASONS: readonly Option[] = [
  { value: 'CLINICAL_PRESSURE', label: 'Clinical pressure' },
  { value: 'STAFFING', label: 'Staffing' },
  { value: 'SICKNESS', label: 'Sickness' },
  { value: 'LEAVE', label: 'Leave' },
  { value: 'PERSONAL', label: 'Personal reasons' },
  { value: 'OTHER', label: 'Another reason' },
];

export const CLOSURE_REASONS: readonly Option[] = [
  { value: 'GOALS_MET', label: 'Goals met' },
  { value: 'TERM_ENDED', label: 'The agreed term ended' },
  { value: 'NO_LONGER_NEEDED', label: 'No longer needed' },
  { value: 'NO_TIME', label: 'No time' },
  { value: 'NOT_WORKING', label: 'The relationship was not working' },
  { value: 'LEFT_ORGANISATION', label: 'Left the organisation' },
  { value: 'OTHER', label: 'Another reason' },
];

export const CLOSURE_OUTCOMES: readonly Option[] = [
  { value: 'ACHIEVED', label: 'Goals achieved' },
  { value: 'PARTLY_ACHIEVED', label: 'Goals partly achieved' },
  { value: 'NOT_ACHIEVED', label: 'Goals not achieved' },
];

export const labelOf = (options: readonly Option[], value: string | null | undefined): string => (value ? (options.find((option) => option.value === value)?.label ?? value) : '');

export const APPROVAL_KINDS: readonly Option[] = [
  { value: 'PRACTISE_AS_MENTOR', label: 'Practise as a mentor' },
  { value: 'PRACTISE_AS_COACH', label: 'Practise as a coach' },
  { value: 'RELEASE_FOR_COACHING', label: 'Be released to be coached or mentored' },
];

export const APPROVAL_STATUS: Record<string, { label: string; colour: TagColour }> = {
  PENDING: { label: 'Waiting for your line manager', colour: 'blue' },
  APPROVED: { label: 'Agreed', colour: 'green' },
  DECLINED: { label: 'Not agreed', colour: 'red' },
  EXPIRED: { label: 'Expired', colour: 'grey' },
  INVALIDATED: { label: 'Ended (your line manager changed)', colour: 'grey' },
};

export const ETHNICITIES: readonly Option[] = [
  { value: 'ASIAN_OR_ASIAN_BRITISH', label: 'Asian, Asian British or Asian Welsh' },
  { value: 'BLACK_BLACK_BRITISH_CARIBBEAN_OR_AFRICAN', label: 'Black, Black British, Black Welsh, Caribbean or African' },
  { value: 'MIXED_OR_MULTIPLE', label: 'Mixed or multiple ethnic groups' },
  { value: 'WHITE', label: 'White' },
  { value: 'OTHER_ETHNIC_GROUP', label: 'Another ethnic group' },
  { value: 'PREFER_NOT_TO_SAY', label: 'Prefer not to say' },
];
