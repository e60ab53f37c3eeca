import { checkDecision, participationStatusName, whatAgreeingMeans } from './words';

const BOOKLET = { maxPeopleAtATime: 2, sessionsPerMonth: 1, maxSessionHours: 1.5, maxMonths: 6 };

describe('what a line manager’s agreement releases', () => {
  it('works out the most time a month a coach spends from the booklet’s limits', () => {
    const sentences = whatAgreeingMeans('PRACTISE_AS_COACH', BOOKLET);
    expect(sentences[0]).toBe('They coach up to 2 colleagues at a time, meeting each once a month for up to 1.5 hours.');
    expect(sentences[1]).toMatch(/^That is up to 3 hours a month of protected time, with each relationship lasting up to 6 months\.$/);
  });

  it('follows the booklet when its limits change', () => {
    expect(whatAgreeingMeans('PRACTISE_AS_MENTOR', { ...BOOKLET, maxPeopleAtATime: 3, sessionsPerMonth: 2, maxSessionHours: 1 })[1]).toMatch(/up to 6 hours a month/);
  });

  it('for someone released to be coached, counts their own sessions only', () => {
    const sentences = whatAgreeingMeans('RELEASE_FOR_COACHING', BOOKLET);
    expect(sentences[0]).toBe('They meet their coach or mentor once a month, for up to 1.5 hours each time, in work time.');
    expect(sentences[1]).toBe('That is up to 1.5 hours a month, for up to 6 months.');
  });
});

describe('deciding a request', () => {
  it('needs a decision, and a reason only when declining', () => {
    expect(checkDecision('', '').map((problem) => problem.field)).toEqual(['decision']);
    expect(checkDecision('decline', '  ').map((problem) => problem.field)).toEqual(['reason']);
    expect(checkDecision('decline', 'Short-staffed until March')).toEqual([]);
    expect(checkDecision('approve', '')).toEqual([]);
  });

  it('says how far along a report is, never more', () => {
    expect(participationStatusName('active')).toBe('Taking part');
    expect(participationStatusName('requested')).toBe('Asked for support');
  });
});
