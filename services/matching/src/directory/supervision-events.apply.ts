import type { PoolClient } from 'pg';
import type { SupervisionEvent } from '@tapestry/contracts';

/** A supervisor's pause takes a coach out of the pool until they resume them; the coach's own switch is separate. */
export async function applySupervisionEvent(client: PoolClient, message: SupervisionEvent): Promise<void> {
  const { event } = message;
  if (event.case !== 'coachPauseChanged') return;
  await client.query(
    `INSERT INTO supervisor_pauses (person_id, paused) VALUES ($1, $2) ON CONFLICT (person_id) DO UPDATE SET paused = EXCLUDED.paused`,
    [event.value.coachId, event.value.paused],
  );
}
