import type { CalendarDate } from '@tapestry/domain';
import type { GatewayClient } from './gateway-client';
import type { ScenarioLedger, SupportKind } from './ledger';
import type { ScenarioClock } from './scenario-clock';
import type { ScenarioCounts } from './scenario-shape';
import type { SeededRandom } from './seeded-random';
import type { CastMember, CastRole } from './staff-list';

export interface SignedIn {
  token: string;
  personId: string;
  organisationId: string;
}

/** A relationship as the scenario plans and follows it; its fate is drawn when it is introduced. */
export interface Pair {
  relationshipId: string;
  requestId: string;
  coachId: string;
  coacheeId: string;
  introducedOn: CalendarDate;
  introducedWeek: number;
  status: 'introduced' | 'active' | 'declined' | 'closed';
  declines: boolean;
  /** The session (1-based) at which it is closed early instead, if it is. */
  earlyCloseAt: number | null;
  extended: boolean;
  activatedWeek: number | null;
  activatedOn: CalendarDate | null;
  /** Weeks the monthly sessions fall due in; the next due is the first. */
  sessionWeeks: number[];
  /** A cancelled session moved to this week. */
  rescheduledTo: { week: number; on: CalendarDate } | null;
  sessionsHeld: number;
}

export interface CoachPreferences {
  capacity: number;
  tags: string[];
  formats: string[];
}

/** What the scenario keeps between weeks, besides the ledger. */
export interface ScenarioState {
  openRequests: Map<string, { personId: string; kind: SupportKind }>;
  pairs: Map<string, Pair>;
  left: Set<string>;
  /** Coaches and mentors whose approval to practise was granted, and when (for the yearly renewal). */
  approvedCoaches: Map<string, { decidedWeek: number }>;
  /** Approval requests the line manager answers the week after. */
  awaitingManager: { approvalId: string; personId: string; approve: boolean | null; purpose: 'coach' | 'interest' }[];
  /** Coaches ready for the pool once eligible: they set their preferences then. */
  awaitingPreferences: Set<string>;
  /** What each coach told matching, repeated whole when they pause or come back. */
  preferences: Map<string, CoachPreferences>;
  paused: Map<string, number>;
  /** The week someone is due to register interest or ask for support: their career waits until then. */
  plannedWeek: Map<string, number>;
  supervisorOf: Map<string, string>;
  /** Coaches in the pool before the scenario (the demo's): never paired with the scenario's requests. */
  outsideCoaches: Set<string>;
  /** Training days: learners by event, held in the given week. */
  trainingDays: { eventId: string; week: number; learners: string[] }[];
}

export interface Scenario {
  api: GatewayClient;
  clock: ScenarioClock;
  random: SeededRandom;
  ledger: ScenarioLedger;
  counts: ScenarioCounts;
  organisationId: string;
  cast: CastMember[];
  byId: Map<string, CastMember>;
  tokens: Map<string, string>;
  lead: SignedIn;
  admin: SignedIn;
  analyst: SignedIn;
  state: ScenarioState;
  log: (line: string) => void;
}

export function castOf(scenario: Scenario, ...roles: CastRole[]): CastMember[] {
  return scenario.cast.filter((member) => roles.includes(member.role));
}

/** The person's own token: the scenario signs each person in once and acts as them. */
export function tokenOf(scenario: Scenario, personId: string): string {
  const token = scenario.tokens.get(personId);
  if (!token) throw new Error(`The scenario has no sign-in for ${scenario.byId.get(personId)?.email ?? personId}.`);
  return token;
}

export function managerOf(scenario: Scenario, personId: string): CastMember {
  const member = scenario.byId.get(personId);
  const manager = scenario.cast.find((candidate) => candidate.employeeNumber === member?.managerNumber);
  if (!manager) throw new Error(`The scenario gave ${member?.email ?? personId} no line manager.`);
  return manager;
}

/** Whether the person has taken part (coach or coachee in a relationship that was not declined). */
export function isParticipant(scenario: Scenario, personId: string): boolean {
  for (const pair of scenario.state.pairs.values()) {
    if (pair.status !== 'declined' && (pair.coachId === personId || pair.coacheeId === personId)) return true;
  }
  return false;
}

export function emptyState(): ScenarioState {
  return {
    openRequests: new Map(),
    pairs: new Map(),
    left: new Set(),
    approvedCoaches: new Map(),
    awaitingManager: [],
    awaitingPreferences: new Set(),
    preferences: new Map(),
    paused: new Map(),
    plannedWeek: new Map(),
    supervisorOf: new Map(),
    outsideCoaches: new Set(),
    trainingDays: [],
  };
}
