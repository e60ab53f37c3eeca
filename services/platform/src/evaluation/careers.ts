import { inBatches } from './gateway-client';
import { RECORD_LEAVER, UPDATE_PERSON } from './operations';
import { closePair } from './relationships';
import { isParticipant, type Scenario } from './scenario';
import type { StaffRecord } from './staff-import';
import { ASSUMED } from './scenario-shape';
import { withdrawRequest } from './support-requests';
import { TRAINING_WEEKS } from './training-days';

/** A member of staff whose career the scenario moves on: the scenario's own staff and the trust's existing staff. */
export interface CareerSubject {
  personId: string;
  band: string;
  jobTitle: string;
  siteId: string | null;
  /** Staff whose ESR start date is still ahead of the scenario's day are left alone until then. */
  startDate: string;
}

const LADDER = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'];

/** The next Agenda for Change band up, or none (medical grades and the top of the ladder are not promoted here). */
export function nextBand(band: string): string | null {
  const match = /^Band\s+(\d|8[a-d])$/i.exec(band.trim());
  const rung = match ? LADDER.indexOf(match[1].toLowerCase()) : -1;
  return rung >= 0 && rung < LADDER.length - 1 ? `Band ${LADDER[rung + 1]}` : null;
}

function retitled(title: string): string {
  if (/^Senior /i.test(title)) return title.replace(/^Senior /i, 'Lead ');
  if (/^Lead /i.test(title)) return title.replace(/^Lead /i, 'Principal ');
  return `Senior ${title}`;
}

type Move =
  | { kind: 'leave'; subject: CareerSubject; participant: boolean; reason: string }
  | { kind: 'promote'; subject: CareerSubject; participant: boolean; band: string; jobTitle: string | null }
  | { kind: 'site'; subject: CareerSubject; siteId: string };

/** Once a month: some staff leave, some are promoted or regraded, some move site. Participants and others at the rates ASSUMED. */
export async function moveCareers(s: Scenario, subjects: readonly CareerSubject[], siteIds: readonly string[]): Promise<void> {
  const week = s.clock.currentWeek;
  // From the month after the launch's training days, so that the cohort trained is the one the evaluation counted.
  if (week <= TRAINING_WEEKS[TRAINING_WEEKS.length - 1] || s.clock.dateOf(week).slice(0, 7) === s.clock.dateOf(week - 1).slice(0, 7)) return;
  const introducedNow = new Set([...s.state.pairs.values()].filter((pair) => pair.status === 'introduced').flatMap((pair) => [pair.coachId, pair.coacheeId]));
  const moves: Move[] = [];
  for (const subject of subjects) {
    if (s.state.left.has(subject.personId) || introducedNow.has(subject.personId) || subject.startDate >= s.clock.today) continue;
    if ((s.state.plannedWeek.get(subject.personId) ?? -1) >= week) continue;
    const participant = isParticipant(s, subject.personId);
    const rates = participant ? 'participant' : 'other';
    if (s.random.chance(ASSUMED.monthlyLeaving[rates])) {
      const reason = s.random.weighted<string>([
        ['resignation', 0.7],
        ['retirement', 0.15],
        ['end_of_fixed_term', 0.1],
        ['other', 0.05],
      ]);
      moves.push({ kind: 'leave', subject, participant, reason });
      continue;
    }
    const band = nextBand(subject.band);
    if (band && s.random.chance(ASSUMED.monthlyPromotion[rates])) {
      moves.push({ kind: 'promote', subject, participant, band, jobTitle: s.random.chance(0.75) ? retitled(subject.jobTitle) : null });
      continue;
    }
    const otherSites = siteIds.filter((siteId) => siteId !== subject.siteId);
    if (otherSites.length > 0 && s.random.chance(ASSUMED.monthlySiteMove)) moves.push({ kind: 'site', subject, siteId: s.random.pick(otherSites) });
  }
  // Leavers one by one: two leaving the same pair must not both close it.
  for (const move of moves) if (move.kind === 'leave') await carryOut(s, move);
  await inBatches(
    moves.filter((move) => move.kind !== 'leave'),
    (move) => carryOut(s, move),
  );
}

async function carryOut(s: Scenario, move: Move): Promise<void> {
  const on = s.clock.today;
  const { subject } = move;
  switch (move.kind) {
    case 'leave': {
      for (const [requestId, request] of [...s.state.openRequests.entries()]) if (request.personId === subject.personId) await withdrawRequest(s, requestId);
      for (const pair of s.state.pairs.values()) {
        if (pair.status === 'active' && (pair.coachId === subject.personId || pair.coacheeId === subject.personId)) await closePair(s, pair, 'LEFT_ORGANISATION');
      }
      await s.api.call(RECORD_LEAVER, { id: subject.personId, leavingDate: on, reason: move.reason }, s.admin.token);
      s.state.left.add(subject.personId);
      s.state.approvedCoaches.delete(subject.personId);
      s.state.awaitingPreferences.delete(subject.personId);
      s.state.paused.delete(subject.personId);
      s.ledger.leavers.push({ personId: subject.personId, on, participant: move.participant });
      return;
    }
    case 'promote': {
      const input = { band: move.band, ...(move.jobTitle ? { jobTitle: move.jobTitle } : {}), effectiveDate: on };
      await s.api.call(UPDATE_PERSON, { id: subject.personId, input }, s.admin.token);
      s.ledger.promotions.push({ personId: subject.personId, on, fromBand: subject.band, toBand: move.band, retitled: move.jobTitle !== null, participant: move.participant });
      subject.band = move.band;
      if (move.jobTitle) subject.jobTitle = move.jobTitle;
      return;
    }
    case 'site':
      await s.api.call(UPDATE_PERSON, { id: subject.personId, input: { siteId: move.siteId, effectiveDate: on } }, s.admin.token);
      subject.siteId = move.siteId;
      s.ledger.siteMoves.push({ personId: subject.personId, on });
      return;
  }
}

/**
 * Whose careers move: the scenario's staff (not its managers and supervisors, whom the programme leans on) and the
 * trust's existing staff, except anyone the demo needs: its logins, managers, role holders, coaches and requesters.
 */
export function careerSubjects(
  s: Scenario,
  existing: readonly StaffRecord[],
  sites: readonly { id: string; name: string }[],
  demo: { emails: ReadonlySet<string>; requesters: ReadonlySet<string> },
): CareerSubject[] {
  const siteId = (name: string): string | null => sites.find((site) => site.name === name)?.id ?? null;
  const managers = new Set(existing.map((person) => person.lineManagerId).filter((id): id is string => id !== null));
  const theirs = existing.filter(
    (person) =>
      person.status === 'ACTIVE' &&
      !demo.emails.has(person.email) &&
      !managers.has(person.id) &&
      !s.state.outsideCoaches.has(person.id) &&
      !demo.requesters.has(person.id) &&
      person.roles.every((grant) => grant.role === 'STAFF'),
  );
  return [
    ...s.cast.filter((member) => member.role !== 'manager' && member.role !== 'supervisor').map((member) => ({ personId: member.personId, band: member.band, jobTitle: member.jobTitle, siteId: siteId(member.site), startDate: member.startDate })),
    ...theirs.map((person) => ({ personId: person.id, band: person.band, jobTitle: person.jobTitle, siteId: person.siteId, startDate: person.startDate })),
  ];
}
