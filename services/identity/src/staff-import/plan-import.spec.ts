import type { EsrRecord } from './esr-staff.fixture';
import { esrStaffRecords, toCsv } from './esr-staff.fixture';
import type { EsrStaffRow } from './esr-row';
import type { ImportPlan } from './import-plan.types';
import { parseEsrStaffCsv } from './parse-esr-staff-csv';
import { planImport } from './plan-import';
import type { World } from './plan-runner.fixture';
import { idSequence, runPlan, snapshotOf, worldWith } from './plan-runner.fixture';

const records = esrStaffRecords(30);
const options = { newId: idSequence('new'), effectiveDate: '2025-06-01' };

function rowsOf(list: Record<string, string>[], headings?: readonly string[], known?: string[]): EsrStaffRow[] {
  const result = parseEsrStaffCsv(toCsv(list, headings), { maxBytes: 1_000_000, maxRows: 1_000, knownEmployeeNumbers: new Set(known) });
  if (!('ok' in result)) throw new Error(JSON.stringify(result.errors));
  return result.ok;
}
function plan(list: Record<string, string>[], world: World, emailsElsewhere: string[] = []): ImportPlan {
  const result = planImport(rowsOf(list), snapshotOf(world, emailsElsewhere), options);
  if (!('ok' in result)) throw new Error(JSON.stringify(result.errors));
  return result.ok;
}
const imported = (list: Record<string, string>[] = records) => runPlan(worldWith('org-1'), plan(list, worldWith('org-1')).commands);
const withChange = (index: number, change: Partial<EsrRecord>) => records.map((record, at) => (at === index ? { ...record, ...change } : record));
const personOf = (world: World, employeeNumber: string) =>
  [...world.people.values()].find((state) => state.status !== 'absent' && state.profile.employeeNumber === employeeNumber);

describe('planning an ESR import', () => {
  it('registers everyone in a new organisation, creating the sites and directorates the file names', () => {
    const { commands, summary } = plan(records, worldWith('org-1'));
    expect(summary).toEqual({ registered: 30, updated: 0, moved: 0, unchanged: 0, sitesCreated: 3, directoratesCreated: 4 });
    expect(commands.slice(0, 7).map((command) => command.type)).toEqual([...Array(3).fill('AddSite'), ...Array(4).fill('AddDirectorate')]);
    const registered = commands.flatMap((command) => (command.type === 'RegisterPerson' ? [command] : []));
    const position = new Map(registered.map((command, index) => [command.personId, index]));
    for (const command of registered) {
      if (command.lineManagerId) expect(position.get(command.lineManagerId)).toBeLessThan(position.get(command.personId) ?? -1);
    }
  });

  it('produces commands the deciders accept', () => {
    const world = imported();
    expect(world.people.size).toBe(30);
    const chief = personOf(world, '20000000');
    const director = personOf(world, '20000037');
    expect(director?.status === 'active' && director.profile.lineManagerId).toBe(chief?.status === 'active' && chief.personId);
    expect(world.organisation.status === 'active' && world.organisation.sites).toHaveLength(3);
  });

  it('changes nothing when the same file is imported again', () => {
    const world = imported();
    const again = plan(records, world);
    expect(again.commands).toEqual([]);
    expect(again.summary).toEqual({ registered: 0, updated: 0, moved: 0, unchanged: 30, sitesCreated: 0, directoratesCreated: 0 });
  });

  it('turns a changed role, band, site and manager into one move, effective on the import date', () => {
    const world = imported();
    const change = { 'Position Title': 'Ward Manager', Grade: 'Band 8b', Location: 'Hillside Hospital', 'Supervisor Employee Number': records[5]['Employee Number'] };
    const { commands, summary } = plan(withChange(12, change), world);
    const person = personOf(world, records[12]['Employee Number']);
    const manager = personOf(world, records[5]['Employee Number']);
    expect(summary).toMatchObject({ moved: 1, unchanged: 29, sitesCreated: 1 });
    expect(commands).toEqual([
      { type: 'AddSite', organisationId: 'org-1', siteId: expect.any(String), name: 'Hillside Hospital' },
      expect.objectContaining({
        type: 'MovePerson',
        personId: person?.status === 'active' && person.personId,
        effectiveDate: '2025-06-01',
        changes: { jobTitle: 'Ward Manager', band: { scheme: 'agenda_for_change', band: '8b' }, siteId: commands[0].type === 'AddSite' && commands[0].siteId, lineManagerId: manager?.status === 'active' && manager.personId },
      }),
    ]);
    const moved = runPlan(world, commands);
    expect(plan(withChange(12, change), moved).commands).toEqual([]);
  });

  it('turns a changed name or email into an update', () => {
    const world = imported();
    const { commands, summary } = plan(withChange(20, { 'Last Name': 'Okafor', 'Work Email Address': 'new.address@trust.example' }), world);
    expect(summary).toMatchObject({ updated: 1, moved: 0, unchanged: 29 });
    expect(commands).toEqual([
      expect.objectContaining({ type: 'UpdatePerson', changes: { name: { given: records[20]['First Name'], family: 'Okafor' }, email: 'new.address@trust.example' } }),
    ]);
    runPlan(world, commands);
  });

  it('links someone added by hand, found by email, to their employee number', () => {
    const byHand = runPlan(worldWith('org-1'), plan(records.slice(0, 1), worldWith('org-1')).commands.map((command) =>
      command.type === 'RegisterPerson' ? { ...command, employeeNumber: null } : command,
    ));
    const { commands, summary } = plan(records.slice(0, 1), byHand);
    expect(summary).toMatchObject({ registered: 0, updated: 1 });
    expect(commands).toEqual([expect.objectContaining({ type: 'UpdatePerson', changes: { employeeNumber: '20000000' } })]);
  });

  it('keeps what Tapestry knows when the file says nothing about it', () => {
    const world = imported();
    const headings = ['Employee Number', 'First Name', 'Last Name', 'Work Email Address', 'Position Title', 'Staff Group', 'Grade', 'Assignment Start Date'];
    const result = planImport(rowsOf(records, headings), snapshotOf(world), options);
    expect(result).toEqual({ ok: expect.objectContaining({ commands: [] }) });
  });
});
