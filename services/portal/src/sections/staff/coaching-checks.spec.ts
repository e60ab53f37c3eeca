import { datePartsOf, EMPTY_DATE } from '../../components/date-parts';
import { checkCancellation, checkChemistryMeeting, checkRequest, checkSession, fieldError, splitList } from './coaching-checks';

const TODAY = '2026-11-24';

const day = datePartsOf;

describe('checkSession', () => {
  it('accepts a past session of up to 90 minutes, its date as the API takes it', () => {
    expect(checkSession({ heldOn: { day: '20', month: '11', year: '2026' }, minutes: '90' }, TODAY)).toEqual({ problems: [], heldOn: '2026-11-20' });
  });

  it('names each missing field', () => {
    const { problems, heldOn } = checkSession({ heldOn: EMPTY_DATE, minutes: ' ' }, TODAY);
    expect(heldOn).toBeUndefined();
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      ['heldOn', 'Enter the date of the session'],
      ['minutes', 'Enter the length of the session in minutes'],
    ]);
  });

  it('refuses a partial date, one in the future and a session longer than the programme allows', () => {
    expect(fieldError(checkSession({ heldOn: { ...day(TODAY), month: '' }, minutes: '60' }, TODAY).problems, 'heldOn')).toBe('Date of session must include a month');
    const { problems } = checkSession({ heldOn: day('2026-11-25'), minutes: '91' }, TODAY);
    expect(fieldError(problems, 'heldOn')).toBe('Date of session must be today or in the past');
    expect(fieldError(problems, 'minutes')).toBe('Length in minutes must be 90 or fewer');
  });

  it('refuses minutes that are not a whole number', () => {
    expect(fieldError(checkSession({ heldOn: day(TODAY), minutes: '45.5' }, TODAY).problems, 'minutes')).toMatch(/whole number/);
    expect(fieldError(checkSession({ heldOn: day(TODAY), minutes: '0' }, TODAY).problems, 'minutes')).toMatch(/whole number/);
  });
});

describe('checkChemistryMeeting', () => {
  it('needs a real day that has come', () => {
    expect(checkChemistryMeeting(EMPTY_DATE, TODAY).problems.map((problem) => problem.message)).toEqual(['Enter the date of the chemistry meeting']);
    expect(checkChemistryMeeting({ day: '30', month: '2', year: '2026' }, TODAY).problems[0]?.message).toBe('Date of chemistry meeting must be a real date');
    expect(checkChemistryMeeting(day('2026-12-01'), TODAY).problems[0]?.message).toBe('Date of chemistry meeting must be today or in the past');
    expect(checkChemistryMeeting(day(TODAY), TODAY)).toEqual({ problems: [], heldOn: TODAY });
  });
});

describe('checkCancellation', () => {
  it('needs the planned day and a reason; a new day is optional but must not be past', () => {
    expect(checkCancellation({ plannedOn: EMPTY_DATE, reason: '', rescheduledTo: EMPTY_DATE }, TODAY).problems.map((problem) => problem.field)).toEqual(['plannedOn', 'reason']);
    expect(checkCancellation({ plannedOn: day(TODAY), reason: 'SICKNESS', rescheduledTo: EMPTY_DATE }, TODAY)).toEqual({ problems: [], plannedOn: TODAY, rescheduledTo: undefined });
    expect(checkCancellation({ plannedOn: day(TODAY), reason: 'SICKNESS', rescheduledTo: day('2026-11-01') }, TODAY).problems.map((problem) => problem.message)).toEqual(['New date must be today or in the future']);
    expect(checkCancellation({ plannedOn: day(TODAY), reason: 'SICKNESS', rescheduledTo: day('2026-12-01') }, TODAY)).toEqual({ problems: [], plannedOn: TODAY, rescheduledTo: '2026-12-01' });
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
