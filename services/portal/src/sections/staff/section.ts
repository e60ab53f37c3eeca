import type { PortalSection } from '../section';

export const staffSection: PortalSection = {
  id: 'staff',
  basePath: '/my-coaching',
  title: 'My coaching',
  summary: 'Ask for a coach or mentor, follow your relationship and sessions, keep private reflections.',
  roles: 'everyone',
  links: [
    { path: '/my-coaching', label: 'Overview' },
    { path: '/my-coaching/ask', label: 'Ask for a coach or mentor' },
    { path: '/my-coaching/requests', label: 'My requests' },
    { path: '/my-coaching/relationships', label: 'My coaching and mentoring' },
    { path: '/my-coaching/become-a-coach', label: 'Become a coach or mentor' },
    { path: '/my-coaching/equality', label: 'Equality monitoring' },
  ],
};
