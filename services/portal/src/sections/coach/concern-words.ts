import type { Problem } from '../../api/api-error';
import type { TagColour } from '../../components/content';
import type { Option } from '../../components/fields';
import type { RelationshipSummary } from '../staff/coaching-api';
import { kindWords } from '../staff/coaching-words';
import type { Concern, ConcernKind } from '../../api/supervision';
import { programmeDescription } from '../../words/programmes';

/** The longest concern the supervision service keeps (MAX_CONCERN_TEXT in services/supervision/src/concerns/concern.decider.ts). */
export const MAX_CONCERN_LENGTH = 8000;

export const CONCERN_KINDS: readonly Option[] = [
  { value: 'SAFEGUARDING', label: 'Safeguarding: someone may be at risk of harm, abuse or neglect' },
  { value: 'ETHICAL', label: 'Ethical: a boundary, a conflict of interest, or how someone is behaving professionally' },
];

export const concernKindName = (kind: ConcernKind): string => (kind === 'SAFEGUARDING' ? 'Safeguarding' : 'Ethical');

const STATUSES: Record<string, { label: string; colour: TagColour }> = {
  raised: { label: 'Sent', colour: 'blue' },
  acknowledged: { label: 'Acknowledged', colour: 'yellow' },
  resolved: { label: 'Resolved', colour: 'green' },
};

export const concernStatus = (status: string): { label: string; colour: TagColour } => STATUSES[status] ?? { label: status, colour: 'grey' };

const ACTIONS: Record<string, string> = { raised: 'Raised', viewed: 'Read', acknowledged: 'Acknowledged', resolved: 'Resolved' };

/**
 * One line of a concern's audit trail. The API names people only by id and does not say who it went to, so
 * anyone but the coach is "someone it went to" (a supervisor, or the programme lead where the policy says so).
 */
export function auditLine(entry: { actorId: string; action: string }, meId: string): string {
  const who = entry.actorId === meId ? 'you' : 'someone it went to';
  return `${ACTIONS[entry.action] ?? entry.action} by ${who}`;
}

const RELATIONSHIP_STAGES: Record<string, string> = { introduced: 'introduced', active: 'active', closed: 'ended', declined: 'declined' };

/** The relationships a coach may raise a concern about: those where they are the coach or mentor, as choices. */
export function concernSubjects(relationships: readonly RelationshipSummary[]): Option[] {
  return relationships
    .filter((relationship) => relationship.mySide === 'coach')
    .map((relationship) => ({
      value: relationship.id,
      label: `${relationship.coachee.name}, your ${kindWords(relationship.kind).receiver} in ${programmeDescription(relationship.programme)} (${RELATIONSHIP_STAGES[relationship.status] ?? relationship.status})`,
    }));
}

/** Only the concerns this person raised (a coach who also supervises sees others' on the supervision pages), newest first. */
export function raisedBy(concerns: readonly Concern[], meId: string): Concern[] {
  return concerns.filter((concern) => concern.raisedBy === meId).sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
}

export function checkConcern(input: { relationshipId: string; kind: string; summary: string }): Problem[] {
  const problems: Problem[] = [];
  if (!input.relationshipId) problems.push({ field: 'relationshipId', message: 'Select who the concern is about', code: 'BAD_USER_INPUT' });
  if (!CONCERN_KINDS.some((option) => option.value === input.kind)) problems.push({ field: 'kind', message: 'Select whether it is a safeguarding or an ethical concern', code: 'BAD_USER_INPUT' });
  const summary = input.summary.trim();
  if (!summary) problems.push({ field: 'summary', message: 'Enter what your concern is', code: 'BAD_USER_INPUT' });
  else if (summary.length > MAX_CONCERN_LENGTH) problems.push({ field: 'summary', message: `Your concern must be ${MAX_CONCERN_LENGTH.toLocaleString('en-GB')} characters or fewer`, code: 'BAD_USER_INPUT' });
  return problems;
}
