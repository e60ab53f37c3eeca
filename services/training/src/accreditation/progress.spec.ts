import { LADDER, nextLevel } from './ladder';
import { progressTowards } from './progress';

const none = { trainingHours: 0, practiceHours: 0, supervisionHours: 0, cpdHours: 0, developmentCentre: null };

describe('progress towards a level', () => {
  it('shows each criterion with what is required and achieved', () => {
    const progress = progressTowards('practitioner', { ...none, trainingHours: 20, practiceHours: 30 });
    expect(progress.ready).toBe(false);
    expect(progress.criteria).toEqual([
      { criterion: 'training_hours', required: 20, achieved: 20, met: true },
      { criterion: 'practice_hours', required: 60, achieved: 30, met: false },
      { criterion: 'supervision_hours', required: 8, achieved: 0, met: false },
      { criterion: 'cpd_hours', required: 16, achieved: 0, met: false },
      { criterion: 'development_centre', required: 2.5, achieved: 0, met: false },
    ]);
    expect(progress.missing).toEqual([
      '30 more hours of coaching or mentoring (30 of 60)',
      '8 more hours of supervision (0 of 8)',
      '16 more hours of CPD (0 of 16)',
      'a development centre assessment averaging at least 2.5',
    ]);
  });

  it('is ready when every criterion is met, and needs no development centre for foundation', () => {
    const progress = progressTowards('foundation', { ...none, trainingHours: 6, practiceHours: 12, supervisionHours: 2 });
    expect(progress).toMatchObject({ level: 'foundation', ready: true, missing: [] });
    expect(progress.criteria.map((criterion) => criterion.criterion)).not.toContain('development_centre');
  });

  it('asks more of each level than the one below', () => {
    const levels = ['foundation', 'practitioner', 'senior_practitioner', 'master_practitioner'] as const;
    for (let i = 1; i < levels.length; i += 1) {
      const [lower, higher] = [LADDER[levels[i - 1]], LADDER[levels[i]]];
      expect(higher.trainingHours).toBeGreaterThan(lower.trainingHours);
      expect(higher.practiceHours).toBeGreaterThan(lower.practiceHours);
      expect(higher.supervisionHours).toBeGreaterThan(lower.supervisionHours);
      expect(higher.cpdHours).toBeGreaterThan(lower.cpdHours);
    }
  });

  it('climbs the ladder one level at a time and stops at the top', () => {
    expect(nextLevel(null)).toBe('foundation');
    expect(nextLevel('senior_practitioner')).toBe('master_practitioner');
    expect(nextLevel('master_practitioner')).toBeUndefined();
  });
});
