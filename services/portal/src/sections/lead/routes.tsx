import type { RouteObject } from 'react-router';
import { LeadHome } from './LeadHome';

/** Paths relative to the section's base path. */
export const leadRoutes: RouteObject[] = [{ index: true, element: <LeadHome /> }];
