import type { OutgoingMessage } from '@tapestry/messaging';
import { EventLog } from './event-log';
import { generateMatching } from './matching-year';
import { generatePopulation } from './population';
import { Random } from './random';
import { generateSupervision } from './supervision-year';
import { generateTraining } from './training-year';

export const FULL_STAFF = 150_000;

export interface ConsortiumYear {
  consortiumId: string;
  organisationIds: string[];
  staff: number;
  coaches: number;
  /** In time order, which keeps every stream's events in order. */
  messages: OutgoingMessage[];
  /** Events generated per type (PascalCase): the figures the warehouse must reproduce. */
  counts: ReadonlyMap<string, number>;
}

/** A year of a ten-organisation consortium's events across identity, training, matching and supervision. */
export function generateConsortiumYear(seed: number, staffCount: number): ConsortiumYear {
  const random = new Random(seed);
  const log = new EventLog(random);
  const population = generatePopulation(random, log, staffCount);
  const coaches = generateTraining(random, log, population);
  generateMatching(random, log, population, coaches);
  generateSupervision(random, log, coaches);
  return {
    consortiumId: population.consortiumId,
    organisationIds: population.organisations.map((organisation) => organisation.id),
    staff: population.people.length,
    coaches: coaches.length,
    messages: log.messages(),
    counts: log.typeCounts(),
  };
}
