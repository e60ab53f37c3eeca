import type { Concern } from '../../api/supervision';
import { actorName, byUrgency } from './concern-words';

const concern = (id: string, change: Partial<Concern>): Concern => ({
  id,
  kind: 'ETHICAL',
  relationshipId: 'r',
  raisedBy: 'coach',
  summary: 'A worry',
  status: 'raised',
  raisedAt: '2026-11-01T10:00:00Z',
  resolution: null,
  resolvedAt: null,
  audit: [],
  ...change,
});

describe('concerns as a supervisor reads them', () => {
  it('names people the supervisor knows and no one else', () => {
    const coaches = new Map([['coach', 'Ova O’Connell']]);
    expect(actorName('me', 'me', coaches)).toBe('You');
    expect(actorName('coach', 'me', coaches)).toBe('Ova O’Connell');
    expect(actorName('lead', 'me', coaches)).toBe('Someone else it went to');
  });

  it('lists open safeguarding concerns first, resolved ones last, newest first within each', () => {
    const order = [
      concern('resolved', { kind: 'SAFEGUARDING', status: 'resolved', raisedAt: '2026-11-20T10:00:00Z' }),
      concern('old-ethical', { raisedAt: '2026-10-01T10:00:00Z' }),
      concern('safeguarding', { kind: 'SAFEGUARDING', raisedAt: '2026-09-01T10:00:00Z' }),
      concern('new-ethical', { raisedAt: '2026-11-10T10:00:00Z' }),
    ]
      .sort(byUrgency)
      .map((item) => item.id);
    expect(order).toEqual(['safeguarding', 'new-ethical', 'old-ethical', 'resolved']);
  });
});
