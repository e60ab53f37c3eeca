import type { PortalSection } from '../section';

export const leadSection: PortalSection = {
  id: 'lead',
  basePath: '/programme',
  title: 'Programme',
  summary: 'The pool, open requests, matching rounds, follow-ups and training events.',
  roles: ['PROGRAMME_LEAD'],
  links: [
    { path: '/programme', label: 'Overview' },
    { path: '/programme/requests', label: 'Open requests and matching' },
    { path: '/programme/pool', label: 'The pool' },
    { path: '/programme/follow-ups', label: 'Follow-ups due' },
    { path: '/programme/training', label: 'Training events' },
    { path: '/programme/policy', label: 'Programme policy' },
  ],
};
