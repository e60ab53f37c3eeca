import type { Caseload, CaseloadRelationship } from './api';
import { availabilityOf, byAttention, summarise } from './caseload-summary';

const relationship = (sessionsHeld: number, lastSessionOn: string | null): CaseloadRelationship => ({
  reference: 'R-00000000',
  programme: 'GENERAL',
  role: 'MENTOR',
  startedOn: '2026-06-01',
  monthsRunning: 2,
  sessionsHeld,
  lastSessionOn,
  nextSessionDueOn: null,
  reviewDueOn: null,
  status: 'active',
  closedOn: null,
  closureReason: null,
});

const caseload = (change: Partial<Caseload> = {}): Caseload => ({
  coachId: 'c1',
  coachName: 'Ova O’Connell',
  capacity: 2,
  capacityUsed: 0,
  paused: false,
  pausedBySupervisor: false,
  unresponsive: false,
  active: [],
  waitingIntroductions: [],
  closedRecently: [],
  flags: [],
  fatigue: { level: 'low', points: 0, factors: [] },
  ...change,
});

describe('a coach’s line in the caseloads table', () => {
  it('changes when a mentee logs a session: one more held, and its day as the last session', () => {
    const before = summarise(caseload({ capacityUsed: 1, active: [relationship(0, null)] }));
    const after = summarise(caseload({ capacityUsed: 1, active: [relationship(1, '2026-11-20')] }));
    expect([before.sessionsHeld, before.lastSessionOn]).toEqual([0, null]);
    expect([after.sessionsHeld, after.lastSessionOn]).toEqual([1, '2026-11-20']);
  });

  it('adds sessions across current relationships and takes the latest day', () => {
    const summary = summarise(caseload({ capacityUsed: 2, active: [relationship(5, '2026-11-07'), relationship(1, '2026-10-27')] }));
    expect(summary).toMatchObject({ placesUsed: '2 of 2', activeRelationships: 2, sessionsHeld: 6, lastSessionOn: '2026-11-07' });
  });

  it('says who paused a coach', () => {
    expect(availabilityOf({ paused: true, pausedBySupervisor: true, unresponsive: false })).toBe('Paused by supervisor');
    expect(availabilityOf({ paused: true, pausedBySupervisor: false, unresponsive: false })).toBe('Paused by themself');
    expect(availabilityOf({ paused: false, pausedBySupervisor: false, unresponsive: true })).toBe('Not responding');
  });

  it('puts coaches with flags first', () => {
    const flagged = caseload({ coachName: 'Zed', flags: [{ kind: 'LOW_WELLBEING', reference: null, message: 'Low', facts: '{}' }] });
    const names = [caseload({ coachName: 'Bea' }), flagged, caseload({ coachName: 'Al' })].sort(byAttention).map((item) => item.coachName);
    expect(names).toEqual(['Zed', 'Al', 'Bea']);
  });
});
