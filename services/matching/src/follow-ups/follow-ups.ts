import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { DeadlineScheduler, ensureSchedulerTables, foldStream, handleCommand, type Deadline, type EventMetadata, type EventStore, type RunDueResult } from '@tapestry/eventsourcing';
import { londonDateOf } from '@tapestry/domain';
import { coachDecider, coachStreamId } from '../coaches/coach.decider';
import { findPeople } from '../directory/directory.queries';
import { MatchingClock } from '../infrastructure/matching-clock';
import { MatchingStore } from '../infrastructure/matching-store';
import { chemistryFollowUpMail, escalationMail, introductionMail, sessionNudgeMail, sixMonthCheckMail, type Mailer, type OutgoingMail, type PairFacts } from '../mail';
import { policyFor } from '../policy/programme-policy.projection';
import { relationshipDecider, relationshipStreamId, type RelationshipState } from '../relationships/relationship.decider';
import type { FollowUpKind, Pairing } from '../relationships/relationship.events';
import { scheduleEscalation, type DeadlineKind, type EscalationPayload } from './follow-up-plan';
import { FOLLOW_UP_OPTIONS, MAILER, type FollowUpOptions } from './follow-up.tokens';

type Existing = Exclude<RelationshipState, { status: 'absent' }>;

/** The follow-ups sent to the pair (a coach's silence on an introduction is handled on its own). */
type PairFollowUp = Exclude<FollowUpKind, 'coach_answer'>;

/** How long the suggested chemistry meeting in the invitation lasts. */
const CHEMISTRY_MEETING_MINUTES = 30;

const systemMetadata = (pairing: Pairing, deadline: Deadline): EventMetadata => ({
  correlationId: pairing.relationshipId,
  causationId: deadline.id,
  actor: 'system:follow-ups',
  organisationId: pairing.coacheeOrganisationId,
  schemaVersion: 1,
});

/**
 * The relationship's follow-ups, driven by the durable scheduler: deadlines live in PostgreSQL beside the events, so
 * they survive restarts, and each fires once in its own transaction with the events it records. Mail goes last, after
 * the events are written: should the transaction then fail, the deadline fires again (a mail may be sent twice, never
 * lost).
 */
