import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '@tapestry/auth';
import { DomainError, type Queryable } from '@tapestry/eventsourcing';
import { requireUuid } from '@tapestry/nest-kit';
import { supervises } from '../access/supervision-access';
import { SupervisionStore } from '../infrastructure/supervision-store';

@ObjectType()
export class SupervisionSessionRecord {
  @Field(() => ID) id!: string;
  @Field() heldOn!: string;
  @Field(() => Int) minutes!: number;
  @Field() format!: string;
  @Field(() => [String]) themes!: string[];
  @Field(() => [String]) agreedActions!: string[];
  @Field(() => String, { nullable: true, description: 'For the supervisor who held the session and the coach' }) notes!: string | null;
}

@ObjectType()
export class WellbeingCheckInRecord {
  @Field() recordedOn!: string;
  @Field(() => Int, { description: '5 to 25' }) total!: number;
  @Field(() => String, { nullable: true }) text!: string | null;
}

@ObjectType({ description: 'A coach’s supervision: for the coach and their supervisors only; never for a programme lead' })
export class SupervisionRecord {
  @Field(() => ID) coachId!: string;
  @Field(() => [SupervisionSessionRecord]) sessions!: SupervisionSessionRecord[];
  @Field(() => [WellbeingCheckInRecord]) checkIns!: WellbeingCheckInRecord[];
}

async function recordOf(db: Queryable, coachId: string, viewerId: string): Promise<SupervisionRecord> {
  const { rows: sessions } = await db.query<{ session_id: string; held_on: string; minutes: number; format: string; themes: string[]; agreed_actions: string[]; supervisor_id: string; notes: string | null }>(
    `SELECT s.session_id, s.held_on::text, s.minutes, s.format, s.themes, s.agreed_actions, s.supervisor_id, n.notes
     FROM supervision_attendance a JOIN supervision_sessions s USING (session_id) LEFT JOIN supervision_notes n USING (session_id)
     WHERE a.coach_id = $1 ORDER BY s.held_on DESC, s.session_id`,
    [coachId],
  );
  const { rows: checkIns } = await db.query<{ recorded_on: string; total: number; text: string | null }>(
    `SELECT c.recorded_on::text, c.total, n.text FROM wellbeing_check_ins c LEFT JOIN wellbeing_notes n USING (check_in_id)
     WHERE c.coach_id = $1 ORDER BY c.recorded_on DESC, c.recorded_at DESC`,
    [coachId],
  );
  return {
    coachId,
    sessions: sessions.map((row) => ({
      id: row.session_id,
      heldOn: row.held_on,
      minutes: row.minutes,
      format: row.format,
      themes: row.themes,
      agreedActions: row.agreed_actions,
      // Notes stay between the supervisor who wrote them and the coach.
      notes: viewerId === coachId || viewerId === row.supervisor_id ? row.notes : null,
    })),
    checkIns: checkIns.map((row) => ({ recordedOn: row.recorded_on, total: row.total, text: row.text })),
  };
}

@Resolver(() => SupervisionRecord)
export class SupervisionRecordResolver {
  constructor(private readonly store: SupervisionStore) {}

  @Query(() => SupervisionRecord, { description: 'A coach’s supervision sessions and wellbeing check-ins: for the coach and their current supervisors' })
  async supervisionRecord(@Args('coachId', { type: () => ID }) coachIdInput: string, @CurrentPrincipal() principal: Principal): Promise<SupervisionRecord> {
    const coachId = requireUuid(coachIdInput, 'coachId');
    if (principal.personId !== coachId && !(await supervises(this.store.pool, principal.personId, coachId))) {
      throw new DomainError('NOT_FOUND', `There is no supervision record of ${coachId} you may see.`, { coachId });
    }
    return recordOf(this.store.pool, coachId, principal.personId);
  }
}
