import type { ReadModelProjection } from '@tapestry/eventsourcing';
import { coachProjection } from '../coaches/coach.projection';
import { programmePolicyProjection } from '../policy/programme-policy.projection';
import { relationshipProjection } from '../relationships/relationship.projection';
import { requestProjection } from '../requests/request.projection';
import { roundProjection } from '../rounds/round.projection';

/**
 * Every read model of the matching service. The coaches table is created by coachProjection and also written by
 * relationshipProjection (responsiveness), so coachProjection comes first.
 */
export const MATCHING_PROJECTIONS: readonly ReadModelProjection[] = [
  coachProjection,
  programmePolicyProjection,
  requestProjection,
  roundProjection,
  relationshipProjection,
];
