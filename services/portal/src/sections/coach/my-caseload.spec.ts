import type { RelationshipSummary } from '../staff/coaching-api';
import { asCoach } from './my-caseload';

const relationship = (id: string, status: string, mySide: string): RelationshipSummary => ({
  id,
  status,
  mySide,
  programme: 'GENERAL',
  kind: 'MENTORING',
  coach: { id: 'c', name: 'Ophelia West' },
  coachee: { id: 'e', name: 'Reagan Jerde' },
  introducedAt: '2026-11-01T12:00:00Z',
  chemistryMeetingAt: '2026-11-08T12:00:00Z',
  chemistryHeldOn: null,
  confirmedBy: [],
  activeFrom: null,
  reviewDueOn: null,
  closedOn: null,
  sessionsHeld: 0,
  minutesHeld: 0,
  lastSessionOn: null,
});

describe('asCoach', () => {
  it('keeps only relationships where the person is the coach or mentor, split by where they stand', () => {
    const split = asCoach([
      relationship('a', 'introduced', 'coach'),
      relationship('b', 'active', 'coach'),
      relationship('c', 'closed', 'coach'),
      relationship('d', 'declined', 'coach'),
      relationship('e', 'active', 'coachee'),
    ]);
    expect(split.introductions.map((item) => item.id)).toEqual(['a']);
    expect(split.active.map((item) => item.id)).toEqual(['b']);
    expect(split.ended.map((item) => item.id)).toEqual(['c', 'd']);
  });
});
