import type { SupervisionSessionEvent } from './supervision-session.events';

/** The fields of proto tapestry.supervision.v1.SupervisionSessionHeld, as plain data. */
export interface SupervisionSessionHeld {
  sessionId: string;
  superviseeId: string;
  supervisorId: string;
  organisationId: string;
  heldOn: string;
  durationMinutes: number;
}

/**
 * What the relay publishes for a session: one message per coach present (training counts hours per person),
 * carrying no theme, action or note. Notes events publish nothing.
 */
export function sessionsHeldFor(event: SupervisionSessionEvent): SupervisionSessionHeld[] {
  if (event.type !== 'SupervisionSessionLogged') return [];
  const { sessionId, supervisorId, heldOn, minutes } = event.data;
  return event.data.supervisees.map(({ coachId, organisationId }) => ({
    sessionId,
    superviseeId: coachId,
    supervisorId,
    organisationId,
    heldOn,
    durationMinutes: minutes,
  }));
}
