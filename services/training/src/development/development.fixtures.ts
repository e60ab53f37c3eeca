import { COMPETENCIES } from './competencies';
import type { RecordDevelopmentAssessment } from './development.commands';
import type { DevelopmentAssessmentRecorded } from './development.events';

export const personId = 'asha';
export const now = new Date('2025-05-20T10:00:00.000Z');
/** Ratings 3,3,3,3,2,2,4,4 in framework order: an average of 3. */
const RATINGS = [3, 3, 3, 3, 2, 2, 4, 4];

export function assessAsha(overrides: Partial<RecordDevelopmentAssessment> = {}): RecordDevelopmentAssessment {
  return {
    type: 'RecordDevelopmentAssessment',
    personId,
    assessmentId: 'assessment-1',
    assessedOn: '2025-05-19',
    recordingRef: 'media://real-plays/2025/asha-1',
    assessors: ['assessor-1', 'assessor-2'],
    ratings: COMPETENCIES.map((competency, i) => ({ competency, rating: RATINGS[i], feedback: `Feedback on ${competency}` })),
    now,
    ...overrides,
  };
}

export const ashaAssessed: DevelopmentAssessmentRecorded = {
  type: 'DevelopmentAssessmentRecorded',
  data: {
    personId,
    assessmentId: 'assessment-1',
    assessedOn: '2025-05-19',
    recordingRef: 'media://real-plays/2025/asha-1',
    assessors: ['assessor-1', 'assessor-2'],
    ratings: COMPETENCIES.map((competency, i) => ({ competency, rating: RATINGS[i], feedback: `Feedback on ${competency}` })),
    averageRating: 3,
    repeatDueOn: '2026-05-19',
    recordedAt: now.toISOString(),
  },
};
