import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@tapestry/eventsourcing';
import type { Principal } from '@tapestry/auth';

/** Who asked, for which organisation: stored with every event and carried onto Kafka headers. */
export function metadataFor(actor: Principal | string, organisationId: string | undefined, correlationId = randomUUID()): EventMetadata {
  return {
    correlationId,
    actor: typeof actor === 'string' ? actor : actor.personId,
    ...(organisationId ? { organisationId } : {}),
    schemaVersion: 1,
  };
}
