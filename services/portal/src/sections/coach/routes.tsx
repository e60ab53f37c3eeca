import type { RouteObject } from 'react-router';
import { ReflectionsPage } from '../staff/ReflectionsPage';
import { RelationshipPage } from '../staff/RelationshipPage';
import { AvailabilityPage } from './AvailabilityPage';
import { CaseloadPage } from './CaseloadPage';
import { CheckInPage } from './CheckInPage';
import { ConcernsPage } from './ConcernsPage';
import { CoachHome } from './CoachHome';
import { IntroductionsPage } from './IntroductionsPage';
import { RaiseConcernPage } from './RaiseConcernPage';
import { coachSection } from './section';
import { TrainingPage } from './TrainingPage';
import { WellbeingPage } from './WellbeingPage';

const relationshipPath = (id: string) => `${coachSection.basePath}/relationships/${id}`;
const reflectionsPath = (id: string) => `${relationshipPath(id)}/reflections`;

/** Paths relative to the section's base path. */
export const coachRoutes: RouteObject[] = [
  { index: true, element: <CoachHome /> },
  { path: 'introductions', element: <IntroductionsPage /> },
  { path: 'caseload', element: <CaseloadPage /> },
  { path: 'relationships/:relationshipId', element: <RelationshipPage section={coachSection} reflectionsPath={reflectionsPath} /> },
  { path: 'relationships/:relationshipId/reflections', element: <ReflectionsPage section={coachSection} relationshipPath={relationshipPath} /> },
  { path: 'availability', element: <AvailabilityPage /> },
  { path: 'training', element: <TrainingPage /> },
  { path: 'wellbeing', element: <WellbeingPage /> },
  { path: 'wellbeing/check-in', element: <CheckInPage /> },
  { path: 'concerns', element: <ConcernsPage /> },
  { path: 'concerns/new', element: <RaiseConcernPage /> },
];
