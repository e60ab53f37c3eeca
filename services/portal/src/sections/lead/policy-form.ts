import type { Problem } from '../../api/api-error';
import type { ProgrammePolicy } from './queries';

export type WeightName = keyof ProgrammePolicy['weights'];

/** Each part of a match, as the policy page describes it and as an error message names it. */
export const WEIGHTS: readonly { key: WeightName; label: string; short: string }[] = [
  { key: 'location', label: 'Location: same site, or able to meet remotely', short: 'location' },
  { key: 'shift', label: 'Shifts that fit together', short: 'shifts' },
  { key: 'experience', label: 'Experience of the topics asked about', short: 'experience' },
  { key: 'silo', label: 'From outside the requester’s own team or directorate', short: 'being from outside the team' },
  { key: 'waiting', label: 'How long the request has waited', short: 'waiting time' },
  { key: 'load', label: 'Room in the coach’s caseload', short: 'caseload room' },
];
export const WEIGHT_NAMES: readonly WeightName[] = WEIGHTS.map((weight) => weight.key);

type DayField = 'chemistryFollowUpDays' | 'sessionNudgeDays' | 'answerWithinDays' | 'escalateAfterDays';

/** The policy as the form holds it: yes or no for each choice, numbers as typed. */
export interface PolicyForm {
  offered: string;
  capacity: string;
  releaseRequired: string;
  chemistryFollowUpDays: string;
  sessionNudgeDays: string;
  answerWithinDays: string;
  escalateAfterDays: string;
  shareAcrossConsortium: string;
  weights: Record<WeightName, string>;
}

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

/** The form filled in with the policy in force, so whatever the lead leaves alone is sent back as it was. */
export function policyForm(policy: ProgrammePolicy): PolicyForm {
  return {
    offered: yesNo(policy.offered),
    capacity: String(policy.capacity),
    releaseRequired: yesNo(policy.releaseRequired),
    chemistryFollowUpDays: String(policy.chemistryFollowUpDays),
    sessionNudgeDays: String(policy.sessionNudgeDays),
    answerWithinDays: String(policy.answerWithinDays),
    escalateAfterDays: String(policy.escalateAfterDays),
    shareAcrossConsortium: yesNo(policy.shareAcrossConsortium),
    weights: Object.fromEntries(WEIGHT_NAMES.map((name) => [name, String(policy.weights[name])])) as Record<WeightName, string>,
  };
}

/** setProgrammePolicy's ProgrammePolicyInput, from a form policyProblems accepted. */
export function policyInput(form: PolicyForm): ProgrammePolicy {
  return {
    offered: form.offered === 'yes',
    capacity: Number(form.capacity),
    releaseRequired: form.releaseRequired === 'yes',
    chemistryFollowUpDays: Number(form.chemistryFollowUpDays),
    sessionNudgeDays: Number(form.sessionNudgeDays),
    answerWithinDays: Number(form.answerWithinDays),
    escalateAfterDays: Number(form.escalateAfterDays),
    shareAcrossConsortium: form.shareAcrossConsortium === 'yes',
    weights: Object.fromEntries(WEIGHT_NAMES.map((name) => [name, Number(form.weights[name])])) as Record<WeightName, number>,
  };
}

/**
 * The whole-number ranges matching's validPolicy (programme-policy.ts) enforces, under the field names it reports;
 * capacity's upper bound is matching's MAX_CAPACITY (coach.decider.ts).
 */
export const POLICY_RANGES: Record<'capacity' | DayField, { field: string; words: string; min: number; max: number }> = {
  capacity: { field: 'Capacity', words: 'The most people a coach or mentor holds at once', min: 1, max: 5 },
  chemistryFollowUpDays: { field: 'Chemistry follow-up days', words: 'Days before following up a chemistry meeting', min: 1, max: 90 },
  sessionNudgeDays: { field: 'Session nudge days', words: 'Days with no session before a reminder', min: 7, max: 120 },
  answerWithinDays: { field: 'Days to answer an introduction', words: 'Days to answer an introduction', min: 1, max: 60 },
  escalateAfterDays: { field: 'Days before escalating', words: 'Days before escalating to you', min: 1, max: 60 },
};

/** The inputs on the page, under matching's field names and the form's own. */
export const POLICY_FIELDS: Record<string, string> = {
  offered: 'policy-offered',
  releaseRequired: 'policy-release',
  shareAcrossConsortium: 'policy-share',
  weights: 'policy-weight-location',
  ...Object.fromEntries(Object.entries(POLICY_RANGES).flatMap(([name, range]) => [[name, `policy-${name}`], [range.field, `policy-${name}`]])),
  ...Object.fromEntries(WEIGHT_NAMES.map((name) => [`weights.${name}`, `policy-weight-${name}`])),
};

/** What matching's validPolicy would refuse, in the NHS error summary's words; empty when the form can be sent. */
export function policyProblems(form: PolicyForm): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ message, code: 'BAD_USER_INPUT', field });
  for (const choice of ['offered', 'releaseRequired', 'shareAcrossConsortium'] as const) {
    if (form[choice] !== 'yes' && form[choice] !== 'no') add(choice, 'Select yes or no');
  }
  // validPolicy's wholeNumberIn: each count a whole number within its range.
  for (const [name, range] of Object.entries(POLICY_RANGES) as [keyof typeof POLICY_RANGES, (typeof POLICY_RANGES)[keyof typeof POLICY_RANGES]][]) {
    const text = form[name].trim();
    const value = Number(text);
    if (!text || !Number.isInteger(value) || value < range.min || value > range.max) add(name, `${range.words} must be a whole number from ${range.min} to ${range.max}`);
  }
  // validWeights: each from 0 to 10, and not all 0 (every pair would score the same).
  const weights = WEIGHTS.map(({ key, short }) => ({ key, short, text: form.weights[key].trim(), value: Number(form.weights[key]) }));
  const bad = weights.filter(({ text, value }) => !text || !Number.isFinite(value) || value < 0 || value > 10);
  for (const { key, short } of bad) add(`weights.${key}`, `The weight for ${short} must be a number from 0 to 10`);
  if (!bad.length && weights.every(({ value }) => value === 0)) add('weights', 'At least one weight must be above 0, or every pair would score the same');
  return problems;
}
