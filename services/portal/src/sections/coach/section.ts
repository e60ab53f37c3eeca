import type { PortalSection } from '../section';

export const coachSection: PortalSection = {
  id: 'coach',
  basePath: '/coaching',
  title: 'Coaching and mentoring',
  summary: 'Introductions, caseload, sessions, availability and training; your own wellbeing, supervision and concerns.',
  roles: ['COACH', 'MENTOR'],
  links: [
    { path: '/coaching', label: 'Overview' },
    { path: '/coaching/introductions', label: 'Introductions' },
    { path: '/coaching/caseload', label: 'Caseload' },
    { path: '/coaching/availability', label: 'Availability' },
    { path: '/coaching/training', label: 'Training and accreditation' },
    { path: '/coaching/wellbeing', label: 'Wellbeing and supervision' },
    { path: '/coaching/concerns', label: 'Concerns' },
  ],
};
