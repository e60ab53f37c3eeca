import type { RouteObject } from 'react-router';
import { EvidencePackPage } from './EvidencePackPage';
import { FiguresDashboard } from './FiguresDashboard';
import { OutcomesPage } from './OutcomesPage';
import { ReciprocityPage } from './ReciprocityPage';

/** Paths relative to the section's base path. */
export const analystRoutes: RouteObject[] = [
  { index: true, element: <FiguresDashboard /> },
  { path: 'outcomes', element: <OutcomesPage /> },
  { path: 'reciprocity', element: <ReciprocityPage /> },
  { path: 'evidence-pack', element: <EvidencePackPage /> },
];
