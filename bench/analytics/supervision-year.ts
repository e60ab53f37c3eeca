import { EligibilityReason, Programme } from '@tapestry/contracts';
import { DAY_MS, HOUR_MS, isoDate, MINUTE_MS, startOfDay, YEAR, YEAR_END } from './calendar';
import type { EventLog } from './event-log';
import type { Random } from './random';
import type { Coach } from './training-year';

const COACHES_PER_SUPERVISOR = 12;
const ARRANGED_RATE = 0.85;
const GROUP_RATE = 0.35;
const MISSED_RATE = 0.08;
const PAUSE_RATE = 0.03;

/**
 * Supervision's year: the organisation's longest-trained coaches supervise (one for about twelve coaches); most other
 * coaches have supervision arranged within a month of becoming eligible and meet their supervisor about monthly; a
 * few are paused by their supervisor for some weeks, which training turns into a change of eligibility.
 */
export function generateSupervision(random: Random, log: EventLog, coaches: readonly Coach[]): void {
  const supervisors = pickSupervisors(coaches);
  const everyone = [...supervisors.values()].flat();
  for (const coach of coaches) {
    const own = supervisors.get(coach.person.organisationId) ?? [];
    if (own.includes(coach) || !random.chance(ARRANGED_RATE)) continue;
    const supervisor = random.pick(own.length > 0 ? own : everyone);
    const from = startOfDay(coach.eligibleAt) + random.int(7, 28) * DAY_MS;
    if (from + 9 * HOUR_MS >= YEAR_END) continue;
    const arrangementId = random.uuid();
    const stream = `supervision-${arrangementId}`;
    const organisationId = coach.person.organisationId;
    const group = random.chance(GROUP_RATE);
    const pair = { superviseeId: coach.person.id, supervisorId: supervisor.person.id, organisationId };
    log.supervision({ case: 'supervisionArranged', value: { arrangementId, ...pair, from: isoDate(from), group } }, stream, from + 9 * HOUR_MS, organisationId);
    for (let on = from + random.int(14, 28) * DAY_MS; on < YEAR_END; on += random.int(28, 35) * DAY_MS) {
      if (random.chance(MISSED_RATE)) continue;
      log.supervision(
        {
          case: 'supervisionSessionHeld',
          value: { sessionId: random.uuid(), ...pair, heldOn: isoDate(on), durationMinutes: group ? 90 : random.pick([45, 60, 60, 75, 90]) },
        },
        stream,
        on + 15 * HOUR_MS,
        organisationId,
      );
    }
    if (random.chance(PAUSE_RATE)) pause(random, log, coach, supervisor.person.id, from);
  }
}

/** Per organisation, its January-trained coaches, one for about every twelve of its coaches. */
function pickSupervisors(coaches: readonly Coach[]): Map<string, Coach[]> {
  const byOrganisation = new Map<string, Coach[]>();
  for (const coach of coaches) {
    const list = byOrganisation.get(coach.person.organisationId) ?? [];
    list.push(coach);
    byOrganisation.set(coach.person.organisationId, list);
  }
  const february = Date.UTC(YEAR, 1, 1);
  return new Map(
    [...byOrganisation].map(([organisationId, list]) => {
      const seasoned = list.filter((coach) => coach.eligibleAt < february);
      return [organisationId, seasoned.slice(0, Math.ceil(list.length / COACHES_PER_SUPERVISOR))];
    }),
  );
}

function pause(random: Random, log: EventLog, coach: Coach, supervisorId: string, from: number): void {
  const pausedAt = from + random.int(30, 200) * DAY_MS + 11 * HOUR_MS;
  if (pausedAt >= YEAR_END - 10 * DAY_MS) return;
  const { id: coachId, organisationId } = coach.person;
  const eligibility = (eligible: boolean, at: number): void =>
    log.training(
      {
        case: 'coachEligibilityChanged',
        value: { personId: coachId, organisationId, programme: Programme.GENERAL, role: coach.role, eligible, reasons: eligible ? [] : [EligibilityReason.PAUSED] },
      },
      `eligibility-${coachId}`,
      at + MINUTE_MS,
      organisationId,
    );
  const pauseChanged = (paused: boolean, at: number): void =>
    log.supervision({ case: 'coachPauseChanged', value: { coachId, organisationId, paused, changedBy: supervisorId } }, `coach-pause-${coachId}`, at, organisationId);
  pauseChanged(true, pausedAt);
  eligibility(false, pausedAt);
  const resumedAt = pausedAt + random.int(21, 42) * DAY_MS;
  if (resumedAt >= YEAR_END) return;
  pauseChanged(false, resumedAt);
  eligibility(true, resumedAt);
}
