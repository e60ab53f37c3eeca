import type { RouteObject } from 'react-router';
import { AddCoursePage } from './AddCoursePage';
import { CancelTrainingEventPage } from './CancelTrainingEventPage';
import { EditPolicyPage } from './EditPolicyPage';
import { FollowUpsPage } from './FollowUpsPage';
import { LeadHome } from './LeadHome';
import { OpenRequestsPage } from './OpenRequestsPage';
import { PolicyPage } from './PolicyPage';
import { PoolPage } from './PoolPage';
import { RoundPage } from './RoundPage';
import { ScheduleTrainingPage } from './ScheduleTrainingPage';
import { TrainingEventPage } from './TrainingEventPage';
import { TrainingPage } from './TrainingPage';

/** Paths relative to the section's base path. */
export const leadRoutes: RouteObject[] = [
  { index: true, element: <LeadHome /> },
  { path: 'requests', element: <OpenRequestsPage /> },
  { path: 'rounds/:roundId', element: <RoundPage /> },
  { path: 'pool', element: <PoolPage /> },
  { path: 'follow-ups', element: <FollowUpsPage /> },
  { path: 'training', element: <TrainingPage /> },
  { path: 'training/schedule', element: <ScheduleTrainingPage /> },
  { path: 'training/courses/new', element: <AddCoursePage /> },
  { path: 'training/:eventId', element: <TrainingEventPage /> },
  { path: 'training/:eventId/cancel', element: <CancelTrainingEventPage /> },
  { path: 'policy', element: <PolicyPage /> },
  { path: 'policy/edit', element: <EditPolicyPage /> },
];
