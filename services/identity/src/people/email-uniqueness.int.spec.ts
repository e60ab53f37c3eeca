import { bootstrapOrganisation, codesOf, dataOf, startIdentityTestApp, type BootstrappedOrganisation, type IdentityTestApp } from '../testing';

// A whole service on a shared 2-core machine: starting it and argon2 sign-ins can be slow under load.
jest.setTimeout(60_000);

const REGISTER = 'mutation Register($input: RegisterPersonInput!) { registerPerson(input: $input) { id email } }';
const UPDATE = 'mutation Update($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id email } }';

interface Reservation {
  type: string;
  personId: string;
}

describe('identity: a work email belongs to one person', () => {
  let identity: IdentityTestApp;
  let trust: BootstrappedOrganisation;

  const registration = (givenName: string, email: string) => ({
    organisationId: trust.organisation.id,
    givenName,
    familyName: 'Nwosu',
    email,
    jobTitle: 'Physiotherapist',
    staffGroup: 'allied_health_professionals',
    band: 'Band 6',
    shiftPattern: 'DAYS',
    clinical: true,
    startDate: '2020-02-03',
  });
  const register = (givenName: string, email: string) =>
    identity.graphql<{ registerPerson: { id: string; email: string } }>(REGISTER, { input: registration(givenName, email) }, trust.admin);
  const changeEmail = (id: string, email: string) =>
    identity.graphql<{ updatePerson: { id: string; email: string } }>(UPDATE, { id, input: { email } }, trust.admin);
  const reservations = async (email: string): Promise<Reservation[]> => {
    const { rows } = await identity.pool.query<Reservation>(
      "SELECT type, data->>'personId' AS \"personId\" FROM events WHERE stream_id = $1 ORDER BY stream_version",
      [`email-${email}`],
    );
    return rows;
  };
  const emailOf = async (personId: string): Promise<string | undefined> =>
    (await identity.pool.query<{ email: string }>('SELECT email FROM people WHERE id = $1', [personId])).rows[0]?.email;

  beforeAll(async () => {
    identity = await startIdentityTestApp();
    trust = await bootstrapOrganisation(identity.commandBus);
  });

  afterAll(() => identity.close());

  it('lets exactly one of ten concurrent registrations with the same email through', async () => {
    const email = 'ade.nwosu@riverside.example';

    const replies = await Promise.all(Array.from({ length: 10 }, (_, n) => register(`Ade${n}`, email)));

    const succeeded = replies.filter((reply) => !reply.errors);
    expect(succeeded).toHaveLength(1);
    const refusals = replies.filter((reply) => reply.errors).map(codesOf);
    expect(refusals).toHaveLength(9);
    for (const codes of refusals) expect(codes).toEqual([expect.stringMatching(/^(DUPLICATE_EMAIL|CONFLICT)$/) as unknown]);
    const winner = dataOf(succeeded[0] ?? replies[0]).registerPerson;
    const { rows: holders } = await identity.pool.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [email]);
    expect(holders).toEqual([{ id: winner.id }]);
    expect(await reservations(email)).toEqual([{ type: 'EmailReserved', personId: winner.id }]);
    const registered = await identity.pool.query("SELECT 1 FROM events WHERE type = 'PersonRegistered' AND data->>'email' = $1", [email]);
    expect(registered.rowCount).toBe(1);
  });

  it('lets two people swap emails in sequence: an address is claimable once its holder has let it go', async () => {
    const a = dataOf(await register('Alex', 'alex.nwosu@riverside.example')).registerPerson;
    const b = dataOf(await register('Bea', 'bea.nwosu@riverside.example')).registerPerson;

    expect(codesOf(await changeEmail(a.id, b.email))).toEqual(['DUPLICATE_EMAIL']);
    expect(dataOf(await changeEmail(a.id, 'alex.nwosu.temp@riverside.example')).updatePerson.email).toBe('alex.nwosu.temp@riverside.example');
    expect(dataOf(await changeEmail(b.id, a.email)).updatePerson.email).toBe(a.email);
    expect(dataOf(await changeEmail(a.id, b.email)).updatePerson.email).toBe(b.email);

    expect([await emailOf(a.id), await emailOf(b.id)]).toEqual([b.email, a.email]);
    expect(await reservations(a.email)).toEqual([
      { type: 'EmailReserved', personId: a.id },
      { type: 'EmailReleased', personId: a.id },
      { type: 'EmailReserved', personId: b.id },
    ]);
    expect(await reservations(b.email)).toEqual([
      { type: 'EmailReserved', personId: b.id },
      { type: 'EmailReleased', personId: b.id },
      { type: 'EmailReserved', personId: a.id },
    ]);
    expect((await reservations('alex.nwosu.temp@riverside.example')).map((event) => event.type)).toEqual(['EmailReserved', 'EmailReleased']);
  });
});
