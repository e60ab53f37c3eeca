import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PersonRef } from '../relationships/relationship.graphql-types';

@ObjectType({ description: 'A follow-up a programme lead should know of: coming up, or escalated because nobody answered' })
export class FollowUpDue {
  @Field(() => ID) relationshipId!: string;
  @Field({ description: 'chemistry_follow_up, coach_answer, session_nudge or six_month_check' }) kind!: string;
  @Field({ description: 'due (coming up within the window) or escalated (asked, not answered)' }) state!: string;
  @Field() dueAt!: Date;
  @Field(() => PersonRef) coach!: PersonRef;
  @Field(() => PersonRef) coachee!: PersonRef;
}
