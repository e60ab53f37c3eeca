import { randomUUID } from 'node:crypto';
import { bootstrapOrganisation, codesOf, dataOf, startIdentityTestApp, type BootstrappedOrganisation, type IdentityTestApp } from '../testing';
import { esrStaffRecords, toCsv, type EsrRecord } from './esr-staff.fixture';

// A whole service on a shared 2-core machine: starting it and argon2 sign-ins can be slow under load.
jest.setTimeout(60_000);

const IMPORT = `
  mutation Import($org: ID!, $csv: String!) {
    importStaff(organisationId: $org, csv: $csv) { registered updated moved unchanged sitesCreated directoratesCreated }
  }`;
const PEOPLE = `
  query People($org: ID!, $after: String) {
    people(organisationId: $org, first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id employeeNumber email givenName familyName jobTitle staffGroup band siteName directorateName lineManagerId } }
    }
  }`;

interface ImportSummary {
  registered: number;
  updated: number;
  moved: number;
  unchanged: number;
  sitesCreated: number;
  directoratesCreated: number;
}
interface ListedPerson {
  id: string;
  employeeNumber: string | null;
  email: string;
  givenName: string;
  familyName: string;
  jobTitle: string;
  staffGroup: string;
  band: string;
  siteName: string | null;
  directorateName: string | null;
  lineManagerId: string | null;
}
interface PeoplePage {
  people: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: ListedPerson }[] };
}

/** The generated trust: 40 people, then 5 more joiners with the same seed (the first 40 rows are identical). */
const STAFF = esrStaffRecords(45);
const FIRST_LIST = STAFF.slice(0, 40);
/** A row's line in the file: the header is line 1. */
const lineOf = (index: number): number => index + 2;

