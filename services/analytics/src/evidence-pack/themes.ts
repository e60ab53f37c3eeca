import type { PublishedFigure } from '../disclosure/figures';
import type { EvidencePackSections } from './evidence-pack-data';

/**
 * The ISMCP themes the pack evidences, in the order it shows them. `asks` summarises, in our own words, what
 * the standard looks for (not the standard's text); `practice` says what Tapestry itself does towards it, true of
 * every programme run on it; `keyFigures` names each key figure and the kind it must have.
 */
export interface Theme<K extends keyof EvidencePackSections> {
  section: K;
  id: string;
  heading: string;
  asks: string;
  practice: string[];
  keyFigures: ReadonlyArray<{ field: FigureField<EvidencePackSections[K]>; label: string; kind: PublishedFigure['kind'] }>;
}

/** The names of a section's fields that hold one published figure. */
export type FigureField<T> = { [P in keyof T]-?: T[P] extends PublishedFigure ? P : never }[keyof T];

export const PURPOSE: Theme<'purpose'> = {
  section: 'purpose',
  id: 'clarity-of-purpose',
  heading: 'Clarity of purpose',
  asks:
    'The standard looks for a programme that states why it exists, who it is for and what it expects to achieve, ' +
    'shares those aims with participants and sponsors, and judges its success against them.',
  practice: [
    'Each request for support names the programme and whether coaching or mentoring is wanted. The goals a person ' +
      'brings stay private to the pair.',
    "The programme's lead sets its policy in Tapestry: how many people each coach or mentor may support, whether " +
      'release from duties is needed, when follow-ups fall due and whether a consortium shares its coaches.',
  ],
  keyFigures: [
    { field: 'requestsReceived', label: 'Requests for coaching or mentoring received', kind: 'count' },
    { field: 'relationshipsStarted', label: 'Relationships started', kind: 'count' },
  ],
};

export const SELECTION_AND_TRAINING: Theme<'selectionAndTraining'> = {
  section: 'selectionAndTraining',
  id: 'selection-and-training',
  heading: 'Selection and training of participants',
  asks:
    'The standard looks for coaches, mentors and the people they support to be chosen against clear criteria, and ' +
    'to be trained or briefed for their part before they begin, including what is expected of them and where to ' +
    'turn for help.',
  practice: [
    'A coach or mentor can be matched only while they are trained for the programme, hold a current approval from ' +
      'their line manager, are employed and are not paused. Approvals expire after a set time and are rerouted or ' +
      'withdrawn when the line manager changes.',
    'Trainees acknowledge the expectations booklet before they enrol. Accreditation follows a ladder of four levels, ' +
      'each awarded only on the evidence it requires.',
  ],
  keyFigures: [
    { field: 'completedTraining', label: 'Coaches and mentors who completed training', kind: 'count' },
    { field: 'eligibleAtYearEnd', label: 'Coaches and mentors eligible to be matched at the end of the year', kind: 'count' },
    { field: 'managerApprovalsGranted', label: 'Line-manager approval requests approved', kind: 'rate' },
    { field: 'accreditationsAwarded', label: 'Accreditations awarded', kind: 'count' },
  ],
};

export const MATCHING: Theme<'matching'> = {
  section: 'matching',
  id: 'matching',
  heading: 'Matching',
  asks:
    "The standard looks for a fair and open way of matching that takes account of participants' needs and " +
    'preferences, lets either party end a match that is not working without blame, and re-matches them promptly.',
  practice: [
    'The programme lead runs matching rounds over every open request and the whole pool at once. A pairing is never ' +
      "proposed if it would exceed a coach's capacity, cross the line-management chain, pair someone with their own " +
      'team, or pair two people who have declined each other, and every proposal gives its reasons in words.',
    'The pair meet for a chemistry meeting before either commits. When an introduction does not proceed, the request ' +
      'returns to the next matching round and the two are not proposed to each other again.',
  ],
  keyFigures: [
    { field: 'matchingRounds', label: 'Matching rounds run', kind: 'count' },
    { field: 'pairsIntroduced', label: 'Pairs introduced', kind: 'count' },
    { field: 'medianDaysToIntroduction', label: 'Median days from request to introduction', kind: 'statistic' },
    { field: 'introductionsNotProceeded', label: 'Introductions that did not proceed', kind: 'count' },
    { field: 'returnedToNextRound', label: 'Of those, returned to the next matching round', kind: 'rate' },
  ],
};

export const SUPERVISION_AND_ETHICS: Theme<'supervisionAndEthics'> = {
  section: 'supervisionAndEthics',
  id: 'supervision-and-ethics',
  heading: 'Supervision and ethics',
  asks:
    'The standard looks for coaches and mentors to have supervision or other support, for the programme to work to ' +
    'a code of ethics and keep what participants say confidential, and for a clear way to raise and resolve concerns.',
  practice: [
    "Supervisors see the facts of their coaches' caseloads, never session notes or private reflections. They record " +
      'supervision sessions and wellbeing check-ins, and can pause a coach, who then leaves the matching pool.',
    'Concerns are raised and resolved with an audit trail. What is said in coaching stays with the pair: private ' +
      'reflections are encrypted and never leave the service that holds them, and this pack reports only published ' +
      'aggregates.',
  ],
  keyFigures: [
    { field: 'withNamedSupervisor', label: 'Active coaches and mentors with a named supervisor', kind: 'rate' },
    { field: 'supervisionSessions', label: 'Supervision sessions recorded', kind: 'count' },
    { field: 'supervisionHours', label: 'Hours of supervision', kind: 'statistic' },
    { field: 'concernsRaised', label: 'Concerns raised', kind: 'count' },
    { field: 'concernsResolved', label: 'Of those, resolved by the end of the year', kind: 'rate' },
    { field: 'coachesPaused', label: 'Coaches and mentors paused from new matches', kind: 'count' },
  ],
};

export const REVIEW_AND_MEASUREMENT: Theme<'reviewAndMeasurement'> = {
  section: 'reviewAndMeasurement',
  id: 'review-and-measurement',
  heading: 'Review and measurement',
  asks:
    'The standard looks for a programme to gather evidence of what it does and what it achieves, review that ' +
    'evidence regularly against its stated purpose, and use what it learns to improve.',
  practice: [
    'Sessions, cancellations with their reasons, and closures with their reason and outcome are recorded as they ' +
      'happen. Follow-ups fall due on their own: when no chemistry meeting has happened within three weeks, after six weeks ' +
      'without a session, and at the six-month check.',
    'Retention is measured from staff records as people move and leave, not only from what participants report.',
  ],
  keyFigures: [
    { field: 'sessionsHeld', label: 'Coaching and mentoring sessions held', kind: 'count' },
    { field: 'sessionsCancelled', label: 'Planned sessions cancelled', kind: 'rate' },
    { field: 'relationshipsClosed', label: 'Relationships closed', kind: 'count' },
    { field: 'goalsAchieved', label: 'Of those, goals achieved fully or partly', kind: 'rate' },
    {
      field: 'stillWithEmployerAfterTwelveMonths',
      label: 'People supported still with their employer 12 months after starting',
      kind: 'rate',
    },
  ],
};
