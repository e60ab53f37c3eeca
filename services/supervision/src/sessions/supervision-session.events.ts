import type { SupervisionFormat } from '../arrangements/arrangement.events';

/** What a supervision session can be about: a fixed list, so that themes can be counted without reading notes. */
export const SUPERVISION_THEMES = [
  'BOUNDARIES',
  'ETHICS',
  'CONTRACTING',
  'WELLBEING',
  'SKILLS',
  'CASELOAD',
  'ENDINGS',
  'SAFEGUARDING',
  'SELF_CARE',
  'DIFFERENCE_AND_DIVERSITY',
  'ORGANISATIONAL_CONTEXT',
  'PROFESSIONAL_DEVELOPMENT',
] as const;
export type SupervisionTheme = (typeof SUPERVISION_THEMES)[number];

/** A coach present at the session, with the organisation whose records the supervision hours belong to. */
export interface SuperviseePresent {
  coachId: string;
  organisationId: string;
}

/**
 * The notes travel in their own event so that every reader other than the supervisor and the coach (the
 * programme lead's views, the relay to Kafka) can skip it by type, never by remembering to drop a field.
 */
export type SupervisionSessionEvent =
  | {
      type: 'SupervisionSessionLogged';
      data: {
        sessionId: string;
        supervisorId: string;
        format: SupervisionFormat;
        supervisees: SuperviseePresent[];
        heldOn: string;
        minutes: number;
        themes: SupervisionTheme[];
        agreedActions: string[];
        loggedBy: string;
        loggedAt: string;
      };
    }
  | { type: 'SupervisionNotesWritten'; data: { sessionId: string; supervisorId: string; superviseeIds: string[]; notes: string; writtenAt: string } };
