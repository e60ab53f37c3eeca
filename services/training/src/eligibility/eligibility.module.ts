import { Module } from '@nestjs/common';
import { EligibilityResolver } from './eligibility.resolver';

/**
 * Eligibility to practise. Recomputing it is a function (recomputeEligibility) that the handlers changing its facts
 * call in their own transactions, so this module holds only the query.
 */
@Module({ providers: [EligibilityResolver] })
export class EligibilityModule {}
