import type { PortalSection } from '../section';

export const supervisorSection: PortalSection = {
  id: 'supervisor',
  basePath: '/supervision',
  title: 'Supervision',
  summary: 'Caseloads and their flags, supervision sessions, wellbeing and concerns.',
  roles: ['SUPERVISOR'],
  links: [
    { path: '/supervision', label: 'Overview' },
    { path: '/supervision/caseloads', label: 'Caseloads' },
    { path: '/supervision/sessions/new', label: 'Log a supervision session' },
    { path: '/supervision/concerns', label: 'Concerns' },
  ],
};
