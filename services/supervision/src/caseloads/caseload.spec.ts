import { applyMatchingFact, emptyCaseload, type Caseload } from './caseload';
import { availability, COACH, relationshipFacts } from './caseload.fixtures';
import { caseloadView } from './caseload-view';
import type { MatchingFact } from './matching-facts';
import { pseudonymFor } from './pseudonym';
import { DEFAULT_SUPERVISION_POLICY } from './supervision-policy';

const fold = (facts: MatchingFact[]): Caseload => facts.reduce(applyMatchingFact, emptyCaseload(COACH));

const a = relationshipFacts('rel-a');
const b = relationshipFacts('rel-b');
const c = relationshipFacts('rel-c');
const d = relationshipFacts('rel-d');
const today = '2026-06-20';

const history: MatchingFact[] = [
  availability('2026-01-05', 3),
  a.introduced('2026-01-10', '2026-01-17'),
  a.chemistry('2026-01-17'),
  a.activated('2026-01-20', '2026-07-20'),
  a.session('s1', '2026-02-18'),
  a.cancelled('s2', '2026-03-18'),
  a.session('s3', '2026-05-02', 75),
  b.introduced('2026-06-01', '2026-06-10'),
  c.introduced('2025-03-01'),
  c.activated('2025-03-10', '2025-09-10'),
  c.closed('2025-09-12', 6),
  d.introduced('2025-01-01'),
  d.activated('2025-01-10', '2025-07-10'),
  d.closed('2025-06-15', 4),
];

describe('a coach’s caseload view', () => {
  const view = caseloadView(fold(history), today, DEFAULT_SUPERVISION_POLICY);

  it('shows active relationships with start, months running, sessions held, last and next session due', () => {
    expect(view.active).toEqual([
      {
        reference: pseudonymFor('rel-a'),
        programme: 'GENERAL',
        role: 'COACH',
        startedOn: '2026-01-20',
        monthsRunning: 5,
        sessionsHeld: 2,
        lastSessionOn: '2026-05-02',
        nextSessionDueOn: '2026-06-02',
        reviewDueOn: '2026-07-20',
        status: 'active',
      },
    ]);
  });

  it('shows waiting introductions, and capacity used counts them with the active ones', () => {
    expect(view.waitingIntroductions).toEqual([
      {
        reference: pseudonymFor('rel-b'),
        programme: 'GENERAL',
        role: 'COACH',
        introducedOn: '2026-06-01',
        chemistryMeetingOn: '2026-06-10',
        chemistryHeldOn: null,
        daysWaiting: 19,
      },
    ]);
    expect(view).toMatchObject({ capacity: 3, capacityUsed: 2, paused: false, unresponsive: false, organisationId: 'trust-1' });
  });

  it('shows relationships closed in the last twelve months with their reasons, not older ones', () => {
    expect(view.closedRecently).toEqual([
      { reference: pseudonymFor('rel-c'), programme: 'GENERAL', role: 'COACH', startedOn: '2025-03-10', closedOn: '2025-09-12', reason: 'GOALS_MET', outcome: 'ACHIEVED', sessionsHeld: 6 },
    ]);
  });

  it('never carries the coachee’s id, only a pseudonymous reference', () => {
    const caseload = fold(history);
    expect(JSON.stringify(caseload)).not.toContain('coachee-of');
    expect(JSON.stringify(view)).not.toContain('rel-a');
    expect(pseudonymFor('rel-a')).toMatch(/^R-[0-9A-F]{8}$/);
    expect(pseudonymFor('rel-a')).toBe(pseudonymFor('rel-a'));
    expect(pseudonymFor('rel-a')).not.toBe(pseudonymFor('rel-b'));
  });

  it('moves a relationship through review due, extended and past its end', () => {
    const reviewed = fold([...history, a.sixMonthCheck('2026-07-20')]);
    expect(caseloadView(reviewed, '2026-07-01').active[0].status).toBe('review_due');
    const extended = fold([...history, a.sixMonthCheck('2026-07-20'), a.extended('2026-07-21', '2026-10-20')]);
    expect(caseloadView(extended, '2026-08-01').active[0].status).toBe('extended');
    expect(caseloadView(extended, '2026-10-21').active[0].status).toBe('past_end');
    expect(caseloadView(fold(history), '2026-07-20').active[0].status).toBe('review_due');
  });

  it('gives the place back when an introduction is declined or a relationship closes', () => {
    const view = caseloadView(fold([...history, b.declined('2026-06-15'), a.closed('2026-06-18', 2)]), today);
    expect(view).toMatchObject({ capacityUsed: 0, active: [], waitingIntroductions: [] });
    expect(view.closedRecently.map(({ closedOn }) => closedOn)).toEqual(['2026-06-18', '2025-09-12']);
  });

  it('uses the default capacity until matching says otherwise, and shows a pause', () => {
    expect(caseloadView(fold([a.introduced('2026-06-01')]), today).capacity).toBe(2);
    expect(caseloadView(fold([...history, availability('2026-06-19', 3, true)]), today)).toMatchObject({ capacity: 3, paused: true });
  });
});

describe('folding matching’s facts', () => {
  it('ignores facts about other coaches and about relationships it never saw introduced', () => {
    const other = relationshipFacts('rel-x', 'someone-else');
    expect(fold([other.introduced('2026-01-01'), availability('2026-01-01', 5, false, 'someone-else')])).toEqual(emptyCaseload(COACH));
    expect(fold([a.session('s1', '2026-02-18')])).toEqual(emptyCaseload(COACH));
  });

  it('counts a session delivered twice once, and a corrected session by its latest version', () => {
    const base = [a.introduced('2026-01-10'), a.activated('2026-01-20', '2026-07-20')];
    const once = caseloadView(fold([...base, a.session('s1', '2026-02-18')]), today);
    const twice = caseloadView(fold([...base, a.session('s1', '2026-02-18'), a.session('s1', '2026-02-18')]), today);
    expect(twice).toEqual(once);
    const corrected = caseloadView(fold([...base, a.session('s1', '2026-02-18'), a.session('s1', '2026-02-19')]), today);
    expect(corrected.active[0]).toMatchObject({ sessionsHeld: 1, lastSessionOn: '2026-02-19' });
  });

  it('records whether the coach is unresponsive', () => {
    const unresponsive: MatchingFact = { type: 'CoachResponsivenessChanged', coachId: COACH, organisationId: 'trust-1', unresponsive: true, occurredAt: '2026-06-01T09:00:00Z' };
    expect(caseloadView(fold([unresponsive]), today).unresponsive).toBe(true);
  });
});
