import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { SupervisionFormatType } from '../arrangements/arrangement.resolver';
import { SupervisionSessionCommands } from './supervision-session.commands';

@InputType()
export class LogSupervisionSessionInput {
  @Field(() => SupervisionFormatType) format!: SupervisionFormatType;
  @Field(() => [ID], { description: 'The coaches present; all must be supervised by you' }) superviseeIds!: string[];
  @Field({ description: 'YYYY-MM-DD, not in the future' }) heldOn!: string;
  @Field(() => Int, { description: '15 to 480' }) minutes!: number;
  @Field(() => [String], { nullable: true, description: 'From the fixed list: BOUNDARIES, ETHICS, CONTRACTING, WELLBEING, SKILLS, ...' }) themes?: string[] | null;
  @Field(() => [String], { nullable: true }) agreedActions?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Private to you and the coaches present' }) privateNotes?: string | null;
}

@Resolver()
export class SupervisionSessionResolver {
  constructor(private readonly commands: SupervisionSessionCommands) {}

  @Mutation(() => ID, { description: 'For a supervisor: a supervision session held; its hours count towards the coaches’ accreditation' })
  logSupervisionSession(@Args('input') input: LogSupervisionSessionInput, @CurrentPrincipal() principal: Principal): Promise<string> {
    return this.commands.log(principal, input);
  }
}
