import type { PublishedFigure, PublishedTable } from '../disclosure/figures';
import {
  secondary,
  shownCount,
  shownRate,
  shownStatistic,
  smallBase,
  smallCount,
} from '../export/published-figures.fixtures';
import type { EvidencePackData, EvidencePackSections } from './evidence-pack-data';

const closureReasons: PublishedTable = {
  dimensions: ['reason'],
  rows: [
    { key: ['GOALS_MET'], figures: { closed: shownCount(40) } },
    { key: ['NO_TIME'], figures: { closed: shownCount(10) } },
    { key: ['LEFT_ORGANISATION'], figures: { closed: smallCount() } },
    { key: ['NOT_WORKING'], figures: { closed: secondary('count') } },
  ],
  totals: { closed: shownCount(50) },
};

const sessionsByMonth: PublishedTable = {
  dimensions: ['month'],
  rows: [
    { key: ['2025-01'], figures: { held: shownCount(55), cancelled: shownRate(9, 60) } },
    { key: ['2025-02'], figures: { held: shownCount(1240), cancelled: shownRate(11, 1395) } },
    { key: ['2025-03'], figures: { held: smallCount(), cancelled: smallBase('rate') } },
  ],
  totals: { held: shownCount(1295), cancelled: shownRate(11, 1460) },
};

const REASONS: Record<string, string> = {
  GOALS_MET: 'Goals met',
  NO_TIME: 'No time',
  LEFT_ORGANISATION: 'Left the organisation',
  NOT_WORKING: 'Not working',
};

const MONTHS: Record<string, string> = { '2025-01': 'January 2025', '2025-02': 'February 2025', '2025-03': 'March 2025' };

/** A year of a programme where every figure is published. */
export function publishedPack(): EvidencePackData {
  return {
    scopeName: 'Northshire Hospitals NHS Trust',
    programmeName: 'Compassionate Leadership Coaching',
    year: 2025,
    generatedAt: '2026-01-05T09:30:00Z',
    sections: {
      purpose: {
        statedAims: 'To support band 5 and 6 nurses in their first leadership role.',
        requestsReceived: shownCount(120),
        relationshipsStarted: shownCount(85),
      },
      selectionAndTraining: {
        completedTraining: shownCount(30),
        eligibleAtYearEnd: shownCount(45),
        managerApprovalsGranted: shownRate(92, 50),
        accreditationsAwarded: shownCount(10),
        otherFigures: [{ label: 'Coaches and mentors in development', figure: shownCount(15) }],
      },
      matching: {
        matchingRounds: shownCount(10),
        pairsIntroduced: shownCount(100),
        medianDaysToIntroduction: shownStatistic(12.5, 100),
        introductionsNotProceeded: shownCount(15),
        returnedToNextRound: shownRate(100, 15),
      },
      supervisionAndEthics: {
        withNamedSupervisor: shownRate(96, 45),
        supervisionSessions: shownCount(60),
        supervisionHours: shownStatistic(75.5, 60),
        concernsRaised: shownCount(10),
        concernsResolved: shownRate(80, 10),
        coachesPaused: shownCount(5),
      },
      reviewAndMeasurement: {
        sessionsHeld: shownCount(1295),
        sessionsCancelled: shownRate(11, 1460),
        relationshipsClosed: shownCount(50),
        goalsAchieved: shownRate(78, 50),
        stillWithEmployerAfterTwelveMonths: shownRate(88, 40),
        tables: [
          {
            caption: 'Relationships closed, by reason',
            table: closureReasons,
            columns: {
              figureNames: ['closed'],
              figureLabels: { closed: 'Relationships closed' },
              dimensionLabels: { reason: 'Reason' },
              keyLabels: (_dimension, key) => REASONS[key] ?? key,
            },
          },
          {
            caption: 'Sessions by month',
            table: sessionsByMonth,
            columns: {
              figureNames: ['held', 'cancelled'],
              figureLabels: { held: 'Sessions held', cancelled: 'Planned sessions cancelled' },
              dimensionLabels: { month: 'Month' },
              keyLabels: (_dimension, key) => MONTHS[key] ?? key,
            },
          },
        ],
      },
    },
  };
}

/** Every key figure of a pack, replaced by what `replace` makes of it. */
export function withKeyFigures(
  pack: EvidencePackData,
  replace: (figure: PublishedFigure) => PublishedFigure,
): EvidencePackData {
  const sections = Object.fromEntries(
    Object.entries(pack.sections).map(([name, section]) => [
      name,
      Object.fromEntries(
        Object.entries(section as object).map(([field, value]) => [field, isFigure(value) ? replace(value) : value]),
      ),
    ]),
  ) as unknown as EvidencePackSections;
  return { ...pack, sections };
}

function isFigure(value: unknown): value is PublishedFigure {
  return typeof value === 'object' && value !== null && 'kind' in value && 'suppressed' in value;
}

/** What disclosure control makes of a figure over a very small group. */
export function small(figure: PublishedFigure): PublishedFigure {
  return figure.kind === 'count' ? smallCount() : smallBase(figure.kind);
}
