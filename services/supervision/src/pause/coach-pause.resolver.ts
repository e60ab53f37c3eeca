import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { PauseCommands } from './coach-pause.commands';

@Resolver()
export class PauseResolver {
  constructor(private readonly commands: PauseCommands) {}

  @Mutation(() => Boolean, { description: 'For a coach’s supervisor: pause them, with a reason (kept between you and the coach); matching stops proposing them' })
  async pauseCoach(@Args('coachId', { type: () => ID }) coachId: string, @Args('reason') reason: string, @CurrentPrincipal() principal: Principal): Promise<boolean> {
    await this.commands.pause(principal, coachId, reason);
    return true;
  }

  @Mutation(() => Boolean, { description: 'For a coach’s supervisor: resume a coach they paused' })
  async resumeCoach(
    @Args('coachId', { type: () => ID }) coachId: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    await this.commands.resume(principal, coachId, note);
    return true;
  }
}
