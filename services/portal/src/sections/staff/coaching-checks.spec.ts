import { checkCancellation, checkChemistryMeeting, checkRequest, checkSession, fieldError, splitList } from './coaching-checks';

const TODAY = '2026-11-24';

describe('checkSession', () => {
  it('accepts a past session of up to 90 minutes', () => {
    expect(checkSession({ heldOn: '2026-11-20', minutes: '90' }, TODAY)).toEqual([]);
  });

  it('names each missing field', () => {
    const problems = checkSession({ heldOn: '', minutes: ' ' }, TODAY);
    expect(problems.map((problem) => problem.field)).toEqual(['heldOn', 'minutes']);
  });

  it('refuses a session in the future and one longer than the programme allows', () => {
    const problems = checkSession({ heldOn: '2026-11-25', minutes: '91' }, TODAY);
    expect(fieldError(problems, 'heldOn')).toBe('Date of session must be today or in the past');
    expect(fieldError(problems, 'minutes')).toBe('Length in minutes must be 90 or fewer');
  });

  it('refuses minutes that are not a whole number', () => {
    expect(fieldError(checkSession({ heldOn: TODAY, minutes: '45.5' }, TODAY), 'minutes')).toMatch(/whole number/);
    expect(fieldError(checkSession({ heldOn: TODAY, minutes: '0' }, TODAY), 'minutes')).toMatch(/whole number/);
  });
});

describe('checkChemistryMeeting', () => {
  it('needs a real day that has come', () => {
    expect(checkChemistryMeeting('', TODAY)).toHaveLength(1);
    expect(checkChemistryMeeting('2026-02-30', TODAY)[0]?.message).toMatch(/real date/);
    expect(checkChemistryMeeting('2026-12-01', TODAY)[0]?.message).toMatch(/today or in the past/);
    expect(checkChemistryMeeting(TODAY, TODAY)).toEqual([]);
  });
});

describe('checkCancellation', () => {
  it('needs the planned day and a reason; a new day must not be past', () => {
    expect(checkCancellation({ plannedOn: '', reason: '', rescheduledTo: '' }, TODAY).map((problem) => problem.field)).toEqual(['plannedOn', 'reason']);
    expect(checkCancellation({ plannedOn: TODAY, reason: 'SICKNESS', rescheduledTo: '2026-11-01' }, TODAY).map((problem) => problem.field)).toEqual(['rescheduledTo']);
    expect(checkCancellation({ plannedOn: TODAY, reason: 'SICKNESS', rescheduledTo: '2026-12-01' }, TODAY)).toEqual([]);
  });
});

describe('checkRequest', () => {
  it('asks for the kind of support and the goals', () => {
    expect(checkRequest({ kind: '', programme: 'GENERAL', goals: '  ' }).map((problem) => problem.field)).toEqual(['kind', 'goals']);
    expect(checkRequest({ kind: 'MENTORING', programme: 'GENERAL', goals: 'Lead my team' })).toEqual([]);
  });

  it('refuses goals longer than the API keeps', () => {
    expect(fieldError(checkRequest({ kind: 'COACHING', programme: 'GENERAL', goals: 'x'.repeat(2001) }), 'goals')).toMatch(/2000 characters/);
  });
});

describe('splitList', () => {
  it('takes commas or lines and drops blanks', () => {
    expect(splitList('leadership, returning from leave\n\n nights ')).toEqual(['leadership', 'returning from leave', 'nights']);
  });
});
