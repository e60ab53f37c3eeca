export const MATCHING_CONFIG = Symbol('MATCHING_CONFIG');
