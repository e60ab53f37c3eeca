import type { PublishedFigure, PublishedTable } from '../disclosure/figures';
import type { TableColumns } from '../export';

/** A figure shown under a theme with the words that say what it counts. */
export interface EvidenceFigure {
  label: string;
  figure: PublishedFigure;
}

/** A small breakdown shown under a theme, e.g. closure reasons or sessions by month. */
export interface EvidenceTable {
  caption: string;
  table: PublishedTable;
  columns: TableColumns;
}

/** What every theme may add beyond its key figures; shown as given, without sentences. */
export interface ThemeExtras {
  otherFigures?: EvidenceFigure[];
  tables?: EvidenceTable[];
}

/**
 * Clarity of purpose. Each key figure is named for what it counts; the kind it must have is in brackets, and the
 * pack refuses a figure of another kind rather than write a wrong sentence about it.
 */
export interface PurposeEvidence extends ThemeExtras {
  /** The programme's aims in its lead's words, shown as written; null when none were supplied. */
  statedAims: string | null;
  /** (count) Requests for coaching or mentoring received in the year. */
  requestsReceived: PublishedFigure;
  /** (count) Relationships that started (both sides confirmed) in the year. */
  relationshipsStarted: PublishedFigure;
}

export interface SelectionAndTrainingEvidence extends ThemeExtras {
  /** (count) Coaches and mentors who completed the programme's training in the year. */
  completedTraining: PublishedFigure;
  /** (count) Coaches and mentors eligible to be matched on the last day of the year. */
  eligibleAtYearEnd: PublishedFigure;
  /** (rate) Line-manager approval requests decided in the year that were approved. */
  managerApprovalsGranted: PublishedFigure;
  /** (count) Accreditations awarded in the year, at any level. */
  accreditationsAwarded: PublishedFigure;
}

export interface MatchingEvidence extends ThemeExtras {
  /** (count) Matching rounds run in the year. */
  matchingRounds: PublishedFigure;
  /** (count) Pairs introduced in the year. */
  pairsIntroduced: PublishedFigure;
  /** (statistic) Median days from a request to its introduction, over the year's introductions. */
  medianDaysToIntroduction: PublishedFigure;
  /** (count) Introductions that ended without a relationship starting (declined, or no answer). */
  introductionsNotProceeded: PublishedFigure;
  /** (rate) Of introductionsNotProceeded, those whose request went back into the next matching round. */
  returnedToNextRound: PublishedFigure;
}

export interface SupervisionAndEthicsEvidence extends ThemeExtras {
  /** (rate) Coaches and mentors active in the year who had a named supervisor. */
  withNamedSupervisor: PublishedFigure;
  /** (count) Supervision sessions recorded in the year. */
  supervisionSessions: PublishedFigure;
  /** (statistic) Total hours of those supervision sessions. */
  supervisionHours: PublishedFigure;
  /** (count) Concerns raised in the year. */
  concernsRaised: PublishedFigure;
  /** (rate) Of concernsRaised, those resolved by the end of the year. */
  concernsResolved: PublishedFigure;
  /** (count) Coaches and mentors paused from new matches at some point in the year. */
  coachesPaused: PublishedFigure;
}

export interface ReviewAndMeasurementEvidence extends ThemeExtras {
  /** (count) Coaching and mentoring sessions held in the year. */
  sessionsHeld: PublishedFigure;
  /** (rate) Planned sessions in the year that were cancelled. */
  sessionsCancelled: PublishedFigure;
  /** (count) Relationships that closed in the year. */
  relationshipsClosed: PublishedFigure;
  /** (rate) Of relationshipsClosed, those whose outcome was recorded as goals achieved, fully or partly. */
  goalsAchieved: PublishedFigure;
  /**
   * (rate) Of the people supported whose relationship started at least 12 months before the end of the year,
   * those still with their employer 12 months after it started.
   */
  stillWithEmployerAfterTwelveMonths: PublishedFigure;
}

export interface EvidencePackSections {
  purpose: PurposeEvidence;
  selectionAndTraining: SelectionAndTrainingEvidence;
  matching: MatchingEvidence;
  supervisionAndEthics: SupervisionAndEthicsEvidence;
  reviewAndMeasurement: ReviewAndMeasurementEvidence;
}

/** Everything the programme evidence pack shows; every figure has already passed disclosure control. */
export interface EvidencePackData {
  /** The organisation or consortium the figures cover. */
  scopeName: string;
  programmeName: string;
  year: number;
  /** ISO 8601 instant the figures were computed. */
  generatedAt: string;
  sections: EvidencePackSections;
}
