import type { RouteObject } from 'react-router';
import { ApprovalPage } from './ApprovalPage';
import { ApprovalsPage } from './ApprovalsPage';
import { LineManagerHome } from './LineManagerHome';
import { ParticipationPage } from './ParticipationPage';

/** Paths relative to the section's base path. */
export const lineManagerRoutes: RouteObject[] = [
  { index: true, element: <LineManagerHome /> },
  { path: 'approvals', element: <ApprovalsPage /> },
  { path: 'approvals/:approvalId', element: <ApprovalPage /> },
  { path: 'participation', element: <ParticipationPage /> },
];
