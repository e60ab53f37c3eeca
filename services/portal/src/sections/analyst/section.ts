import type { PortalSection } from '../section';

export const analystSection: PortalSection = {
  id: 'analyst',
  basePath: '/figures',
  title: 'Programme figures',
  summary: 'Programme figures and outcomes, by scope and period, with small numbers suppressed.',
  roles: ['ANALYST', 'PROGRAMME_LEAD', 'ORGANISATION_ADMIN', 'CONSORTIUM_ADMIN'],
  links: [
    { path: '/figures', label: 'Programme figures' },
    { path: '/figures/outcomes', label: 'Outcomes' },
    { path: '/figures/reciprocity', label: 'Reciprocity between members' },
    { path: '/figures/evidence-pack', label: 'Evidence pack' },
  ],
};
