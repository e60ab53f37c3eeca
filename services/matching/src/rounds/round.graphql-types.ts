import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProgrammeType } from '../common/graphql-enums';

@ObjectType({ description: 'Each part of a score is from 0 to 1, before the programme’s weights' })
export class ScorePartsView {
  @Field(() => Float) location!: number;
  @Field(() => Float) shift!: number;
  @Field(() => Float) experience!: number;
  @Field(() => Float) silo!: number;
  @Field(() => Float) waiting!: number;
  @Field(() => Float) load!: number;
}

@ObjectType()
export class ProposalView {
  @Field(() => ID) requestId!: string;
  @Field() requesterName!: string;
  @Field(() => ID) coachId!: string;
  @Field() coachName!: string;
  @Field(() => Float) score!: number;
  @Field(() => ScorePartsView) parts!: ScorePartsView;
  @Field(() => [String], { description: 'Why this pair, in words' }) reasons!: string[];
  @Field() pinned!: boolean;
}

@ObjectType()
export class UnmatchedRequestView {
  @Field(() => ID) requestId!: string;
  @Field() requesterName!: string;
  @Field() reason!: string;
}

@ObjectType()
export class PairDecisionView {
  @Field(() => ID) requestId!: string;
  @Field(() => ID) coachId!: string;
  @Field() reason!: string;
  @Field(() => ID) decidedBy!: string;
  @Field() decidedAt!: Date;
}

@ObjectType()
export class RejectedPinView {
  @Field(() => ID) requestId!: string;
  @Field(() => ID) coachId!: string;
  @Field({ description: 'The hard rule the pin would break' }) rule!: string;
}

@ObjectType({ description: 'One matching round: what it was given, what it proposed and why' })
export class MatchingRound {
  @Field(() => ID) id!: string;
  @Field() scopeKind!: string;
  @Field(() => ID) scopeId!: string;
  @Field(() => ProgrammeType) programme!: ProgrammeType;
  @Field() ranAt!: Date;
  @Field(() => ID) ranBy!: string;
  @Field(() => Float) totalScore!: number;
  @Field(() => Int, { description: 'Open requests the round considered' }) requestsConsidered!: number;
  @Field(() => Int, { description: 'Coaches and mentors in the pool it considered' }) poolSize!: number;
  @Field(() => [ProposalView]) proposals!: ProposalView[];
  @Field(() => [UnmatchedRequestView]) unmatched!: UnmatchedRequestView[];
  @Field(() => [PairDecisionView]) pins!: PairDecisionView[];
  @Field(() => [PairDecisionView]) exclusions!: PairDecisionView[];
  @Field(() => [RejectedPinView]) rejectedPins!: RejectedPinView[];
}
