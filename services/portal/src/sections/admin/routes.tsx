import type { RouteObject } from 'react-router';
import { AdminHome } from './AdminHome';

/** Paths relative to the section's base path. */
export const adminRoutes: RouteObject[] = [{ index: true, element: <AdminHome /> }];
