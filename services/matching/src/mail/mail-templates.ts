import { toIcsCalendar } from '@tapestry/domain';
import { daysBetween, londonDateTimeWords, londonDateWords } from './london-words';
import type { OutgoingMail } from '@tapestry/mail';
import { ICS_REQUEST_CONTENT_TYPE } from '@tapestry/mail';
import type { PairFacts } from './mail-wording';
import { answerRoute, greetingToPair, mailbox, pairRecipients, programmeWords, roleWords, signOff, tracingHeaders } from './mail-wording';

export interface IntroductionFacts extends PairFacts {
  /** When the lead introduced the pair; also the invitation's DTSTAMP. */
  introducedAt: string;
  chemistryMeetingAt: string;
  durationMinutes: number;
  /** Where to meet; left to the pair when not given. */
  location?: string;
}

export interface ChemistryFollowUpFacts extends PairFacts {
  introducedAt: string;
  chemistryMeetingAt: string;
}

export interface SessionNudgeFacts extends PairFacts {
  introducedAt: string;
  /** The last session either of them logged; null when none has been. */
  lastSessionAt: string | null;
}

export interface SixMonthCheckFacts extends PairFacts {
  introducedAt: string;
  sessionsLogged: number;
}

/** What was not answered; 'introduction' is the coach not answering an introduction at all. */
export type FollowUpKind = 'introduction' | 'chemistry_follow_up' | 'session_nudge' | 'six_month_check';
export type PairSide = 'coachee' | 'coach';

export interface EscalationFacts extends PairFacts {
  unanswered: FollowUpKind;
  askedAt: string;
  escalatedAt: string;
  /** Who has not answered: one side or both. */
  notAnsweredBy: readonly PairSide[];
}

export const CHEMISTRY_MEETING_FILENAME = 'chemistry-meeting.ics';

const FOLLOW_UP_WORDS: Record<FollowUpKind, string> = {
  introduction: 'the introduction',
  chemistry_follow_up: 'the chemistry meeting follow-up',
  session_nudge: 'the check-in on sessions not logged',
  six_month_check: 'the six-month check',
};

function chemistryMeetingIcs(facts: IntroductionFacts): string {
  if (!Number.isInteger(facts.durationMinutes) || facts.durationMinutes <= 0) {
    throw new RangeError(`A chemistry meeting lasts a whole number of minutes, not ${facts.durationMinutes}`);
  }
  const start = new Date(facts.chemistryMeetingAt);
  const { giver, receiver } = roleWords(facts.kind);
  return toIcsCalendar({
    prodId: '-//Tapestry//Matching//EN',
    method: 'REQUEST',
    events: [
      {
        uid: `chemistry-${facts.relationshipId}@matching.tapestry`,
        stamp: facts.introducedAt,
        start,
        end: new Date(start.getTime() + facts.durationMinutes * 60_000),
        summary: `Chemistry meeting: ${facts.coachee.name} and ${facts.coach.name}`,
        description: `A first meeting between ${receiver} and ${giver} through the ${programmeWords(facts.programme)}, to see whether you would like to work together.`,
        ...(facts.location ? { location: facts.location } : {}),
        status: 'CONFIRMED',
        organizer: facts.lead,
        attendees: [facts.coachee, facts.coach],
      },
    ],
  });
}

/** The lead introduces the pair, with a suggested chemistry meeting as a calendar invitation. */
export function introductionMail(facts: IntroductionFacts): OutgoingMail {
  const { giver, receiver } = roleWords(facts.kind);
  const programme = programmeWords(facts.programme);
  const text = [
    greetingToPair(facts),
    '',
    `I am pleased to introduce you to each other through the ${programme}.`,
    '',
    `${facts.coachee.name}, this is ${facts.coach.name} (${facts.coach.email}), who has offered to be your ${giver}.`,
    `${facts.coach.name}, this is ${facts.coachee.name} (${facts.coachee.email}), who will be your ${receiver}.`,
    '',
    `I suggest a first, informal chemistry meeting on ${londonDateTimeWords(facts.chemistryMeetingAt)}, for ${facts.durationMinutes} minutes` +
      (facts.location ? `, at ${facts.location}.` : '; where to meet is yours to agree.'),
    `The attached invitation (${CHEMISTRY_MEETING_FILENAME}) puts it in your calendars. If the time does not suit, please agree another between you.`,
    'After it either of you may decline to go on, with no fault on either side.',
    '',
    `If you go on, you would meet about once a month, for at most an hour and a half each time, for up to six months. What you talk about stays between you.`,
    '',
    'I will be in touch in about three weeks to ask how the chemistry meeting went.',
    '',
    signOff(facts),
  ].join('\n');
  return {
    to: pairRecipients(facts),
    replyTo: mailbox(facts.lead),
    subject: `Introduction: ${facts.coachee.name} and ${facts.coach.name}, ${programme}`,
    text,
    attachments: [{ filename: CHEMISTRY_MEETING_FILENAME, content: chemistryMeetingIcs(facts), contentType: ICS_REQUEST_CONTENT_TYPE }],
    headers: tracingHeaders(facts, 'introduction'),
  };
}

