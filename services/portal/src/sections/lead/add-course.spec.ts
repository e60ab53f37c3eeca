import { courseProblems, createCourseInput, EMPTY_COURSE, moduleTitles, type AddCourseForm } from './add-course';

const complete: AddCourseForm = {
  title: '  Manager as coach  ',
  kind: 'REFRESHER',
  modules: 'Twenty-minute conversations\n\n  Keeping  it confidential \n',
  qualifies: { COACH: ['GENERAL'], MENTOR: [], SUPERVISOR: ['GENERAL', 'TEAM_COACHING'] },
  cpdHours: '1.5',
  validityMonths: '24',
};

const fields = (form: AddCourseForm) => courseProblems(form).map((problem) => problem.field);
const messages = (form: AddCourseForm) => courseProblems(form).map((problem) => problem.message);

describe('checking a course before it is added to the catalogue', () => {
  it('accepts a complete course', () => {
    expect(courseProblems(complete)).toEqual([]);
  });

  it('names every missing answer on its field, and starts with training’s default of 36 months', () => {
    expect(EMPTY_COURSE.validityMonths).toBe('36');
    expect(fields(EMPTY_COURSE)).toEqual(['title', 'kind', 'modules', 'cpdHours']);
  });

  it('refuses a module listed twice, as training compares them ignoring case and spacing', () => {
    expect(messages({ ...complete, modules: 'Active listening\nactive   Listening' })).toEqual(['The module "active Listening" is listed twice']);
  });

  it('keeps to training’s limits on titles and modules', () => {
    expect(messages({ ...complete, title: 'x'.repeat(121) })).toEqual(['Course title must be 120 characters or fewer']);
    expect(messages({ ...complete, modules: 'x'.repeat(121) })).toEqual(['Each module title must be 120 characters or fewer']);
    expect(messages({ ...complete, modules: Array.from({ length: 31 }, (_, index) => `Module ${index}`).join('\n') })).toEqual(['A course can have at most 30 modules']);
  });

  it('wants CPD hours above 0, at most 100, in quarter hours', () => {
    expect(messages({ ...complete, cpdHours: '0' })).toEqual(['Enter the CPD hours, a number more than 0']);
    expect(messages({ ...complete, cpdHours: 'six' })).toEqual(['Enter the CPD hours, a number more than 0']);
    expect(messages({ ...complete, cpdHours: '100.25' })).toEqual(['CPD hours must be 100 or fewer']);
    expect(messages({ ...complete, cpdHours: '1.1' })).toEqual(['CPD hours must be in quarter hours, for example 6.5 or 1.25']);
    expect(courseProblems({ ...complete, cpdHours: '6.25' })).toEqual([]);
  });

  it('wants a whole number of months from 1 to 120', () => {
    for (const validityMonths of ['0', '121', '12.5', '']) expect(fields({ ...complete, validityMonths })).toEqual(['validityMonths']);
    expect(courseProblems({ ...complete, validityMonths: '120' })).toEqual([]);
  });
});

describe('the course as the mutation takes it', () => {
  it('trims the title, lists the modules, and pairs each ticked programme with its role', () => {
    expect(createCourseInput('trust', complete)).toEqual({
      organisationId: 'trust',
      title: 'Manager as coach',
      kind: 'REFRESHER',
      modules: ['Twenty-minute conversations', 'Keeping it confidential'],
      qualifies: [
        { programme: 'GENERAL', role: 'COACH' },
        { programme: 'GENERAL', role: 'SUPERVISOR' },
        { programme: 'TEAM_COACHING', role: 'SUPERVISOR' },
      ],
      cpdHours: 1.5,
      validityMonths: 24,
    });
  });

  it('sends a course ticked for nothing as CPD only', () => {
    expect(createCourseInput('trust', { ...complete, qualifies: { COACH: [], MENTOR: [], SUPERVISOR: [] } }).qualifies).toEqual([]);
  });

  it('reads modules one a line', () => {
    expect(moduleTitles('A\r\nB\n\n')).toEqual(['A', 'B']);
  });
});
