import { bandRank } from './agenda-for-change';
import { serviceLengthBand } from './employment';

describe('serviceLengthBand', () => {
  it.each([
    ['2023-03-01', '2024-02-29', '<1y'],
    ['2023-03-01', '2024-03-01', '1-2y'],
    // A 29 February start has its anniversaries on 28 February in other years.
    ['2020-02-29', '2021-02-27', '<1y'],
    ['2020-02-29', '2021-02-28', '1-2y'],
    ['2019-06-15', '2021-06-14', '1-2y'],
    ['2019-06-15', '2021-06-15', '2-5y'],
    ['2015-01-01', '2019-12-31', '2-5y'],
    ['2015-01-01', '2020-01-01', '5-10y'],
    ['2010-01-01', '2019-12-31', '5-10y'],
    ['2010-01-01', '2020-01-01', '10y+'],
    ['2024-05-01', '2024-04-01', '<1y'],
  ])('from %s on %s is %s', (start, day, band) => {
    expect(serviceLengthBand(start, day)).toBe(band);
  });
});

describe('bandRank', () => {
  it('orders the Agenda for Change ladder with band 8 split into ranges a to d', () => {
    const ladder = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'].map(bandRank);
    expect(ladder).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('reads the spellings exports use', () => {
    expect(bandRank('Band 6')).toBe(bandRank('6'));
    expect(bandRank(' AfC  Band 8a ')).toBe(bandRank('8a'));
    expect(bandRank('Review Body Band 8 - Range C')).toBe(bandRank('8c'));
  });

  it('finds no place on the ladder for medical grades, other scales or a bare band 8', () => {
    for (const text of ['Consultant', 'ST3', 'Very Senior Manager', '8', '10', '']) expect(bandRank(text)).toBeUndefined();
  });
});
