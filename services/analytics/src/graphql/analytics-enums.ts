import { registerEnumType } from '@nestjs/graphql';

export enum AnalyticsProgramme {
  GENERAL = 'GENERAL',
  BAME_CAREER_PROGRESSION = 'BAME_CAREER_PROGRESSION',
  RETURNERS = 'RETURNERS',
  NEW_BOARD_DIRECTORS = 'NEW_BOARD_DIRECTORS',
  ETHICAL_MENTORING = 'ETHICAL_MENTORING',
  TEAM_COACHING = 'TEAM_COACHING',
}
registerEnumType(AnalyticsProgramme, { name: 'AnalyticsProgramme', description: 'A coaching or mentoring programme figures are about' });

export enum AnalyticsGroupBy {
  ORGANISATION = 'organisation',
  CONSORTIUM = 'consortium',
  SITE = 'site',
  DIRECTORATE = 'directorate',
  STAFF_GROUP = 'staffGroup',
  BAND = 'band',
  PROGRAMME = 'programme',
  MONTH = 'month',
  ETHNICITY = 'ethnicity',
}
registerEnumType(AnalyticsGroupBy, {
  name: 'AnalyticsGroupBy',
  description: 'A dimension to break figures down by. Ethnicity is shown only for organisations that recorded their lawful basis, and never for people who objected.',
});

export enum HorizonMonths {
  SIX = 6,
  TWELVE = 12,
  TWENTY_FOUR = 24,
}
registerEnumType(HorizonMonths, { name: 'OutcomeHorizon', description: 'Months after joining at which retention and progression are measured' });

export enum FigureTableKind {
  PROGRAMME_METRICS = 'programmeMetrics',
  OUTCOMES = 'outcomes',
  TRIAL_ARMS = 'trialArms',
  RECIPROCITY = 'reciprocity',
}
registerEnumType(FigureTableKind, { name: 'FigureTableKind', description: 'Which figure table an export is of' });
