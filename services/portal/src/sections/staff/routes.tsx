import type { RouteObject } from 'react-router';
import { AskPage } from './AskPage';
import { BecomeCoachPage } from './BecomeCoachPage';
import { EqualityPage } from './EqualityPage';
import { ReflectionsPage } from './ReflectionsPage';
import { RelationshipPage } from './RelationshipPage';
import { RelationshipsPage } from './RelationshipsPage';
import { RequestsPage } from './RequestsPage';
import { staffSection } from './section';
import { StaffHome } from './StaffHome';

const relationshipPath = (id: string) => `${staffSection.basePath}/relationships/${id}`;
const reflectionsPath = (id: string) => `${relationshipPath(id)}/reflections`;

/** Paths relative to the section's base path. */
export const staffRoutes: RouteObject[] = [
  { index: true, element: <StaffHome /> },
  { path: 'ask', element: <AskPage /> },
  { path: 'requests', element: <RequestsPage /> },
  { path: 'relationships', element: <RelationshipsPage /> },
  { path: 'relationships/:relationshipId', element: <RelationshipPage section={staffSection} reflectionsPath={reflectionsPath} /> },
  { path: 'relationships/:relationshipId/reflections', element: <ReflectionsPage section={staffSection} relationshipPath={relationshipPath} /> },
  { path: 'become-a-coach', element: <BecomeCoachPage /> },
  { path: 'equality', element: <EqualityPage /> },
];
