import { datesInWords, factRows, flagName } from './format';

describe('supervision words', () => {
  it('names flags in words', () => {
    expect(flagName('NO_RECENT_SESSION')).toBe('No recent session');
  });
});

describe('the facts behind a flag', () => {
  it('lists each fact with a label and a readable value, never as JSON', () => {
    const facts = JSON.stringify({ lastSessionOn: '2026-09-01', activeFrom: '2026-06-23', daysWithoutSession: 84, limitWeeks: 6 });
    expect(factRows(facts)).toEqual([
      { key: 'Last session', value: '1 September 2026' },
      { key: 'Started on', value: '23 June 2026' },
      { key: 'Days without a session', value: '84' },
      { key: 'Limit (weeks)', value: '6' },
    ]);
  });

  it('reads lists, "none" and reasons in words and keeps relationship references as they are', () => {
    const rows = factRows(JSON.stringify({ reasons: ['CLINICAL_PRESSURE', 'SICKNESS'], references: ['R-1F9FA4FF'], lastSupervisionOn: 'none' }));
    expect(rows).toEqual([
      { key: 'Reasons', value: 'Clinical pressure, Sickness' },
      { key: 'Relationships', value: 'R-1F9FA4FF' },
      { key: 'Last supervision session', value: 'None' },
    ]);
  });

  it('labels a fact it does not know from its name, and shows nothing for facts it cannot read', () => {
    expect(factRows(JSON.stringify({ newFactName: 3 }))).toEqual([{ key: 'New fact name', value: '3' }]);
    expect(factRows('not json')).toEqual([]);
  });
});

describe('a flag’s message', () => {
  it('reads its dates in words', () => {
    expect(datesInWords('No session since 2026-09-07 (78 days).')).toBe('No session since 7 September 2026 (78 days).');
  });
});