describe('identity: importing an ESR staff list', () => {
  let identity: IdentityTestApp;
  let trust: BootstrappedOrganisation;

  const importStaff = (records: EsrRecord[]) => identity.graphql<{ importStaff: ImportSummary }>(IMPORT, { org: trust.organisation.id, csv: toCsv(records) }, trust.admin);
  const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await identity.pool.query<{ n: string }>(sql, params)).rows[0]?.n);
  const eventCount = () => count('SELECT count(*) AS n FROM events');
  const peopleCount = () => count('SELECT count(*) AS n FROM people WHERE organisation_id = $1', [trust.organisation.id]);
  const everyone = async (): Promise<ListedPerson[]> => {
    const listed: ListedPerson[] = [];
    let after: string | null = null;
    for (;;) {
      const page: PeoplePage = dataOf(await identity.graphql<PeoplePage>(PEOPLE, { org: trust.organisation.id, after }, trust.admin));
      listed.push(...page.people.edges.map((edge) => edge.node));
      if (!page.people.pageInfo.hasNextPage) return listed;
      after = page.people.pageInfo.endCursor;
    }
  };
  const byEmployeeNumber = async (): Promise<Map<string, ListedPerson>> =>
    new Map((await everyone()).flatMap((person) => (person.employeeNumber ? [[person.employeeNumber, person] as const] : [])));

  beforeAll(async () => {
    identity = await startIdentityTestApp();
    trust = await bootstrapOrganisation(identity.commandBus, { name: 'Riverside University Hospitals NHS Foundation Trust', odsCode: 'RRV' });
  });

  afterAll(() => identity.close());

  it('imports every row of the file, creating its sites and directorates, and people() lists them all', async () => {
    const reply = await importStaff(FIRST_LIST);

    expect(dataOf(reply).importStaff).toEqual({
      registered: 40,
      updated: 0,
      moved: 0,
      unchanged: 0,
      sitesCreated: new Set(FIRST_LIST.map((record) => record.Location)).size,
      directoratesCreated: new Set(FIRST_LIST.map((record) => record.Organisation)).size,
    });
    const people = await byEmployeeNumber();
    expect([...people.keys()].sort()).toEqual(FIRST_LIST.map((record) => record['Employee Number']).sort());
    for (const record of FIRST_LIST) {
      const person = people.get(record['Employee Number']);
      const manager = record['Supervisor Employee Number'] ? people.get(record['Supervisor Employee Number'])?.id : null;
      expect(person).toMatchObject({
        email: record['Work Email Address'].toLowerCase(),
        givenName: record['First Name'],
        familyName: record['Last Name'],
        jobTitle: record['Position Title'],
        staffGroup: record['Staff Group'],
        siteName: record.Location,
        directorateName: record.Organisation,
        lineManagerId: manager,
      });
    }
    // The admin who did the import, plus the 40 imported.
    expect(await peopleCount()).toBe(41);
  });

  it('changes nothing when the same file is imported again', async () => {
    const [eventsBefore, peopleBefore] = await Promise.all([eventCount(), everyone()]);

    const reply = await importStaff(FIRST_LIST);

    expect(dataOf(reply).importStaff).toEqual({ registered: 0, updated: 0, moved: 0, unchanged: 40, sitesCreated: 0, directoratesCreated: 0 });
    expect(await eventCount()).toBe(eventsBefore);
    expect(await everyone()).toEqual(peopleBefore);
  });

  it('records a changed band as a move, with where the person moved from and to', async () => {
    const index = FIRST_LIST.findIndex((record) => record.Grade === 'Band 5');
    const promoted = FIRST_LIST.map((record, at) => (at === index ? { ...record, Grade: 'Band 6' } : record));
    const employeeNumber = FIRST_LIST[index]?.['Employee Number'] ?? '';
    const eventsBefore = await eventCount();

    const reply = await importStaff(promoted);

    expect(dataOf(reply).importStaff).toEqual({ registered: 0, updated: 0, moved: 1, unchanged: 39, sitesCreated: 0, directoratesCreated: 0 });
    expect(await eventCount()).toBe(eventsBefore + 1);
    const person = (await byEmployeeNumber()).get(employeeNumber);
    expect(person?.band).toBe('Band 6');
    const { rows } = await identity.pool.query<{ data: unknown }>(
      "SELECT data FROM events WHERE stream_id = $1 AND type = 'PersonMoved' ORDER BY global_position",
      [`person-${person?.id}`],
    );
    expect(rows.map((row) => row.data)).toEqual([
      {
        personId: person?.id,
        effectiveDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown,
        from: { band: { scheme: 'agenda_for_change', band: '5' } },
        to: { band: { scheme: 'agenda_for_change', band: '6' } },
      },
    ]);
    // The trust now stands as the promoted file says; the tests below start from there.
    FIRST_LIST.splice(index, 1, promoted[index]);
  });

  it('rejects a file with three bad rows, listing each by line, and writes nothing of the rest', async () => {
    // New joiners and a demotion alongside the bad rows: had anything been applied, it would show.
    const file = STAFF.map((record, index) => (index === 7 ? { ...record, Grade: 'Band 2' } : { ...record }));
    const [badDate, badGroup, badManager] = [12, 25, STAFF.length - 1];
    Object.assign(file[badDate], { 'Assignment Start Date': '31/02/2019' });
    Object.assign(file[badGroup], { 'Staff Group': 'Astronauts' });
    Object.assign(file[badManager], { 'Supervisor Employee Number': '99999999' });
    const [eventsBefore, peopleBefore] = await Promise.all([eventCount(), everyone()]);

    const reply = await importStaff(file);

    expect(codesOf(reply)).toEqual(['STAFF_IMPORT_REJECTED']);
    const rejected = reply.errors?.[0]?.extensions?.errors as { line: number; code: string; column: string | null; reason: string }[];
    expect(rejected.map(({ line, code, column }) => ({ line, code, column }))).toEqual([
      { line: lineOf(badDate), code: 'CSV_BAD_DATE', column: 'Assignment Start Date' },
      { line: lineOf(badGroup), code: 'CSV_UNKNOWN_STAFF_GROUP', column: 'Staff Group' },
      { line: lineOf(badManager), code: 'CSV_UNKNOWN_MANAGER', column: 'Supervisor Employee Number' },
    ]);
    for (const error of rejected) expect(error.reason.length).toBeGreaterThan(10);
    expect(await eventCount()).toBe(eventsBefore);
    expect(await peopleCount()).toBe(peopleBefore.length);
    expect(await everyone()).toEqual(peopleBefore);
  });

  it('writes nothing when the last row fails only while being written', async () => {
    // Another registration claims the last joiner's email after the import has planned but before it writes: the
    // conflict surfaces on the very last command of the transaction, which must then take everything back.
    // No changes to existing staff, so the registrations are the whole plan and the last joiner's comes last.
    const file = [...FIRST_LIST, ...STAFF.slice(40)];
    const last = file[file.length - 1];
    await identity.store.events.append(
      `email-${last['Work Email Address'].toLowerCase()}`,
      [{ type: 'EmailReserved', data: { email: last['Work Email Address'].toLowerCase(), personId: randomUUID() } }],
      { streamType: 'email-reservation', expectedVersion: 'no_stream', metadata: { correlationId: randomUUID(), actor: 'system:test', schemaVersion: 1 } },
    );
    const [eventsBefore, peopleBefore] = await Promise.all([eventCount(), everyone()]);

    const reply = await importStaff(file);

    expect(codesOf(reply)).toEqual(['DUPLICATE_EMAIL']);
    expect(await eventCount()).toBe(eventsBefore);
    expect(await everyone()).toEqual(peopleBefore);
  });

  it('imports the other joiners once the file leaves out the one whose email is taken', async () => {
    const reply = await importStaff([...FIRST_LIST, ...STAFF.slice(40, 44)]);

    expect(dataOf(reply).importStaff).toMatchObject({ registered: 4, updated: 0, moved: 0, unchanged: 40 });
    expect(await peopleCount()).toBe(45);
  });
});
