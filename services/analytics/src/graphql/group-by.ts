import { DomainError } from '@tapestry/eventsourcing';
import type { GroupDimension } from '../scope/scope';
import type { AnalyticsGroupBy } from './analytics-enums';

/** At most this many dimensions at once: beyond it nearly every cell would be suppressed, and disclosure control cannot guard a table of more. */
const MAX_GROUP_DIMENSIONS = 2;

export function parseGroupBy(groupBy: readonly AnalyticsGroupBy[] | null | undefined): GroupDimension[] {
  const dimensions = [...(groupBy ?? [])] as GroupDimension[];
  if (new Set(dimensions).size !== dimensions.length) throw new DomainError('INVALID_GROUP_BY', 'Name each groupBy dimension once.', { field: 'groupBy' });
  if (dimensions.length > MAX_GROUP_DIMENSIONS) {
    throw new DomainError('INVALID_GROUP_BY', `Break figures down by at most ${MAX_GROUP_DIMENSIONS} dimensions at once.`, { field: 'groupBy' });
  }
  return dimensions;
}
