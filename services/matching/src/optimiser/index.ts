export * from './round.types';
export { hardRuleBroken } from './hard-rules';
export { buildRuleContext, type RuleContext, type RuleFacts } from './rule-context';
export { runRound, runRoundDetailed, EXACT_PAIR_LIMIT, PRUNED_LIMITS, type RoundOptions, type RoundDiagnostics } from './run-round';
export { HARD_RULES, type CandidateLimits } from './candidates';
export { DEFAULT_WEIGHTS } from './default-weights';
