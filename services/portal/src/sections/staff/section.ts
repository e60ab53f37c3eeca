import type { PortalSection } from '../section';

export const staffSection: PortalSection = {
  id: 'staff',
  basePath: '/my-coaching',
  title: 'My coaching',
  summary: 'Ask for a coach or mentor, follow your relationship and sessions, keep private reflections.',
  roles: 'everyone',
  links: [
    { path: '/my-coaching', label: 'Overview' },
  ],
};
