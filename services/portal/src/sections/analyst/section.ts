import type { PortalSection } from '../section';

export const analystSection: PortalSection = {
  id: 'analyst',
  basePath: '/figures',
  title: 'Programme figures',
  summary: 'Programme figures and outcomes, by scope and period, with small numbers suppressed.',
  roles: ['ANALYST', 'PROGRAMME_LEAD', 'ORGANISATION_ADMIN', 'CONSORTIUM_ADMIN'],
  links: [
    { path: '/figures', label: 'Overview' },
  ],
};
