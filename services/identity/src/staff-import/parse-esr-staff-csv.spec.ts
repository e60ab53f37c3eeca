import type { EsrRecord } from './esr-staff.fixture';
import { ESR_HEADINGS, esrStaffRecords, toCsv } from './esr-staff.fixture';
import type { ImportError } from './import-error';
import { parseEsrStaffCsv } from './parse-esr-staff-csv';

const limits = { maxBytes: 1_000_000, maxRows: 1_000 };
const records = esrStaffRecords(40);
const changed = (index: number, change: Partial<EsrRecord>) => records.map((record, at) => (at === index ? { ...record, ...change } : record));
const errorsOf = (csv: string, options = limits): ImportError[] => {
  const result = parseEsrStaffCsv(csv, options);
  if (!('errors' in result)) throw new Error('expected the file to be refused');
  return result.errors;
};
// Record i sits on line i + 2: the header is line 1.
const lineOf = (index: number) => index + 2;

describe('parsing an ESR staff list', () => {
  it('reads every row of a realistic export, with its line', () => {
    const result = parseEsrStaffCsv(toCsv(records), limits);
    if (!('ok' in result)) throw new Error(JSON.stringify(result.errors));
    expect(result.ok).toHaveLength(40);
    expect(result.ok.map((row) => row.line)).toEqual(records.map((_, index) => lineOf(index)));
    const chief = result.ok[0];
    expect(chief).toMatchObject({
      employeeNumber: '20000000',
      assignmentNumber: '20000000-2',
      jobTitle: 'Chief Executive',
      staffGroup: 'administrative_and_clerical',
      band: { scheme: 'other', title: 'Very Senior Manager' },
      directorate: '340 Corporate Services',
      managerEmployeeNumber: null,
      email: records[0]['Work Email Address'].toLowerCase(),
    });
    expect(chief.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const partTime = result.ok.find((row) => row.shiftPattern === 'part_time');
    expect(records[(partTime?.line ?? 0) - 2].FTE).not.toBe('1');
    expect(result.ok.filter((row) => row.managerEmployeeNumber === '20000000')).toHaveLength(3);
  });

  it('accepts the other common headings, in any case and spacing, after a byte-order mark', () => {
    const headings = ['employee number', 'FIRST NAME', 'Surname', 'Email Address', 'Job Title', ' Staff  Group ', 'Pay Band', 'Site', 'Directorate', 'Line Manager Employee Number', 'Start Date', 'Working Pattern', 'Clinical'];
    const csv = '\uFEFF' + [headings.join(','), '1001,Ada,Byron,ADA@trust.example,Matron,Nursing & Midwifery Registered,8a,North Wing,Surgery,,2020-01-06,Nights,Y'].join('\n');
    expect(parseEsrStaffCsv(csv, limits)).toEqual({
      ok: [
        {
          line: 2,
          employeeNumber: '1001',
          assignmentNumber: null,
          name: { given: 'Ada', family: 'Byron' },
          email: 'ada@trust.example',
          jobTitle: 'Matron',
          staffGroup: 'nursing_and_midwifery_registered',
          band: { scheme: 'agenda_for_change', band: '8a' },
          site: 'North Wing',
          directorate: 'Surgery',
          managerEmployeeNumber: null,
          startDate: '2020-01-06',
          shiftPattern: 'nights',
          clinical: true,
        },
      ],
    });
  });

  it('accepts a header with no staff rows as nothing to import', () => {
    expect(parseEsrStaffCsv(toCsv([]), limits)).toEqual({ ok: [] });
  });

  it('refuses a file over the byte limit before reading it', () => {
    expect(errorsOf(toCsv(records), { maxBytes: 1_000, maxRows: 1_000 })).toEqual([expect.objectContaining({ line: 0, code: 'CSV_TOO_LARGE' })]);
  });

  it('refuses a file over the row limit', () => {
    const [error] = errorsOf(toCsv(records), { maxBytes: 1_000_000, maxRows: 39 });
    expect(error).toMatchObject({ line: 0, code: 'CSV_TOO_LARGE', reason: expect.stringContaining('40 staff rows; the limit is 39') });
  });

  it('refuses an empty file', () => {
    expect(errorsOf(' \n\n')).toEqual([expect.objectContaining({ code: 'CSV_MALFORMED' })]);
  });

  it('names every missing column', () => {
    const headings = ESR_HEADINGS.filter((heading) => heading !== 'Staff Group' && heading !== 'Grade');
    const errors = errorsOf(toCsv(records, headings));
    expect(errors.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 1, column: 'Staff Group', code: 'CSV_MISSING_COLUMNS' },
      { line: 1, column: 'Grade', code: 'CSV_MISSING_COLUMNS' },
    ]);
    expect(errors[1].reason).toContain('also accepted: "Pay Band", "Band", "Pay Grade"');
  });

  it('reports every malformed line, and the faults of other rows too', () => {
    const lines = toCsv(records.slice(0, 4)).split('\r\n');
    lines[2] = `${lines[2]},extra cell`;
    lines[4] = lines[4].replace('Director of Operations', 'Director "of" Operations"');
    lines[3] = lines[3].replace(/@trust\.example/, '');
    const errors = errorsOf(lines.join('\r\n'));
    expect(errors.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: 3, code: 'CSV_MALFORMED' },
      { line: 4, code: 'CSV_INVALID_EMAIL' },
      { line: 5, code: 'CSV_MALFORMED' },
    ]);
    expect(errors[0].reason).toBe('This row has a different number of cells from the header; a cell containing a comma needs double quotes around it.');
  });

  it('reports an unclosed quote', () => {
    const csv = toCsv(records.slice(0, 2)) + '"20009999,Unfinished\r\n';
    expect(errorsOf(csv)).toEqual([
      { line: 4, code: 'CSV_MALFORMED', reason: 'A quoted cell starting on this line is never closed; look for a stray double quote.' },
    ]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('reports an unclosed quote on its own line when more lines follow (%s)', (_name, eol) => {
    const lines = toCsv(records.slice(0, 4)).trimEnd().split('\r\n');
    lines[2] = `"${lines[2]}`;
    expect(errorsOf(lines.join(eol) + eol).map(({ line, code }) => ({ line, code }))).toEqual([{ line: 3, code: 'CSV_MALFORMED' }]);
  });

  it('counts lines correctly after a cell that spans lines', () => {
    const csv = toCsv(changed(0, { 'Position Title': 'Chief Executive\nand Accountable Officer' }).slice(0, 3));
    const result = parseEsrStaffCsv(csv, limits);
    expect('ok' in result && result.ok.map((row) => row.line)).toEqual([2, 4, 5]);
  });

  it('reports every bad cell of every bad row, with line and column', () => {
    let bad = changed(5, { 'Assignment Start Date': '31/02/2020', 'Staff Group': 'Nurses' });
    bad = bad.map((record, index) => (index === 7 ? { ...record, 'First Name': ' ', FTE: 'full' } : record));
    bad = bad.map((record, index) => (index === 9 ? { ...record, 'Assignment Start Date': 'next week' } : record));
    const errors = errorsOf(toCsv(bad));
    expect(errors.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: lineOf(5), column: 'Staff Group', code: 'CSV_UNKNOWN_STAFF_GROUP' },
      { line: lineOf(5), column: 'Assignment Start Date', code: 'CSV_BAD_DATE' },
      { line: lineOf(7), column: 'First Name', code: 'CSV_MISSING_VALUE' },
      { line: lineOf(7), column: 'FTE', code: 'CSV_BAD_VALUE' },
      { line: lineOf(9), column: 'Assignment Start Date', code: 'CSV_BAD_DATE' },
    ]);
    expect(errors[0].reason).toBe('"Nurses" is not an ESR staff group (such as "Nursing and Midwifery Registered").');
  });

  it('refuses unreadable working patterns, clinical flags and over-long cells', () => {
    const headings = [...ESR_HEADINGS, 'Working Pattern', 'Clinical'];
    const bad = records.slice(0, 3).map((record, index) =>
      index === 1 ? { ...record, 'Working Pattern': 'weekends', Clinical: 'maybe', 'Last Name': 'x'.repeat(101) } : record,
    );
    expect(errorsOf(toCsv(bad, headings)).map(({ column, code }) => ({ column, code }))).toEqual([
      { column: 'Last Name', code: 'CSV_BAD_VALUE' },
      { column: 'Working Pattern', code: 'CSV_BAD_VALUE' },
      { column: 'Clinical', code: 'CSV_BAD_VALUE' },
    ]);
  });

  it('refuses an email used twice, whatever its case, and an employee number used twice', () => {
    const bad = [...changed(12, { 'Work Email Address': records[11]['Work Email Address'].toUpperCase() }), { ...records[20] }];
    const errors = errorsOf(toCsv(bad));
    expect(errors.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: lineOf(12), code: 'CSV_DUPLICATE_EMAIL' },
      { line: lineOf(40), code: 'CSV_DUPLICATE_EMPLOYEE_NUMBER' },
    ]);
    expect(errors[0].reason).toContain(`also used on line ${lineOf(11)}`);
  });

  it('refuses a line manager who is neither in the file nor known', () => {
    const bad = changed(15, { 'Supervisor Employee Number': '99999999' });
    expect(errorsOf(toCsv(bad))).toEqual([
      { line: lineOf(15), column: 'Supervisor Employee Number', code: 'CSV_UNKNOWN_MANAGER', reason: expect.stringContaining('99999999') },
    ]);
    expect(parseEsrStaffCsv(toCsv(bad), { ...limits, knownEmployeeNumbers: new Set(['99999999']) })).toHaveProperty('ok');
  });

  it('refuses line managers who manage each other, on every row of the loop', () => {
    const chief = records[0]['Employee Number'];
    const director = records[1]['Employee Number'];
    const bad = changed(0, { 'Supervisor Employee Number': director });
    const errors = errorsOf(toCsv(bad));
    expect(errors.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: lineOf(0), code: 'CSV_MANAGER_LOOP' },
      { line: lineOf(1), code: 'CSV_MANAGER_LOOP' },
    ]);
    expect(errors[0].reason).toBe(`Line managers form a loop: ${chief} → ${director} → ${chief}.`);
  });

  it('refuses someone named as their own line manager', () => {
    const bad = changed(3, { 'Supervisor Employee Number': records[3]['Employee Number'] });
    expect(errorsOf(toCsv(bad))).toEqual([expect.objectContaining({ line: lineOf(3), code: 'CSV_MANAGER_LOOP', reason: expect.stringContaining('their own line manager') })]);
  });
});
