import { HARD_RULES } from './candidates';
import type { HardRule, ScoreParts, ShiftPattern, SupportKind } from './round.types';

/** Tags quoted per proposal: enough to explain, few enough to read. */
const MAX_TAG_REASONS = 3;

export function roleOf(kind: SupportKind): { giver: string; givers: string; receivers: string } {
  return kind === 'mentoring' ? { giver: 'mentor', givers: 'mentors', receivers: 'mentees' } : { giver: 'coach', givers: 'coaches', receivers: 'coachees' };
}

const BOTH_ON: Readonly<Record<ShiftPattern, string | null>> = {
  days: 'both on days',
  nights: 'both on nights',
  rotating: 'both on rotating shifts',
  part_time: 'both part-time',
  flexible: 'both work flexibly',
  unknown: null,
};

export interface ReasonFacts {
  kind: SupportKind;
  parts: ScoreParts;
  requesterShift: ShiftPattern;
  coachShift: ShiftPattern;
  shiftAsked: boolean;
  matchedTags: readonly string[];
  crossed: { directorate: boolean; staffGroup: boolean; organisation: boolean };
  waitingWeeks: number;
  /** The coach had nobody before this proposal. */
  firstForCoach: boolean;
}

function shiftReason(facts: ReasonFacts, giver: string): string | null {
  if (!facts.shiftAsked || facts.parts.shift < 0.8) return null;
  if (facts.requesterShift === facts.coachShift) return BOTH_ON[facts.coachShift];
  return facts.coachShift === 'flexible' ? `${giver} works flexibly` : 'you work flexibly';
}

function locationReason(location: number, giver: string): string | null {
  if (location === 1) return 'same site';
  if (location >= 0.8) return `${giver} can meet at your site`;
  if (location > 0) return 'can meet remotely';
  return null;
}

/** Why this pair, in the words a lead would use when introducing them. */
export function proposalReasons(facts: ReasonFacts): string[] {
  const { giver, receivers } = roleOf(facts.kind);
  const reasons = [locationReason(facts.parts.location, giver), shiftReason(facts, giver)];
  for (const tag of facts.matchedTags.slice(0, MAX_TAG_REASONS)) reasons.push(`${giver} has ${tag}`);
  if (facts.crossed.directorate) reasons.push('outside your directorate');
  if (facts.crossed.staffGroup) reasons.push('from another staff group');
  if (facts.crossed.organisation) reasons.push('from another organisation');
  const weeks = Math.floor(facts.waitingWeeks);
  if (weeks >= 1) reasons.push(`waiting ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`);
  if (facts.firstForCoach) reasons.push(`${giver} has no other ${receivers} yet`);
  return reasons.filter((reason): reason is string => reason !== null);
}

/** How many people a rule ruled out, as a phrase: "1 is paused", "3 are paused". */
function ruleWords(rule: HardRule, count: number, giver: string): string {
  const one = count === 1;
  const are = one ? 'is' : 'are';
  const have = one ? 'has' : 'have';
  const phrase = ((): string => {
    switch (rule) {
      case 'paused':
        return `${are} paused`;
      case 'unresponsive':
        return `${have} not answered earlier introductions`;
      case 'capacity':
        return `${have} no free place`;
      case 'eligibility':
        return `${are} not eligible to ${giver} in this programme`;
      case 'self':
        return 'is you';
      case 'excluded':
        return `${one ? 'was' : 'were'} ruled out by the programme lead`;
      case 'declined_before':
        return 'declined with you before';
      case 'line_management':
        return `${are} in your line-management chain`;
      case 'same_team':
        return `${are} in your own team`;
      case 'organisation':
        return `${are} in another organisation with no sharing agreement`;
      case 'gender':
        return `${one ? 'does' : 'do'} not match your gender preference`;
      case 'format':
        return `${one ? 'does' : 'do'} not offer your meeting format`;
      case 'site':
        return 'cannot meet at your site';
    }
  })();
  return `${count} ${phrase}`;
}

/** Rule counts are in HARD_RULES order; the three that ruled out most people are named, most first. */
export function noneAllowedReason(kind: SupportKind, counts: ArrayLike<number>): string {
  const { giver, givers } = roleOf(kind);
  const named = HARD_RULES.map((rule, index) => ({ rule, count: counts[index] }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 3)
    .map(({ rule, count }) => ruleWords(rule, count, giver));
  if (named.length === 0) return `no ${givers} are in the pool for this programme`;
  return `no ${giver} can be proposed: ${named.join('; ')}`;
}

export function allTakenReason(kind: SupportKind, allowed: number): string {
  const { giver, givers } = roleOf(kind);
  return allowed === 1
    ? `the one ${giver} who fits is proposed to another request this round`
    : `the ${allowed} ${givers} who fit are all proposed to other requests this round`;
}
