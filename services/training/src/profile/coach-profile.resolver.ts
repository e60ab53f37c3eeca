import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { assertAllowed, CurrentPrincipal, type Principal } from '@tapestry/auth';
import { accreditationOf } from '../accreditation/accreditation.queries';
import { londonDateOf } from '../common';
import { developmentRecordOf } from '../development/development.queries';
import type { EligibilityReasonType, ProgrammeRoleEligibility } from '../eligibility/eligibility.graphql-types';
import { currentEligibility } from '../eligibility/recompute-eligibility';
import { TrainingClock } from '../infrastructure/training-clock';
import { TrainingStore } from '../infrastructure/training-store';
import { canReadCoachRecord } from './coach-access';
import { CoachProfile } from './coach-profile.graphql-types';
import { trainingRecordsOf } from './coach-profile.queries';
import { requirePersonFacts } from './coach-reach.queries';

@Resolver()
export class CoachProfileResolver {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  @Query(() => CoachProfile, {
    description: 'For the coach; supervisors, programme leads and admins of their organisation; consortium roles for member organisations',
  })
  async coachProfile(@Args('personId', { type: () => ID }) personId: string, @CurrentPrincipal() principal: Principal): Promise<CoachProfile> {
    const now = this.clock.now();
    // One snapshot, so eligibility, records and accreditation describe the coach at one moment.
    const { coach, trainingRecords, eligibility, accreditation, development } = await this.store.snapshot(async (events, db) => {
      const coach = await requirePersonFacts(db, personId);
      assertAllowed(canReadCoachRecord(principal, coach), "see this coach's profile");
      return {
        coach,
        trainingRecords: await trainingRecordsOf(db, coach.personId),
        eligibility: await currentEligibility(events, db, coach.personId, now),
        accreditation: await accreditationOf(db, coach.personId),
        development: await developmentRecordOf(db, coach, principal, londonDateOf(now)),
      };
    });
    return {
      personId: coach.personId,
      organisationId: coach.organisationId,
      displayName: coach.displayName,
      status: coach.status,
      trainingRecords,
      eligibility: (eligibility?.entries ?? []).map((entry) => ({
        programme: entry.programme as ProgrammeRoleEligibility['programme'],
        role: entry.role as ProgrammeRoleEligibility['role'],
        eligible: entry.eligible,
        reasons: entry.reasons as EligibilityReasonType[],
      })),
      accreditation,
      cpdHours: accreditation.cpdHours,
      developmentAssessments: development.assessments.map(({ id, assessedOn, averageRating, repeatDueOn }) => ({ id, assessedOn, averageRating, repeatDueOn })),
      repeatAssessmentDueOn: development.repeatAssessmentDueOn,
      repeatAssessmentOverdue: development.repeatAssessmentOverdue,
      actionLearningSet: development.actionLearningSet,
    };
  }
}
