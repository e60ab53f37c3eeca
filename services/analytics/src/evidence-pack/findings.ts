import type { PublishedFigure } from '../disclosure/figures';
import { readFigure } from '../export';
import type {
  MatchingEvidence,
  PurposeEvidence,
  ReviewAndMeasurementEvidence,
  SelectionAndTrainingEvidence,
  SupervisionAndEthicsEvidence,
} from './evidence-pack-data';
import { capitalise, countOf, type Noun, shownValue, wasOrWere, whyWithheld } from './figure-words';

/*
 * Sentences written from the published figures. Each reads correctly whatever disclosure control did to its
 * figures: a withheld figure is described ('fewer than 8', 'not published because ...'), never printed.
 * Part-of-a-whole claims use the published percentage, never two rounded counts, which could disagree.
 */

const REQUESTS: Noun = { one: 'request for coaching or mentoring', many: 'requests for coaching or mentoring' };
const RELATIONSHIPS: Noun = { one: 'coaching or mentoring relationship', many: 'coaching or mentoring relationships' };
const COACHES: Noun = { one: 'coach or mentor', many: 'coaches and mentors', none: 'no coaches or mentors' };
const ACCREDITATIONS: Noun = { one: 'accreditation', many: 'accreditations' };
const ROUNDS: Noun = { one: 'matching round', many: 'matching rounds' };
const PAIRS: Noun = { one: 'pair', many: 'pairs' };
const INTRODUCTIONS: Noun = { one: 'introduction', many: 'introductions' };
const SUPERVISION_SESSIONS: Noun = { one: 'supervision session', many: 'supervision sessions' };
const CONCERNS: Noun = { one: 'concern', many: 'concerns' };
const SESSIONS: Noun = { one: 'coaching or mentoring session', many: 'coaching or mentoring sessions' };
const CLOSED_RELATIONSHIPS: Noun = { one: 'relationship', many: 'relationships' };

/** A percentage on its own: `shown('45%')` when published, else '<Subject> is not published because ...'. */
function shareSentence(
  share: PublishedFigure,
  basis: string,
  subject: string,
  shown: (percent: string) => string,
): string {
  const percent = shownValue(share);
  return percent !== null ? shown(percent) : `${capitalise(subject)} is not published ${whyWithheld(share, basis)}.`;
}

interface PartOfWhole {
  whole: PublishedFigure;
  noun: Noun;
  /** What the whole did, as a main verb ('did not proceed') and after its noun ('that did not proceed'). */
  happened: { finite: string; relative: string };
  /** A percentage of the whole. */
  share: PublishedFigure;
  /** What that share did, after 'N%' ('were returned to the next matching round'). */
  outcome: string;
  /** The share as a subject, after 'the share' ('returned to the next matching round'). */
  shareSubject: string;
  /** The sentence when the whole is 0. */
  none: string;
}

function partOfWholeSentence(p: PartOfWhole): string {
  const whole = readFigure(p.whole);
  if (whole.shown && whole.value === 0) return p.none;
  const percent = shownValue(p.share);
  if (percent === null) {
    return `${capitalise(countOf(p.whole, p.noun))} ${p.happened.finite}; the share ${p.shareSubject} is not published ${whyWithheld(p.share, p.noun.many)}.`;
  }
  if (whole.shown) return `Of the ${countOf(p.whole, p.noun)} ${p.happened.relative}, ${percent} ${p.outcome}.`;
  return `${percent} of the ${p.noun.many} ${p.happened.relative} ${p.outcome}; how many ${p.happened.finite} is not published ${whyWithheld(p.whole, p.noun.many)}.`;
}

export function purposeFindings(e: PurposeEvidence, year: number): string[] {
  return [
    `In ${year}, ${countOf(e.requestsReceived, REQUESTS)} ${wasOrWere(e.requestsReceived)} received and ${countOf(e.relationshipsStarted, RELATIONSHIPS)} started.`,
  ];
}

