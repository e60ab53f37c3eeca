import { personDecider } from '../people';
import type { EsrRecord } from './esr-staff.fixture';
import { esrStaffRecords, toCsv } from './esr-staff.fixture';
import type { ImportError } from './import-error';
import { parseEsrStaffCsv } from './parse-esr-staff-csv';
import { planImport } from './plan-import';
import type { World } from './plan-runner.fixture';
import { idSequence, runPlan, snapshotOf, worldWith } from './plan-runner.fixture';

const records = esrStaffRecords(30);
const numberOf = (index: number) => records[index]['Employee Number'];
const options = { newId: idSequence('new'), effectiveDate: '2025-06-01' };

function planErrors(list: EsrRecord[], world: World, emailsElsewhere: string[] = []): Pick<ImportError, 'line' | 'code'>[] {
  const known = new Set([...world.people.values()].flatMap((state) => (state.status === 'absent' ? [] : [state.profile.employeeNumber ?? ''])));
  const parsed = parseEsrStaffCsv(toCsv(list), { maxBytes: 1_000_000, maxRows: 1_000, knownEmployeeNumbers: new Set([...known, '99999999']) });
  if (!('ok' in parsed)) throw new Error(JSON.stringify(parsed.errors));
  const result = planImport(parsed.ok, snapshotOf(world, emailsElsewhere), options);
  if (!('errors' in result)) throw new Error('expected the plan to be refused');
  return result.errors.map(({ line, code }) => ({ line, code }));
}

function importedWorld(): World {
  const world = worldWith('org-1');
  const parsed = parseEsrStaffCsv(toCsv(records), { maxBytes: 1_000_000, maxRows: 1_000 });
  if (!('ok' in parsed)) throw new Error(JSON.stringify(parsed.errors));
  const plan = planImport(parsed.ok, snapshotOf(world), options);
  if (!('ok' in plan)) throw new Error(JSON.stringify(plan.errors));
  return runPlan(world, plan.ok.commands);
}

function leave(world: World, index: number): World {
  const [personId, state] = [...world.people].find(([, person]) => person.status === 'active' && person.profile.employeeNumber === numberOf(index)) ?? [];
  if (!personId || !state) throw new Error('no such person');
  const events = personDecider.decide({ type: 'RecordLeaver', personId, leavingDate: '2025-05-01', reason: 'resignation' }, state);
  return { ...world, people: new Map(world.people).set(personId, events.reduce((s, e) => personDecider.evolve(s, e), state)) };
}

describe('planning an ESR import that cannot go ahead', () => {
  const world = importedWorld();

  it('refuses an email that belongs to someone else in the organisation', () => {
    const list = [{ ...records[3], 'Work Email Address': records[4]['Work Email Address'] }];
    expect(planErrors(list, world)).toEqual([{ line: 2, code: 'CSV_DUPLICATE_EMAIL' }]);
  });

  it('refuses an email that belongs to someone in another organisation', () => {
    const list = [{ ...records[0], 'Work Email Address': 'elsewhere@council.example' }];
    expect(planErrors(list, worldWith('org-1'), ['elsewhere@council.example'])).toEqual([{ line: 2, code: 'CSV_DUPLICATE_EMAIL' }]);
  });

  it('refuses a row for someone recorded as having left', () => {
    expect(planErrors(records, leave(world, 25))).toEqual([{ line: 27, code: 'CSV_PERSON_HAS_LEFT' }]);
  });

  it('refuses a line manager who has left', () => {
    const list = records.filter((_, index) => index !== 8);
    const managedBy8 = records.flatMap((record, index) => (record['Supervisor Employee Number'] === numberOf(8) ? [index] : []));
    const lineInList = (index: number) => list.indexOf(records[index]) + 2;
    expect(planErrors(list, leave(world, 8))).toEqual(managedBy8.map((index) => ({ line: lineInList(index), code: 'CSV_UNKNOWN_MANAGER' })));
  });

  it('refuses a line manager Tapestry does not know', () => {
    const list = [{ ...records[3], 'Supervisor Employee Number': '99999999' }];
    expect(planErrors(list, world)).toEqual([{ line: 2, code: 'CSV_UNKNOWN_MANAGER' }]);
  });

  it('refuses a loop that runs through people not in the file', () => {
    const list = [{ ...records[0], 'Supervisor Employee Number': numberOf(15) }];
    expect(planErrors(list, world)).toEqual([{ line: 2, code: 'CSV_MANAGER_LOOP' }]);
  });

  it('lists every bad row at once', () => {
    const list = [
      { ...records[0], 'Supervisor Employee Number': numberOf(15) },
      { ...records[3], 'Supervisor Employee Number': '99999999' },
      { ...records[6], 'Work Email Address': records[7]['Work Email Address'] },
    ];
    expect(planErrors(list, world)).toEqual([
      { line: 2, code: 'CSV_MANAGER_LOOP' },
      { line: 3, code: 'CSV_UNKNOWN_MANAGER' },
      { line: 4, code: 'CSV_DUPLICATE_EMAIL' },
    ]);
  });
});
