import type { ReadModelProjection } from '@tapestry/eventsourcing';
import { arrangementProjection } from '../arrangements/arrangement.projection';
import { caseloadFactsProjection } from '../caseloads/caseload-facts.projection';
import { concernProjection } from '../concerns/concern.projection';
import { concernPolicyProjection } from '../concerns/concern-policy.projection';
import { pauseProjection } from '../pause/pause.projection';
import { supervisionSessionProjection } from '../sessions/supervision-session.projection';
import { wellbeingProjection } from '../wellbeing/wellbeing.projection';

/** Every read model of supervision's own events; each feature appends its projections here. */
export const SUPERVISION_PROJECTIONS: readonly ReadModelProjection[] = [
  arrangementProjection,
  caseloadFactsProjection,
  supervisionSessionProjection,
  wellbeingProjection,
  concernProjection,
  concernPolicyProjection,
  pauseProjection,
];
