import type { PortalSection } from '../section';

export const coachSection: PortalSection = {
  id: 'coach',
  basePath: '/coaching',
  title: 'Coaching and mentoring',
  summary: 'Introductions, caseload, sessions, availability and your training.',
  roles: ['COACH', 'MENTOR'],
  links: [
    { path: '/coaching', label: 'Overview' },
    { path: '/coaching/introductions', label: 'Introductions' },
    { path: '/coaching/caseload', label: 'Caseload' },
    { path: '/coaching/availability', label: 'Availability' },
    { path: '/coaching/training', label: 'Training and accreditation' },
  ],
};
