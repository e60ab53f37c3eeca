import type { Projection } from '@tapestry/eventsourcing';

/** A projection that also owns the DDL of its tables, created (idempotently) when the service starts. */
export interface ReadModelProjection extends Projection {
  schema: string;
}
