import type { RelationshipSummary } from '../staff/coaching-api';
import type { Concern } from '../../api/supervision';
import { auditLine, checkConcern, concernSubjects, raisedBy } from './concern-words';

const relationship = (id: string, status: string, mySide: string, name: string): RelationshipSummary => ({
  id,
  status,
  mySide,
  programme: 'GENERAL',
  kind: 'MENTORING',
  coach: { id: 'me', name: 'Ophelia West' },
  coachee: { id: `person-${id}`, name },
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

const concern = (id: string, by: string, raisedAt: string): Concern => ({
  id,
  kind: 'ETHICAL',
  relationshipId: 'r',
  raisedBy: by,
  summary: 'A boundary question.',
  status: 'raised',
  raisedAt,
  resolution: null,
  resolvedAt: null,
  audit: [],
});

describe('concernSubjects', () => {
  it('offers only the people the coach supports or supported, named with where the relationship stands', () => {
    const options = concernSubjects([relationship('a', 'active', 'coach', 'Reagan Jerde'), relationship('b', 'closed', 'coach', 'Sam Lee'), relationship('c', 'active', 'coachee', 'My own mentor')]);
    expect(options.map((option) => option.value)).toEqual(['a', 'b']);
    expect(options[0]?.label).toBe('Reagan Jerde, your mentee in General coaching and mentoring (active)');
    expect(options[1]?.label).toMatch(/\(ended\)$/);
  });
});

describe('raisedBy', () => {
  it('keeps the concerns the person raised, newest first, leaving those sent to them', () => {
    const mine = raisedBy([concern('old', 'me', '2026-01-02T10:00:00Z'), concern('theirs', 'other', '2026-03-01T10:00:00Z'), concern('new', 'me', '2026-02-02T10:00:00Z')], 'me');
    expect(mine.map((item) => item.id)).toEqual(['new', 'old']);
  });
});

describe('auditLine', () => {
  it('names the coach as "you" and anyone else only as someone it went to', () => {
    expect(auditLine({ actorId: 'me', action: 'raised' }, 'me')).toBe('Raised by you');
    expect(auditLine({ actorId: 'sup', action: 'resolved' }, 'me')).toBe('Resolved by someone it went to');
  });
});

describe('checkConcern', () => {
  it('asks for who, what kind and what, before anything is sent', () => {
    expect(checkConcern({ relationshipId: '', kind: '', summary: '  ' }).map((problem) => [problem.field, problem.message])).toEqual([
      ['relationshipId', 'Select who the concern is about'],
      ['kind', 'Select whether it is a safeguarding or an ethical concern'],
      ['summary', 'Enter what your concern is'],
    ]);
  });

  it('refuses a concern longer than the service keeps and accepts a complete one', () => {
    expect(checkConcern({ relationshipId: 'a', kind: 'SAFEGUARDING', summary: 'x'.repeat(8001) })[0]?.message).toBe('Your concern must be 8,000 characters or fewer');
    expect(checkConcern({ relationshipId: 'a', kind: 'ETHICAL', summary: 'A gift was offered.' })).toEqual([]);
  });
});
