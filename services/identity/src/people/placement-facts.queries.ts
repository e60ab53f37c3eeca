import type { Queryable } from '@tapestry/eventsourcing';
import { managerChainOf } from './manager-loop';
import type { PlacementFacts } from './person.commands';

export interface WantedPlacement {
  siteId?: string | null;
  directorateId?: string | null;
  lineManagerId?: string | null;
}

async function exists(db: Queryable, sql: string, params: unknown[]): Promise<boolean> {
  const { rowCount } = await db.query(sql, params);
  return (rowCount ?? 0) > 0;
}

/** The facts the person decider needs about a placement, read from identity's read models. */
export async function placementFacts(db: Queryable, organisationId: string, wanted: WantedPlacement): Promise<PlacementFacts> {
  const { siteId, directorateId, lineManagerId } = wanted;
  const [siteExists, directorateExists, managerExists] = await Promise.all([
    siteId ? exists(db, 'SELECT 1 FROM sites WHERE id = $1 AND organisation_id = $2', [siteId, organisationId]) : true,
    directorateId
      ? exists(db, 'SELECT 1 FROM directorates WHERE id = $1 AND organisation_id = $2', [directorateId, organisationId])
      : true,
    lineManagerId
      ? exists(db, "SELECT 1 FROM people WHERE id = $1 AND organisation_id = $2 AND status = 'active'", [lineManagerId, organisationId])
      : true,
  ]);
  let managerChain: string[] = [];
  if (lineManagerId && managerExists) {
    const { rows } = await db.query<{ id: string; line_manager_id: string }>(
      'SELECT id, line_manager_id FROM people WHERE organisation_id = $1 AND line_manager_id IS NOT NULL',
      [organisationId],
    );
    const managerOf = new Map(rows.map((row) => [row.id, row.line_manager_id]));
    managerChain = managerChainOf(lineManagerId, (id) => managerOf.get(id));
  }
  return { siteExists, directorateExists, managerExists, managerChain };
}

export async function organisationExists(db: Queryable, organisationId: string): Promise<boolean> {
  return exists(db, 'SELECT 1 FROM organisations WHERE id = $1', [organisationId]);
}
