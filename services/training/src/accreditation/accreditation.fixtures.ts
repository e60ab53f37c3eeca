import type { AccreditationAwarded, AccreditationEvent } from './accreditation.events';
import type { AwardAccreditation } from './accreditation.commands';

export const personId = 'asha';
export const now = new Date('2025-09-01T10:00:00.000Z');

export const coaching = (sourceEventId: string, hours: number): AccreditationEvent => ({
  type: 'CoachingHoursRecorded',
  data: { personId, sourceEventId, practice: 'coaching', hours, sessionDate: '2025-05-01' },
});

export const supervision = (sourceEventId: string, hours: number): AccreditationEvent => ({
  type: 'SupervisionHoursRecorded',
  data: { personId, sourceEventId, hours, sessionDate: '2025-05-02' },
});

export const cpd = (cpdId: string, hours: number): AccreditationEvent => ({
  type: 'CpdRecorded',
  data: { personId, cpdId, hours, date: '2025-04-01', description: 'Annual C&M conference', recordedAt: '2025-04-02T09:00:00.000Z' },
});

/** Enough for foundation: 12 hours' practice in 1.5-hour sessions and two hours of supervision. */
export const foundationEvidence: AccreditationEvent[] = [
  ...Array.from({ length: 8 }, (_, i) => coaching(`session-${i}`, 1.5)),
  supervision('supervision-1', 1),
  supervision('supervision-2', 1),
];

export function awardFoundation(overrides: Partial<AwardAccreditation> = {}): AwardAccreditation {
  return {
    type: 'AwardAccreditation',
    personId,
    organisationId: 'org-1',
    level: 'foundation',
    awardedBy: 'lead-1',
    now,
    facts: { awardedByProgrammeLead: true, trainingHours: 6.5, developmentCentre: null },
    ...overrides,
  };
}

export const foundationAwarded: AccreditationAwarded = {
  type: 'AccreditationAwarded',
  data: {
    personId,
    organisationId: 'org-1',
    level: 'foundation',
    awardedBy: 'lead-1',
    awardedAt: now.toISOString(),
    evidence: { trainingHours: 6.5, practiceHours: 12, supervisionHours: 2, cpdHours: 0, developmentCentre: null },
  },
};
