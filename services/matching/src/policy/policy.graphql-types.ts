import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType('ScoreWeightsInput')
@ObjectType('ScoreWeights', { description: 'How much each part of a match counts, from 0 to 10' })
export class ScoreWeightsView {
  @Field(() => Float) location!: number;
  @Field(() => Float) shift!: number;
  @Field(() => Float) experience!: number;
  @Field(() => Float) silo!: number;
  @Field(() => Float) waiting!: number;
  @Field(() => Float) load!: number;
}

@InputType('ProgrammePolicyInput')
@ObjectType('ProgrammePolicy', { description: 'How an organisation (or a consortium, for its shared rounds) runs one programme' })
export class ProgrammePolicyView {
  @Field() offered!: boolean;
  @Field(() => Int, { description: 'Most relationships a coach holds at once (1 to 5)' }) capacity!: number;
  @Field({ description: 'Coachees need their line manager’s release before asking' }) releaseRequired!: boolean;
  @Field(() => Int) chemistryFollowUpDays!: number;
  @Field(() => Int) sessionNudgeDays!: number;
  @Field(() => Int) answerWithinDays!: number;
  @Field(() => Int) escalateAfterDays!: number;
  @Field({ description: 'Match with other members of the consortium that share too' }) shareAcrossConsortium!: boolean;
  @Field(() => ScoreWeightsView) weights!: ScoreWeightsView;
}
