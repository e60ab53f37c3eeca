import { boxesInError, checkDate, datePartsOf, EMPTY_DATE, firstBoxId, type DateParts, type DateRules } from './date-parts';

const TODAY = '2026-11-24';
const SESSION: DateRules = { name: 'Date of session', missing: 'Enter the date of the session', todayOr: 'past', today: TODAY };
const check = (parts: Partial<DateParts>, rules: DateRules = SESSION) => checkDate('heldOn', { ...EMPTY_DATE, ...parts }, rules);

describe('a date typed in three boxes', () => {
  it('becomes the YYYY-MM-DD day the API takes, whatever leading zeros and spaces were typed', () => {
    expect(check({ day: '7', month: '3', year: '2026' })).toEqual({ date: '2026-03-07' });
    expect(check({ day: ' 07 ', month: '03', year: '2026 ' })).toEqual({ date: '2026-03-07' });
    expect(check({ day: '29', month: '2', year: '2024' })).toEqual({ date: '2024-02-29' });
  });

  it('asks for the date when every box is empty, unless the date is optional', () => {
    expect(check({ day: ' ' }).problem).toEqual({ field: 'heldOn', code: 'DATE_MISSING', message: 'Enter the date of the session', boxes: ['day', 'month', 'year'] });
    expect(check({}, { name: 'New date' })).toEqual({ date: undefined });
  });

  it('names the missing parts of a partial date and highlights only their boxes', () => {
    expect(check({ day: '7', year: '2026' }).problem).toEqual(expect.objectContaining({ code: 'DATE_INCOMPLETE', message: 'Date of session must include a month', boxes: ['month'] }));
    expect(check({ year: '2026' }).problem).toEqual(expect.objectContaining({ message: 'Date of session must include a day and month', boxes: ['day', 'month'] }));
    expect(check({ day: '7' }, { name: 'New date' }).problem).toEqual(expect.objectContaining({ message: 'New date must include a month and year', boxes: ['month', 'year'] }));
  });

  it('refuses a day that cannot exist: 31 February on all three boxes, a 13th month on its own box', () => {
    expect(check({ day: '31', month: '2', year: '2026' }).problem).toEqual(expect.objectContaining({ code: 'DATE_NOT_REAL', message: 'Date of session must be a real date', boxes: ['day', 'month', 'year'] }));
    expect(check({ day: '29', month: '2', year: '2026' }).problem?.code).toBe('DATE_NOT_REAL');
    expect(check({ day: '29', month: '2', year: '1900' }).problem?.code).toBe('DATE_NOT_REAL');
    expect(check({ day: '1', month: '13', year: '2026' }).problem).toEqual(expect.objectContaining({ message: 'Date of session must be a real date', boxes: ['month'] }));
    expect(check({ day: '0', month: 'March', year: '2026' }).problem?.boxes).toEqual(['day', 'month']);
    expect(check({ day: '1.5', month: '3', year: '2026' }).problem?.boxes).toEqual(['day']);
  });

  it('wants the year in full', () => {
    expect(check({ day: '7', month: '3', year: '26' }).problem).toEqual(expect.objectContaining({ code: 'DATE_YEAR_NOT_FOUR_NUMBERS', message: 'Date of session must include a year with 4 numbers', boxes: ['year'] }));
    expect(check({ day: '7', month: '3', year: '0026' }).problem?.code).toBe('DATE_NOT_REAL');
  });

  it('keeps to its side of today, today itself allowed', () => {
    expect(check({ day: '24', month: '11', year: '2026' })).toEqual({ date: TODAY });
    expect(check({ day: '25', month: '11', year: '2026' }).problem).toEqual(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE', message: 'Date of session must be today or in the past', boxes: ['day', 'month', 'year'] }));
    const future: DateRules = { name: 'New date', todayOr: 'future', today: TODAY };
    expect(check({ day: '23', month: '11', year: '2026' }, future).problem?.message).toBe('New date must be today or in the future');
    expect(check({ day: '24', month: '11', year: '2026' }, future)).toEqual({ date: TODAY });
  });
});

describe('a date shown in the boxes', () => {
  it('is written without leading zeros, as a person types it', () => {
    expect(datePartsOf('2026-03-07')).toEqual({ day: '7', month: '3', year: '2026' });
    expect(datePartsOf('2026-12-31')).toEqual({ day: '31', month: '12', year: '2026' });
  });

  it('leaves the boxes empty for text that is not a date', () => {
    expect(datePartsOf('')).toEqual(EMPTY_DATE);
    expect(datePartsOf('next week')).toEqual(EMPTY_DATE);
  });
});

describe('the boxes a problem highlights', () => {
  it('are those the date check named; a problem from the API names none', () => {
    const checked = check({ day: '7', year: '2026' }).problem;
    expect(checked && boxesInError([{ field: 'minutes', message: 'Enter the length', code: 'BAD_USER_INPUT' }, checked], 'heldOn', 'date')).toEqual(['month']);
    expect(boxesInError([{ field: 'date', message: 'Date must be today or in the past', code: 'BAD_USER_INPUT' }], 'heldOn', 'date')).toBeUndefined();
  });
});

describe('the error summary', () => {
  it('links a date to its day box', () => {
    expect(firstBoxId('held-on')).toBe('held-on-day');
  });
});
