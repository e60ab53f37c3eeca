import { randomUUID } from 'node:crypto';
import type { Principal } from '@tapestry/auth';
import { codesOf, dataOf, principalOf, startMatchingTestApp, type MatchingTestApp } from '../testing';

jest.setTimeout(60_000);

const OWN_FIELDS = 'coachId capacity tags formats paused gender';
const MY_COACH_PROFILE = `query { myCoachProfile { ${OWN_FIELDS} } }`;
const SET_PREFERENCES = `mutation($input: CoachPreferencesInput!) { setCoachPreferences(input: $input) { ${OWN_FIELDS} } }`;
const POOL_WITH_GENDER = 'query { pool { coachId gender } }';
const WHOLE_POOL = `query { pool { coachId name organisationId siteId directorateId staffGroup shiftPattern eligibility { programme kind } capacity activeRelationships
  siteIds tags formats paused unresponsive flaggedSince averageAnswerHours lastActiveAt } }`;

interface OwnProfile {
  coachId: string;
  capacity: number;
  tags: string[];
  formats: string[];
  paused: boolean;
  gender: string | null;
}

describe('matching: the gender a coach or mentor gives is theirs alone to read back', () => {
  let matching: MatchingTestApp;
  const organisationId = randomUUID();
  let lead: Principal;
  let mentor: Principal;

  beforeAll(async () => {
    matching = await startMatchingTestApp();
    lead = principalOf(await matching.people.withRole(organisationId, 'programme_lead'));
    const person = await matching.people.add({ organisationId, displayName: 'Morgan Mentor' });
    await matching.people.makeEligible(person, 'GENERAL', 'mentoring');
    mentor = principalOf(person);
  });

  afterAll(async () => {
    await matching?.close();
  });

  const setPreferences = (input: Record<string, unknown>) => matching.graphql<{ setCoachPreferences: OwnProfile }>(SET_PREFERENCES, { input: { capacity: 2, ...input } }, mentor);
  const saved = async (input: Record<string, unknown>) => dataOf(await setPreferences(input)).setCoachPreferences;
  const myProfile = async (who: Principal = mentor) => dataOf(await matching.graphql<{ myCoachProfile: OwnProfile | null }>(MY_COACH_PROFILE, {}, who)).myCoachProfile;

  it('reads back the gender they set, trimmed, and none once they set it to null', async () => {
    expect((await saved({ gender: '  Woman ', tags: ['returned from maternity leave'] })).gender).toBe('Woman');
    expect(await myProfile()).toEqual(expect.objectContaining({ coachId: mentor.personId, gender: 'Woman', tags: ['returned from maternity leave'] }));

    expect((await saved({ gender: null, capacity: 1 })).gender).toBeNull();
    expect(await myProfile()).toEqual(expect.objectContaining({ capacity: 1, gender: null }));
  });

  it('refuses a gender longer than 40 characters, naming the field, and keeps the one given before', async () => {
    await saved({ gender: 'Non-binary' });

    const refused = await setPreferences({ gender: 'x'.repeat(41) });
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.extensions).toEqual(expect.objectContaining({ field: 'Gender', maxLength: 40 }));
    expect((await myProfile())?.gender).toBe('Non-binary');
  });

  it('is not in what a programme lead reads: the pool has no gender field, and nothing else in it carries the gender', async () => {
    await saved({ gender: 'Woman' });

    expect(codesOf(await matching.graphql(POOL_WITH_GENDER, {}, lead))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const pool = dataOf(await matching.graphql<{ pool: Array<{ coachId: string }> }>(WHOLE_POOL, {}, lead)).pool;
    expect(pool.map((coach) => coach.coachId)).toEqual([mentor.personId]);
    expect(JSON.stringify(pool)).not.toContain('Woman');
    // The self query answers for whoever asks: the lead, not in the pool, gets nothing of the mentor's.
    expect(await myProfile(lead)).toBeNull();
  });
});
