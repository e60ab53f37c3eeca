import { coach, request, roundInput, weeksBefore } from './round.fixtures';
import type { OpenRequest, PoolCoach } from './round.types';
import { runRound } from './run-round';

async function onlyProposal(wanting: OpenRequest, giving: PoolCoach) {
  const result = await runRound(roundInput({ requests: [wanting], coaches: [giving] }));
  expect(result.proposals).toHaveLength(1);
  return result.proposals[0];
}

describe('reasons in words', () => {
  it('explains a mentoring match the way a lead would', async () => {
    const proposal = await onlyProposal(
      request('r1', {
        requester: { siteId: 'site-a', shiftPattern: 'nights', directorateId: 'dir-surgery' },
        topics: ['led a band-7 interview panel'],
        goals: 'I am starting a quality improvement project on my ward and feel out of my depth.',
        preferences: { shiftCompatible: true, outsideDirectorate: true },
        requestedAt: weeksBefore(9.5),
      }),
      coach('c1', {
        person: { siteId: 'site-a', shiftPattern: 'nights', directorateId: 'dir-medicine' },
        tags: ['led a band-7 interview panel', 'ran a quality improvement project', 'worked in ICU'],
      }),
    );
    expect(proposal.reasons).toEqual([
      'same site',
      'both on nights',
      'mentor has led a band-7 interview panel',
      'mentor has ran a quality improvement project',
      'outside your directorate',
      'waiting 9 weeks',
      'mentor has no other mentees yet',
    ]);
    expect(proposal.parts).toEqual({ location: 1, shift: 1, experience: 1, silo: 1, waiting: expect.closeTo(9.5 / 12, 6), load: 1 });
  });

  it('speaks of a coach for coaching, and of meeting at the requester site', async () => {
    const proposal = await onlyProposal(
      request('r1', {
        kind: 'coaching',
        requester: { siteId: 'site-a', shiftPattern: 'days', staffGroup: 'nursing' },
        preferences: { shiftCompatible: true, outsideStaffGroup: true },
        requestedAt: weeksBefore(1),
      }),
      coach('c1', {
        activeRelationships: 1,
        siteIds: ['site-b', 'site-a'],
        person: { siteId: 'site-b', shiftPattern: 'flexible', staffGroup: 'allied health' },
      }),
    );
    expect(proposal.reasons).toEqual(['coach can meet at your site', 'coach works flexibly', 'from another staff group', 'waiting 1 week']);
  });

  it('gives no shift reason for nights against days, and scores that fit at zero', async () => {
    const proposal = await onlyProposal(
      request('r1', { requester: { shiftPattern: 'nights' }, preferences: { shiftCompatible: true }, requestedAt: weeksBefore(0.5) }),
      coach('c1', { person: { shiftPattern: 'days', siteId: 'site-b' }, formats: ['remote'] }),
    );
    expect(proposal.parts.shift).toBe(0);
    expect(proposal.reasons).toEqual(['can meet remotely', 'mentor has no other mentees yet']);
  });

  it('gives the weighted total of the parts as the score', async () => {
    const proposal = await onlyProposal(request('r1', { requestedAt: weeksBefore(6) }), coach('c1'));
    // location 1 + shift 1 (not asked) + 2 x experience 1 (nothing asked) + silo 1 (not asked) + waiting 0.5 + load 1.
    expect(proposal.score).toBe(6.5);
  });
});
