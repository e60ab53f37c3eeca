import type { EventStore, Queryable } from '@tapestry/eventsourcing';
import { approvalIdsOf, loadApproval } from '../approvals/approval-writes';
import type { Qualification } from '../catalogue';
import type { CalendarDate } from '../common';
import type { TrainingPerson } from '../people-directory/people-directory.queries';
import { isPausedBySupervisor } from '../supervisor-pauses/supervisor-pauses.tables';
import type { CompletedTraining, EligibilityFacts, GrantedApproval } from './eligibility.types';

/** Far enough that a completion recorded without a lapse date never lapses in practice. */
const NEVER_LAPSES_MONTHS = 1200;

/**
 * The validity that makes the domain's lapse rule give the recorded lapse date: the read model keeps the date, not the
 * months. Adding months moves the month exactly and only clamps the day, so the month difference is the validity.
 */
export function validityMonthsBetween(completedOn: CalendarDate, lapsesOn: CalendarDate | null): number {
  if (lapsesOn === null) return NEVER_LAPSES_MONTHS;
  const [fromYear, fromMonth] = completedOn.split('-').map(Number);
  const [toYear, toMonth] = lapsesOn.split('-').map(Number);
  return (toYear - fromYear) * 12 + (toMonth - fromMonth);
}

async function completionsOf(db: Queryable, personId: string): Promise<CompletedTraining[]> {
  const { rows } = await db.query<{ course_id: string; completed_on: string; lapses_on: string | null; qualifies: Qualification[] }>(
    `SELECT course_id, to_char(completed_on, 'YYYY-MM-DD') AS completed_on, to_char(lapses_on, 'YYYY-MM-DD') AS lapses_on,
       programme_qualifications AS qualifies
     FROM training_records WHERE person_id = $1`,
    [personId],
  );
  return rows.map((row) => ({
    courseId: row.course_id,
    completedOn: row.completed_on,
    qualifies: row.qualifies.map(({ programme, role }) => ({ programme, role })),
    validityMonths: validityMonthsBetween(row.completed_on, row.lapses_on),
  }));
}

/**
 * Granted approvals as their streams say, not as the approvals table does: the table follows commits, and a
 * recompute runs inside the very transaction that granted, expired or invalidated one.
 */
async function grantedApprovalsOf(events: EventStore, db: Queryable, personId: string): Promise<GrantedApproval[]> {
  const granted: GrantedApproval[] = [];
  for (const approvalId of await approvalIdsOf(db, personId)) {
    const state = await loadApproval(events, approvalId);
    if (state.status === 'approved') granted.push({ kind: state.subject.kind, programme: state.subject.programme, expiresAt: state.expiresAt });
  }
  return granted;
}

/** Everything eligibility depends on for `person` at `asOf`, a pause by their supervisor included. */
export async function eligibilityFactsOf(events: EventStore, db: Queryable, person: TrainingPerson, asOf: Date): Promise<EligibilityFacts> {
  return {
    personId: person.personId,
    organisationId: person.organisationId,
    asOf,
    employed: person.status === 'active',
    paused: await isPausedBySupervisor(db, person.personId),
    completions: await completionsOf(db, person.personId),
    approvals: await grantedApprovalsOf(events, db, person.personId),
  };
}
