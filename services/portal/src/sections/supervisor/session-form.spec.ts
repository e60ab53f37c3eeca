import { checkSessionForm, EMPTY_SESSION_FORM, type SessionForm } from './session-form';

const TODAY = '2026-11-24';
const filled: SessionForm = { ...EMPTY_SESSION_FORM, format: 'GROUP', superviseeIds: ['a', 'b'], day: '20', month: '11', year: '2026', minutes: '90' };

describe('logging a supervision session', () => {
  it('lists every missing answer at once, each against its field', () => {
    const { problems, input } = checkSessionForm(EMPTY_SESSION_FORM, TODAY);
    expect(input).toBeUndefined();
    expect(problems.map((problem) => problem.field)).toEqual(['format', 'superviseeIds', 'heldOn', 'minutes']);
  });

  it('sends the session as the API takes it, actions one a line and blank notes left out', () => {
    const { problems, input } = checkSessionForm({ ...filled, themes: ['ETHICS'], agreedActions: ' Bring a case \n\n Read the policy ', privateNotes: '   ' }, TODAY);
    expect(problems).toEqual([]);
    expect(input).toEqual({ format: 'GROUP', superviseeIds: ['a', 'b'], heldOn: '2026-11-20', minutes: 90, themes: ['ETHICS'], agreedActions: ['Bring a case', 'Read the policy'], privateNotes: null });
  });

  it('refuses a one-to-one with two coaches, an impossible or future date, and a length out of range', () => {
    const messages = (form: Partial<SessionForm>) => checkSessionForm({ ...filled, ...form }, TODAY).problems.map((problem) => problem.message);
    expect(messages({ format: 'ONE_TO_ONE' })).toEqual([expect.stringMatching(/exactly one coach/)]);
    expect(messages({ day: '31', month: '2' })).toEqual([expect.stringMatching(/real date/)]);
    expect(messages({ day: '25' })).toEqual([expect.stringMatching(/today or in the past/)]);
    expect(messages({ minutes: '10' })).toEqual([expect.stringMatching(/from 15 to 480/)]);
    expect(messages({ minutes: '60.5' })).toEqual([expect.stringMatching(/whole number/)]);
  });
});
