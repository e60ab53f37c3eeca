import type { RouteObject } from 'react-router';
import { LineManagerHome } from './LineManagerHome';

/** Paths relative to the section's base path. */
export const lineManagerRoutes: RouteObject[] = [{ index: true, element: <LineManagerHome /> }];
