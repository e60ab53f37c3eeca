import type { PublishedFigure } from './figure-types';
import { groupSizes, outcomeMeasureRows } from './outcome-rows';

const f = (name: string, kind: string, value: number | null, change: Partial<PublishedFigure> = {}): PublishedFigure => ({ name, label: name, kind, value, suppressed: false, reason: null, base: 25, incomplete: false, ...change });

describe('outcome rows', () => {
  it('puts participants against comparison with the difference and its interval', () => {
    const rows = outcomeMeasureRows([f('retentionParticipants', 'rate', 96), f('retentionComparison', 'statistic', 97.1), f('retentionDifference', 'statistic', -1.1), f('retentionDifferenceLow', 'statistic', -16.8), f('retentionDifferenceHigh', 'statistic', 5.1)]);
    expect(rows).toEqual([{ measure: 'Retained in the organisation', participants: '96%', comparison: '97.1%', difference: '-1.1', interval: '-16.8 to 5.1' }]);
  });

  it('says why an interval is withheld instead of showing half of it', () => {
    const withheld = { suppressed: true, reason: 'SMALL_BASE', value: null };
    const rows = outcomeMeasureRows([f('promotionParticipants', 'rate', null, withheld), f('promotionDifferenceLow', 'statistic', null, withheld), f('promotionDifferenceHigh', 'statistic', 3)]);
    expect(rows[0]).toMatchObject({ participants: 'withheld: base under 8', interval: 'withheld: base under 8' });
  });

  it('lists the group sizes', () => {
    expect(groupSizes([f('comparisonPeople', 'count', 170), f('participants', 'count', 25), f('retentionParticipants', 'rate', 96)]).map((figure) => figure.name)).toEqual(['participants', 'comparisonPeople']);
  });
});
