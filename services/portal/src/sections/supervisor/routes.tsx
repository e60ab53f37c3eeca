import type { RouteObject } from 'react-router';
import { SupervisorHome } from './SupervisorHome';

/** Paths relative to the section's base path. */
export const supervisorRoutes: RouteObject[] = [{ index: true, element: <SupervisorHome /> }];
