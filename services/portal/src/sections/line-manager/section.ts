import type { PortalSection } from '../section';

export const lineManagerSection: PortalSection = {
  id: 'line-manager',
  basePath: '/team',
  title: 'My team',
  summary: 'Approvals waiting for you and your reports’ participation.',
  roles: ['LINE_MANAGER'],
  links: [
    { path: '/team', label: 'Overview' },
    { path: '/team/approvals', label: 'Approvals waiting' },
    { path: '/team/participation', label: 'Your reports’ participation' },
  ],
};
