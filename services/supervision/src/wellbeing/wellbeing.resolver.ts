import { Args, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { WellbeingCommands } from './wellbeing.commands';

@InputType({ description: 'Each statement scored 1 (not at all) to 5 (all of the time), over the last two weeks' })
export class WellbeingScoresInput {
  @Field(() => Int, { description: 'I have had energy to spare for the people I support.' }) energy!: number;
  @Field(() => Int, { description: 'I have been dealing with problems well.' }) coping!: number;
  @Field(() => Int, { description: 'I have been able to put coaching conversations down when a session ends.' }) detachment!: number;
  @Field(() => Int, { description: 'I have felt supported by colleagues and by my supervisor.' }) support!: number;
  @Field(() => Int, { description: 'My own development has been getting attention.' }) growth!: number;
}

@Resolver()
export class WellbeingResolver {
  constructor(private readonly commands: WellbeingCommands) {}

  @Mutation(() => ID, { description: 'For a coach: a wellbeing check-in; the text is for you and your supervisor only' })
  recordWellbeingCheckIn(
    @Args('scores') scores: WellbeingScoresInput,
    @Args('text', { type: () => String, nullable: true }) text: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<string> {
    return this.commands.record(principal, { ...scores }, text);
  }
}
