import type { PortalSection } from '../section';

export const leadSection: PortalSection = {
  id: 'lead',
  basePath: '/programme',
  title: 'Programme',
  summary: 'The pool, open requests, matching rounds, follow-ups and training events.',
  roles: ['PROGRAMME_LEAD'],
  links: [
    { path: '/programme', label: 'Overview' },
  ],
};