export function selectionAndTrainingFindings(e: SelectionAndTrainingEvidence, year: number): string[] {
  return [
    `${capitalise(countOf(e.completedTraining, COACHES))} completed training for the programme in ${year}.`,
    `At the end of the year, ${countOf(e.eligibleAtYearEnd, COACHES)} ${wasOrWere(e.eligibleAtYearEnd)} eligible to be matched.`,
    shareSentence(
      e.managerApprovalsGranted,
      'requests',
      "the share of requests for a line manager's approval that were approved",
      (percent) => `${percent} of requests for a line manager's approval were approved.`,
    ),
    `${capitalise(countOf(e.accreditationsAwarded, ACCREDITATIONS))} ${wasOrWere(e.accreditationsAwarded)} awarded.`,
  ];
}

export function matchingFindings(e: MatchingEvidence): string[] {
  const median = shownValue(e.medianDaysToIntroduction);
  return [
    `${capitalise(countOf(e.matchingRounds, ROUNDS))} ${wasOrWere(e.matchingRounds)} run and ${countOf(e.pairsIntroduced, PAIRS)} ${wasOrWere(e.pairsIntroduced)} introduced.`,
    median !== null
      ? `The median time from a request to its introduction was ${median} days.`
      : `The median time from a request to its introduction is not published ${whyWithheld(e.medianDaysToIntroduction, 'introductions')}.`,
    partOfWholeSentence({
      whole: e.introductionsNotProceeded,
      noun: INTRODUCTIONS,
      happened: { finite: 'did not proceed', relative: 'that did not proceed' },
      share: e.returnedToNextRound,
      outcome: 'were returned to the next matching round',
      shareSubject: 'returned to the next matching round',
      none: 'No introductions were recorded as not proceeding.',
    }),
  ];
}

export function supervisionAndEthicsFindings(e: SupervisionAndEthicsEvidence): string[] {
  const sessions = readFigure(e.supervisionSessions);
  const hours = shownValue(e.supervisionHours);
  const sessionsRecorded = `${capitalise(countOf(e.supervisionSessions, SUPERVISION_SESSIONS))} ${wasOrWere(e.supervisionSessions)} recorded`;
  return [
    shareSentence(
      e.withNamedSupervisor,
      COACHES.many,
      'the share of active coaches and mentors with a named supervisor',
      (percent) => `${percent} of active coaches and mentors had a named supervisor.`,
    ),
    sessions.shown && sessions.value === 0
      ? `${sessionsRecorded}.`
      : hours !== null
        ? `${sessionsRecorded}, amounting to ${hours} hours of supervision.`
        : `${sessionsRecorded}; their total length is not published ${whyWithheld(e.supervisionHours, SUPERVISION_SESSIONS.many)}.`,
    partOfWholeSentence({
      whole: e.concernsRaised,
      noun: CONCERNS,
      happened: { finite: 'were raised', relative: 'raised' },
      share: e.concernsResolved,
      outcome: 'had been resolved by the end of the year',
      shareSubject: 'resolved by the end of the year',
      none: 'No concerns were raised.',
    }),
    `${capitalise(countOf(e.coachesPaused, COACHES))} ${wasOrWere(e.coachesPaused)} paused from new matches during the year.`,
  ];
}

export function reviewAndMeasurementFindings(e: ReviewAndMeasurementEvidence, year: number): string[] {
  return [
    `${capitalise(countOf(e.sessionsHeld, SESSIONS))} ${wasOrWere(e.sessionsHeld)} held in ${year}.`,
    shareSentence(
      e.sessionsCancelled,
      'planned sessions',
      'the share of planned sessions that were cancelled',
      (percent) => `${percent} of planned sessions were cancelled.`,
    ),
    partOfWholeSentence({
      whole: e.relationshipsClosed,
      noun: CLOSED_RELATIONSHIPS,
      happened: { finite: 'closed', relative: 'that closed' },
      share: e.goalsAchieved,
      outcome: 'achieved their goals fully or partly',
      shareSubject: 'that achieved their goals fully or partly',
      none: `No relationships closed in ${year}.`,
    }),
    shareSentence(
      e.stillWithEmployerAfterTwelveMonths,
      'people',
      'the share of people supported who were still with their employer 12 months after their relationship started',
      (percent) =>
        `${percent} of people supported were still with their employer 12 months after their relationship started.`,
    ),
  ];
}