/** About three weeks after the introduction: did you meet, and do you want to go on? */
export function chemistryFollowUpMail(facts: ChemistryFollowUpFacts): OutgoingMail {
  const { giver, receiver } = roleWords(facts.kind);
  const text = [
    greetingToPair(facts),
    '',
    `I introduced you on ${londonDateWords(facts.introducedAt)} and suggested a chemistry meeting on ${londonDateTimeWords(facts.chemistryMeetingAt)}.`,
    'Could you each let me know:',
    '- whether you have met, and if not, when you plan to;',
    `- whether you would like to go on as ${giver} and ${receiver}.`,
    '',
    'Either of you may decline now with no fault on either side; I will then look for another match.',
    answerRoute(facts),
    '',
    signOff(facts),
  ].join('\n');
  return {
    to: pairRecipients(facts),
    replyTo: mailbox(facts.lead),
    subject: 'How did your chemistry meeting go?',
    text,
    headers: tracingHeaders(facts, 'chemistry_follow_up'),
  };
}

/** When no session has been logged for a while: time is the barrier most pairs meet. */
export function sessionNudgeMail(facts: SessionNudgeFacts): OutgoingMail {
  const since = facts.lastSessionAt
    ? `No session has been logged since the one on ${londonDateWords(facts.lastSessionAt)}.`
    : `No session has been logged since I introduced you on ${londonDateWords(facts.introducedAt)}.`;
  const text = [
    greetingToPair(facts),
    '',
    since,
    'Finding and protecting time is the hardest part of coaching and mentoring, and sessions often slip. Could you each let me know whether you are still meeting?',
    'If you have met, please log the session in Tapestry (the date and length are enough). If protected time is the problem, tell me and I will help.',
    answerRoute(facts),
    '',
    signOff(facts),
  ].join('\n');
  return {
    to: pairRecipients(facts),
    replyTo: mailbox(facts.lead),
    subject: `Are you still meeting? A check-in from the ${programmeWords(facts.programme)}`,
    text,
    headers: tracingHeaders(facts, 'session_nudge'),
  };
}

/** Six months on, the most a relationship runs: still meeting, or closed? */
export function sixMonthCheckMail(facts: SixMonthCheckFacts): OutgoingMail {
  const sessions = facts.sessionsLogged === 1 ? '1 session' : `${facts.sessionsLogged} sessions`;
  const text = [
    greetingToPair(facts),
    '',
    `Six months ago, on ${londonDateWords(facts.introducedAt)}, I introduced you. You have logged ${sessions} since.`,
    'Could you each let me know whether you are still meeting, or whether the relationship has come to an end?',
    'If it has ended, please close it in Tapestry and tell us how it went: your feedback shapes the programme.',
    answerRoute(facts),
    '',
    signOff(facts),
  ].join('\n');
  return {
    to: pairRecipients(facts),
    replyTo: mailbox(facts.lead),
    subject: 'Six months on: still meeting?',
    text,
    headers: tracingHeaders(facts, 'six_month_check'),
  };
}

/** To the lead, when one or both sides have not answered a follow-up. */
export function escalationMail(facts: EscalationFacts): OutgoingMail {
  if (facts.notAnsweredBy.length === 0) throw new RangeError('An escalation names who has not answered');
  const { giver, receiver } = roleWords(facts.kind);
  const sides = { coachee: `${facts.coachee.name} (${receiver})`, coach: `${facts.coach.name} (${giver})` };
  const silentSides = [...new Set(facts.notAnsweredBy)];
  const silent = silentSides.map((side) => sides[side]).join(' and ');
  const days = daysBetween(facts.askedAt, facts.escalatedAt);
  const text = [
    `Dear ${facts.lead.name},`,
    '',
    `${silent} ${silentSides.length > 1 ? 'have' : 'has'} not answered ${FOLLOW_UP_WORDS[facts.unanswered]}, sent on ${londonDateWords(facts.askedAt)} (${days === 1 ? '1 day' : `${days} days`} ago).`,
    '',
    `The pair: ${sides.coachee} and ${sides.coach}, in the ${programmeWords(facts.programme)}.`,
    `Relationship: ${facts.relationshipId}`,
    '',
    'You may want to contact them directly.',
  ].join('\n');
  return {
    to: [mailbox(facts.lead)],
    subject: `No answer to ${FOLLOW_UP_WORDS[facts.unanswered]}: ${facts.coachee.name} and ${facts.coach.name}`,
    text,
    headers: tracingHeaders(facts, 'escalation'),
  };
}
