import { FOUNDATION_MODULES } from '../catalogue';

/** The demo trust's catalogue, as a programme team would set it up: the foundation day first, then the rest. */
export const DEMO_COURSES = [
  {
    title: 'Coaching and mentoring foundation day',
    kind: 'foundation',
    modules: [...FOUNDATION_MODULES],
    qualifies: [
      { programme: 'general', role: 'coach' },
      { programme: 'general', role: 'mentor' },
    ],
    cpdHours: 6.5,
    validityMonths: 36,
  },
  {
    title: 'Ethical mentoring',
    kind: 'ethical_mentoring',
    modules: ['Boundaries and confidentiality', 'Power in mentoring relationships', 'When to refer on'],
    qualifies: [{ programme: 'ethical_mentoring', role: 'mentor' }],
    cpdHours: 3,
    validityMonths: 36,
  },
  {
    title: 'Team coaching',
    kind: 'team_coaching',
    modules: ['Contracting with a team', 'Team dynamics', 'Coaching the team, not the individuals'],
    qualifies: [{ programme: 'team_coaching', role: 'coach' }],
    cpdHours: 6,
    validityMonths: 36,
  },
  {
    title: 'Supervision skills for coaches',
    kind: 'supervision_skills',
    modules: ['The seven-eyed model', 'Restorative supervision', 'Noticing fatigue and ethical concerns'],
    qualifies: [{ programme: 'general', role: 'supervisor' }],
    cpdHours: 12,
    validityMonths: 36,
  },
  {
    title: 'BAME career-progression mentoring: preparation',
    kind: 'programme_preparation',
    modules: ['The programme and its aims', 'Reverse mentoring', 'Sponsorship and advocacy'],
    qualifies: [{ programme: 'bame_career_progression', role: 'mentor' }],
    cpdHours: 3,
    validityMonths: 24,
  },
  {
    title: 'Coaching and mentoring refresher',
    kind: 'refresher',
    modules: ['What has changed', 'Practice review', 'GROW revisited'],
    qualifies: [
      { programme: 'general', role: 'coach' },
      { programme: 'general', role: 'mentor' },
    ],
    cpdHours: 3,
    validityMonths: 36,
  },
] as const;
