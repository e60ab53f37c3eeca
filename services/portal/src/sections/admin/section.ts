import type { PortalSection } from '../section';

export const adminSection: PortalSection = {
  id: 'admin',
  basePath: '/admin',
  title: 'Administration',
  summary: 'Member organisations, sharing agreements and roles.',
  roles: ['CONSORTIUM_ADMIN', 'ORGANISATION_ADMIN'],
  links: [
    { path: '/admin', label: 'Overview' },
    { path: '/admin/organisations', label: 'Member organisations' },
    { path: '/admin/sharing', label: 'Sharing agreements' },
    { path: '/admin/roles', label: 'Roles' },
  ],
};
