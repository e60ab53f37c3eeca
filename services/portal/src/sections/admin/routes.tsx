import type { RouteObject } from 'react-router';
import { AdminHome } from './AdminHome';
import { OrganisationsPage } from './OrganisationsPage';
import { RolesPage } from './RolesPage';
import { SharingPage } from './SharingPage';

/** Paths relative to the section's base path. */
export const adminRoutes: RouteObject[] = [
  { index: true, element: <AdminHome /> },
  { path: 'organisations', element: <OrganisationsPage /> },
  { path: 'sharing', element: <SharingPage /> },
  { path: 'roles', element: <RolesPage /> },
];
