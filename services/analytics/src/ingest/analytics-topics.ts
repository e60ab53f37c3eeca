import { topicFor } from '@tapestry/contracts';

/** Every context's topic: analytics is fed by these alone and never calls another service. */
export const ANALYTICS_TOPICS = [topicFor('identity'), topicFor('training'), topicFor('matching'), topicFor('supervision')];

/** The live consumer's group. A rebuild reads with a group of its own, so the live one keeps its place. */
export const LIVE_GROUP = 'analytics.warehouse';
