import { metadataFor, requireUuid } from '@tapestry/nest-kit';
import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertAllowed, isOrganisationAdmin, type Principal } from '@tapestry/auth';
import { DomainError, type Queryable } from '@tapestry/eventsourcing';
import { recomputeEligibility } from '../eligibility/recompute-eligibility';
import { TrainingClock } from '../infrastructure/training-clock';
import { TrainingStore } from '../infrastructure/training-store';
import { findTrainingPerson, type TrainingPerson } from '../people-directory/people-directory.queries';
import { APPROVAL_POLICY, type ApprovalPolicy } from '../sweeps/approval-policy';
import { loadApproval, runApprovalCommand } from './approval-writes';
import type { ManagerApproval } from './approval.graphql-types';
import { findApproval } from './approval.queries';

export class RequestManagerApprovalCommand extends Command<ManagerApproval> {
  constructor(readonly kind: string, readonly programme: string, readonly principal: Principal) {
    super();
  }
}

export class DecideManagerApprovalCommand extends Command<ManagerApproval> {
  constructor(readonly approvalId: string, readonly approve: boolean, readonly reason: string | null, readonly principal: Principal) {
    super();
  }
}

async function requireKnownPerson(db: Queryable, personId: string): Promise<TrainingPerson> {
  const person = await findTrainingPerson(db, personId);
  if (!person) {
    throw new DomainError('NOT_FOUND', `Training has not heard of person ${personId} from identity yet; try again in a moment.`, { personId });
  }
  return person;
}

/** One open or current request per kind and programme: a second would only confuse the manager. */
async function refuseDuplicate(db: Queryable, personId: string, kind: string, programme: string): Promise<void> {
  const { rows } = await db.query<{ status: string }>(
    "SELECT status FROM approvals WHERE person_id = $1 AND kind = $2 AND programme = $3 AND status IN ('pending', 'approved') LIMIT 1",
    [personId, kind, programme],
  );
  const existing = rows[0];
  if (existing) {
    const what = existing.status === 'pending' ? 'is waiting for your line manager' : 'has already been approved';
    throw new DomainError('APPROVAL_EXISTS', `A request for this ${what}.`, { kind, programme });
  }
}

@CommandHandler(RequestManagerApprovalCommand)
export class RequestManagerApprovalHandler implements ICommandHandler<RequestManagerApprovalCommand> {
  constructor(private readonly store: TrainingStore, private readonly clock: TrainingClock) {}

  async execute({ kind, programme, principal }: RequestManagerApprovalCommand): Promise<ManagerApproval> {
    const approvalId = randomUUID();
    await this.store.transact(async (events, client) => {
      const person = await requireKnownPerson(client, principal.personId);
      await refuseDuplicate(client, person.personId, kind, programme);
      await runApprovalCommand(
        events,
        {
          type: 'RequestApproval',
          approvalId,
          personId: person.personId,
          organisationId: person.organisationId,
          kind,
          programme,
          requestedBy: principal.personId,
          now: this.clock.now(),
          facts: { lineManagerId: person.lineManagerId, personEmployed: person.status === 'active' },
        },
        metadataFor(principal, person.organisationId),
      );
    });
    return (await findApproval(this.store.pool, approvalId)) as ManagerApproval;
  }
}

@CommandHandler(DecideManagerApprovalCommand)
export class DecideManagerApprovalHandler implements ICommandHandler<DecideManagerApprovalCommand> {
  constructor(
    private readonly store: TrainingStore,
    private readonly clock: TrainingClock,
    @Inject(APPROVAL_POLICY) private readonly policy: ApprovalPolicy,
  ) {}

  async execute({ approvalId: id, approve, reason, principal }: DecideManagerApprovalCommand): Promise<ManagerApproval> {
    const approvalId = requireUuid(id, 'approvalId');
    const now = this.clock.now();
    const decide = { type: 'DecideApproval', approvalId, decision: approve ? 'approve' : 'decline', reason, decidedBy: principal.personId, validityMonths: this.policy.validityMonths, now } as const;
    await this.store.transact(async (events, client) => {
      const state = await loadApproval(events, approvalId);
      if (state.status === 'absent') {
        throw new DomainError('NOT_FOUND', `Approval request ${approvalId} does not exist.`, { approvalId });
      }
      const person = await requireKnownPerson(client, state.subject.personId);
      const isCurrentLineManager = person.lineManagerId === principal.personId;
      const isAdmin = isOrganisationAdmin(principal, person.organisationId);
      // Colleagues get the decider's NOT_LINE_MANAGER; people of other organisations may not touch the request at all.
      assertAllowed(isCurrentLineManager || isAdmin || principal.organisationId === person.organisationId, "decide approvals for another organisation's staff");
      const metadata = metadataFor(principal, person.organisationId);
      const facts = { isCurrentLineManager, isOrganisationAdminActingForAbsent: isAdmin && !isCurrentLineManager, personEmployed: person.status === 'active' };
      await runApprovalCommand(events, { ...decide, facts }, metadata);
      await recomputeEligibility(events, client, person.personId, now, metadata);
    });
    return (await findApproval(this.store.pool, approvalId)) as ManagerApproval;
  }
}
