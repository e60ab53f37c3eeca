import type { PortalSection } from '../section';

export const coachSection: PortalSection = {
  id: 'coach',
  basePath: '/coaching',
  title: 'Coaching and mentoring',
  summary: 'Introductions, caseload, sessions, availability and your training.',
  roles: ['COACH', 'MENTOR'],
  links: [
    { path: '/coaching', label: 'Overview' },
  ],
};
