import type { RouteObject } from 'react-router';
import { AnalystHome } from './AnalystHome';

/** Paths relative to the section's base path. */
export const analystRoutes: RouteObject[] = [{ index: true, element: <AnalystHome /> }];