@Injectable()
export class FollowUps implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('FollowUps');
  readonly scheduler: DeadlineScheduler;

  constructor(
    private readonly store: MatchingStore,
    private readonly clock: MatchingClock,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(FOLLOW_UP_OPTIONS) private readonly options: FollowUpOptions,
  ) {
    const handlers: Record<DeadlineKind, (deadline: Deadline, client: PoolClient) => Promise<void>> = {
      introduction_mail: (deadline, client) => this.withRelationship(deadline, client, (state, facts) => this.introduce(state, facts)),
      chemistry_follow_up: (deadline, client) => this.followUp(deadline, client, 'chemistry_follow_up'),
      session_nudge: (deadline, client) => this.followUp(deadline, client, 'session_nudge'),
      six_month_check: (deadline, client) => this.followUp(deadline, client, 'six_month_check'),
      coach_answer: (deadline, client) => this.coachDidNotAnswer(deadline, client),
      escalation: (deadline, client) => this.escalate(deadline, client, (deadline.payload as EscalationPayload).followUp),
    };
    this.scheduler = new DeadlineScheduler({
      pool: store.pool,
      clock,
      handlers,
      pollIntervalMs: Math.max(1, options.pollIntervalMs),
      log: { warn: (message) => this.logger.warn(message), error: (message) => this.logger.error(message) },
    });
  }

  async onModuleInit(): Promise<void> {
    await ensureSchedulerTables(this.store.pool);
  }

  onApplicationBootstrap(): void {
    if (this.options.pollIntervalMs > 0) this.scheduler.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.scheduler.stop();
  }

  /** Fires whatever is due now; the poller does this on its own, tests and approvals call it to avoid waiting. */
  runDue(): Promise<RunDueResult> {
    return this.scheduler.runDue();
  }

  private async withRelationship(
    deadline: Deadline,
    client: PoolClient,
    work: (state: Existing, facts: PairFacts, events: EventStore) => Promise<OutgoingMail | null>,
  ): Promise<void> {
    const events = this.store.events.inTransaction(client);
    const { state } = foldStream(relationshipDecider, await events.readStream(relationshipStreamId(deadline.subjectId)));
    if (state.status === 'absent') return;
    const { pairing } = state;
    const people = await findPeople(client, [pairing.coachId, pairing.coacheeId, pairing.approvedBy]);
    const person = (id: string) => ({ name: people.get(id)?.displayName ?? 'Tapestry user', email: people.get(id)?.workEmail ?? '' });
    const facts: PairFacts = {
      relationshipId: pairing.relationshipId,
      coachee: person(pairing.coacheeId),
      coach: person(pairing.coachId),
      lead: person(pairing.approvedBy),
      kind: pairing.kind,
      programme: pairing.programme,
      ...(this.options.portalUrl ? { portalUrl: this.options.portalUrl } : {}),
    };
    const mail = await work(state, facts, events);
    if (mail) await this.mailer.send(mail);
  }

  private introduce(state: Existing, facts: PairFacts): Promise<OutgoingMail | null> {
    if (state.status !== 'introduced') return Promise.resolve(null);
    const { introducedAt, chemistryMeetingAt } = state.pairing;
    return Promise.resolve(introductionMail({ ...facts, introducedAt, chemistryMeetingAt, durationMinutes: CHEMISTRY_MEETING_MINUTES }));
  }

  private followUp(deadline: Deadline, client: PoolClient, kind: PairFollowUp): Promise<void> {
    return this.withRelationship(deadline, client, async (state, facts, events) => {
      const now = this.clock.now();
      const { pairing } = state;
      const metadata = systemMetadata(pairing, deadline);
      const stream = relationshipStreamId(pairing.relationshipId);
      if (kind === 'six_month_check') {
        await handleCommand(events, relationshipDecider, stream, 'relationship', { type: 'MarkSixMonthCheck', today: londonDateOf(now) }, metadata, { retryOnConflict: true });
      }
      const { events: sent } = await handleCommand(events, relationshipDecider, stream, 'relationship', { type: 'SendFollowUp', kind, now }, metadata, { retryOnConflict: true });
      if (sent.length === 0) return null;
      await scheduleEscalation(client, pairing.relationshipId, kind, now, await policyFor(client, pairing.coacheeOrganisationId, pairing.programme));
      const { introducedAt, chemistryMeetingAt } = pairing;
      const lastSession = state.sessions.map((session) => session.heldOn).sort().at(-1) ?? null;
      switch (kind) {
        case 'chemistry_follow_up':
          return chemistryFollowUpMail({ ...facts, introducedAt, chemistryMeetingAt });
        case 'session_nudge':
          return sessionNudgeMail({ ...facts, introducedAt, lastSessionAt: lastSession });
        case 'six_month_check':
          return sixMonthCheckMail({ ...facts, introducedAt, sessionsLogged: state.sessions.length });
      }
    });
  }

  /** A coach who leaves an introduction unanswered is flagged and not proposed again until they answer; the lead is told. */
  private coachDidNotAnswer(deadline: Deadline, client: PoolClient): Promise<void> {
    return this.withRelationship(deadline, client, async (state, facts, events) => {
      const now = this.clock.now();
      const { pairing } = state;
      const metadata = systemMetadata(pairing, deadline);
      const { events: escalated } = await handleCommand(
        events,
        relationshipDecider,
        relationshipStreamId(pairing.relationshipId),
        'relationship',
        { type: 'Escalate', kind: 'coach_answer', to: pairing.approvedBy, now },
        metadata,
        { retryOnConflict: true },
      );
      if (escalated.length === 0) return null;
      await handleCommand(events, coachDecider, coachStreamId(pairing.coachId), 'coach', { type: 'FlagUnresponsive', coachId: pairing.coachId, relationshipId: pairing.relationshipId, now }, metadata, {
        retryOnConflict: true,
      });
      return escalationMail({ ...facts, unanswered: 'introduction', askedAt: pairing.introducedAt, escalatedAt: now.toISOString(), notAnsweredBy: ['coach'] });
    });
  }

  private escalate(deadline: Deadline, client: PoolClient, followUp: PairFollowUp): Promise<void> {
    return this.withRelationship(deadline, client, async (state, facts, events) => {
      const now = this.clock.now();
      const { pairing } = state;
      const { events: escalated } = await handleCommand(
        events,
        relationshipDecider,
        relationshipStreamId(pairing.relationshipId),
        'relationship',
        { type: 'Escalate', kind: followUp, to: pairing.approvedBy, now },
        systemMetadata(pairing, deadline),
        { retryOnConflict: true },
      );
      if (escalated.length === 0) return null;
      const askedAt = state.followUpsSentAt[followUp] ?? pairing.introducedAt;
      return escalationMail({ ...facts, unanswered: followUp, askedAt, escalatedAt: now.toISOString(), notAnsweredBy: ['coachee', 'coach'] });
    });
  }
}
