import type { Projection } from '../projections/projection';

/** A projection that also owns the DDL of its tables, created (idempotently) when its service starts. */
export interface ReadModelProjection extends Projection {
  schema: string;
}
