import type { CalendarDate } from '@tapestry/domain';

export type SupportKind = 'COACHING' | 'MENTORING';
export type CancellationReason = 'CLINICAL_PRESSURE' | 'STAFFING' | 'SICKNESS' | 'LEAVE' | 'PERSONAL' | 'OTHER';
export type ClosureReason = 'GOALS_MET' | 'TERM_ENDED' | 'NO_LONGER_NEEDED' | 'NO_TIME' | 'NOT_WORKING' | 'LEFT_ORGANISATION' | 'OTHER';

/**
 * Everything the scenario did, each with the scenario day it happened on, as the platform accepted it: what the
 * published figures are checked against. Nothing here is read back from the platform.
 */
export interface ScenarioLedger {
  launch: CalendarDate;
  today: CalendarDate;
  scale: number;
  seed: number;
  trained: { personId: string; on: CalendarDate }[];
  coachApprovals: { personId: string; requestedOn: CalendarDate; decidedOn: CalendarDate | null; renewal: boolean }[];
  interest: { personId: string; on: CalendarDate; decision: 'approved' | 'declined' | 'pending'; decidedOn: CalendarDate | null }[];
  requests: { requestId: string; personId: string; on: CalendarDate; kind: SupportKind }[];
  withdrawals: { requestId: string; on: CalendarDate }[];
  rounds: { roundId: string; on: CalendarDate; proposals: number; approved: number; excluded: number }[];
  introductions: { relationshipId: string; requestId: string; coachId: string; coacheeId: string; on: CalendarDate }[];
  chemistry: { relationshipId: string; on: CalendarDate }[];
  declines: { relationshipId: string; on: CalendarDate }[];
  activations: { relationshipId: string; on: CalendarDate }[];
  sessions: { relationshipId: string; on: CalendarDate; minutes: number }[];
  cancellations: { relationshipId: string; plannedOn: CalendarDate; reason: CancellationReason; rescheduledTo: CalendarDate | null }[];
  extensions: { relationshipId: string; on: CalendarDate; months: number }[];
  closures: { relationshipId: string; on: CalendarDate; reason: ClosureReason }[];
  supervisionAssignments: { coachId: string; supervisorId: string; on: CalendarDate }[];
  supervisionSessions: { supervisorId: string; on: CalendarDate; coachIds: string[] }[];
  pauses: { coachId: string; from: CalendarDate; until: CalendarDate | null }[];
  leavers: { personId: string; on: CalendarDate; participant: boolean }[];
  promotions: { personId: string; on: CalendarDate; fromBand: string; toBand: string; retitled: boolean; participant: boolean }[];
  siteMoves: { personId: string; on: CalendarDate }[];
}

export function emptyLedger(launch: CalendarDate, today: CalendarDate, scale: number, seed: number): ScenarioLedger {
  return {
    launch,
    today,
    scale,
    seed,
    trained: [],
    coachApprovals: [],
    interest: [],
    requests: [],
    withdrawals: [],
    rounds: [],
    introductions: [],
    chemistry: [],
    declines: [],
    activations: [],
    sessions: [],
    cancellations: [],
    extensions: [],
    closures: [],
    supervisionAssignments: [],
    supervisionSessions: [],
    pauses: [],
    leavers: [],
    promotions: [],
    siteMoves: [],
  };
}
