import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ProgrammeType, SupportKindType } from '../common/graphql-enums';

@InputType()
export class CoachPreferencesInput {
  @Field(() => Int, { description: 'People you support at once (at most your programme’s limit; 2 by default)' }) capacity!: number;
  @Field(() => [ID], { nullable: true, description: 'Sites where you can meet in person; your own site when empty' }) siteIds?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Experience and knowledge, e.g. "led a band-7 interview panel"' }) tags?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'IN_PERSON and/or REMOTE' }) formats?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Only used when a requester asks for a gender' }) gender?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Pause: not proposed until resumed' }) paused?: boolean | null;
}

@ObjectType()
export class PoolEligibility {
  @Field(() => ProgrammeType) programme!: ProgrammeType;
  @Field(() => SupportKindType) kind!: SupportKindType;
}

@ObjectType({ description: 'A coach or mentor in the pool, as a programme lead sees them' })
export class PoolCoachView {
  @Field(() => ID) coachId!: string;
  @Field() name!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => ID, { nullable: true }) siteId!: string | null;
  @Field(() => ID, { nullable: true }) directorateId!: string | null;
  @Field() staffGroup!: string;
  @Field() shiftPattern!: string;
  @Field(() => [PoolEligibility]) eligibility!: PoolEligibility[];
  @Field(() => Int) capacity!: number;
  @Field(() => Int) activeRelationships!: number;
  @Field(() => [ID]) siteIds!: string[];
  @Field(() => [String]) tags!: string[];
  @Field(() => [String]) formats!: string[];
  @Field() paused!: boolean;
  @Field({ description: 'Left introductions unanswered past the limit: not proposed until they answer' }) unresponsive!: boolean;
  @Field(() => Date, { nullable: true }) flaggedSince!: Date | null;
  @Field(() => Float, { nullable: true, description: 'Average hours taken to answer an introduction' }) averageAnswerHours!: number | null;
  @Field(() => Date, { nullable: true }) lastActiveAt!: Date | null;
}

@ObjectType({ description: 'Your own place in the pool: what a programme lead sees, and the gender only you see' })
export class MyCoachProfileView extends PoolCoachView {
  @Field(() => String, { nullable: true, description: 'The gender you gave, or null; only you see it, and matching uses it only when someone asks for a gender' })
  gender!: string | null;
}
