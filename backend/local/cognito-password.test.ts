import { passwordProblem } from './cognito-password';

describe('passwordProblem (the pool policy: 8+, lower, upper, digit)', () => {
  it.each([
    ['a', 'Password not long enough'],
    ['password1', 'Password must have uppercase characters'],
    ['PASSWORD1', 'Password must have lowercase characters'],
    ['Password', 'Password must have numeric characters'],
  ])('GIVEN %p THEN Cognito answers "%s"', (password, rule) => {
    expect(passwordProblem(password)).toBe(`Password did not conform with policy: ${rule}`);
  });

  it('GIVEN a password meeting every rule THEN no problem', () => {
    expect(passwordProblem('Passw0rd')).toBeNull();
  });

  it('GIVEN a policy requiring symbols THEN a password without one is refused', () => {
    const policy = { minLength: 1, requireLowercase: false, requireUppercase: false, requireDigits: false };
    expect(passwordProblem('abc', { ...policy, requireSymbols: true } as never)).toMatch(/symbol/);
    expect(passwordProblem('ab!c', { ...policy, requireSymbols: true } as never)).toBeNull();
  });
});
