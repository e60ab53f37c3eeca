import { roleChangeProblems, type RoleChange } from './role-refusals';

const granting: RoleChange = { role: 'MENTOR', personName: 'Kody Koch', scopeLabel: 'Riverside Trust' };
const fromApi = (code: string) => [{ code, message: `3f0c9a1e-0000-4000-8000-000000000000 ${code} for organisation 9d1c…` }];

describe('an admin’s role change the API refuses', () => {
  it('names the person, the role and where, never the ids, when the role was granted meanwhile', () => {
    expect(roleChangeProblems(fromApi('ROLE_ALREADY_GRANTED'), granting)).toEqual([
      {
        code: 'ROLE_ALREADY_GRANTED',
        field: 'role',
        message: 'Kody Koch is already mentor in Riverside Trust: someone has granted it since you opened this page. Go back to the people found to see their roles now.',
      },
    ]);
  });

  it('says the role is gone when it was revoked meanwhile', () => {
    const [problem] = roleChangeProblems(fromApi('ROLE_NOT_GRANTED'), { ...granting, role: 'ANALYST' });
    expect(problem.message).toBe('Kody Koch is no longer analyst in Riverside Trust: someone has revoked it since you opened this page. Go back to the people found to see their roles now.');
    expect(problem.message).not.toMatch(/[0-9a-f]{8}-/);
  });

  it('passes any other refusal on as the API said it', () => {
    const other = [{ code: 'FORBIDDEN', message: 'You cannot grant roles in that organisation.' }];
    expect(roleChangeProblems(other, granting)).toEqual(other);
  });
});
