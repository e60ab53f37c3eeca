import type { RouteObject } from 'react-router';
import { CaseloadsPage } from './CaseloadsPage';
import { CoachCaseloadPage } from './CoachCaseloadPage';
import { ConcernPage } from './ConcernPage';
import { ConcernsPage } from './ConcernsPage';
import { LogSessionPage } from './LogSessionPage';
import { SupervisionRecordPage } from './SupervisionRecordPage';
import { SupervisorHome } from './SupervisorHome';

/** Paths relative to the section's base path. */
export const supervisorRoutes: RouteObject[] = [
  { index: true, element: <SupervisorHome /> },
  { path: 'caseloads', element: <CaseloadsPage /> },
  { path: 'coaches/:coachId', element: <CoachCaseloadPage /> },
  { path: 'coaches/:coachId/record', element: <SupervisionRecordPage /> },
  { path: 'sessions/new', element: <LogSessionPage /> },
  { path: 'concerns', element: <ConcernsPage /> },
  { path: 'concerns/:concernId', element: <ConcernPage /> },
];
