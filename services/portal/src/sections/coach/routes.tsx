import type { RouteObject } from 'react-router';
import { CoachHome } from './CoachHome';

/** Paths relative to the section's base path. */
export const coachRoutes: RouteObject[] = [{ index: true, element: <CoachHome /> }];
