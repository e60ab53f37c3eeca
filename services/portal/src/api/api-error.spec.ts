import { problemsFrom, transportProblem } from './api-error';

describe('API errors as a person reads them', () => {
  it('keeps the service’s message, code and field', () => {
    expect(problemsFrom([{ message: 'Enter a date after the start', extensions: { code: 'INVALID_PERIOD', field: 'to' } }])).toEqual([
      { message: 'Enter a date after the start', code: 'INVALID_PERIOD', field: 'to' },
    ]);
  });

  it('never shows an internal error’s own message, which may carry a stack or SQL', () => {
    const [problem] = problemsFrom([{ message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(problem.message).toBe('Something went wrong on our side. Try again later.');
  });

  it('treats an error without a code as internal', () => {
    expect(problemsFrom([{ message: 'boom' }])[0].code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('says plainly when the gateway could not be reached or the request was too large', () => {
    expect(transportProblem(undefined).code).toBe('NETWORK_ERROR');
    expect(transportProblem(413).message).toMatch(/too large/);
  });
});
