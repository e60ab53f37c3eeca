import type { RouteObject } from 'react-router';
import { StaffHome } from './StaffHome';

/** Paths relative to the section's base path. */
export const staffRoutes: RouteObject[] = [{ index: true, element: <StaffHome /> }];
