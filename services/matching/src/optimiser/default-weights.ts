import type { ScoreWeights } from './round.types';

/**
 * A starting point for a programme's weights: experience against goals counts double, because that is what the
 * requester wrote down; the other parts count once each.
 */
export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = { location: 1, shift: 1, experience: 2, silo: 1, waiting: 1, load: 1 };
