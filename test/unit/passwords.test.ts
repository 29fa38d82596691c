import { generateTemporaryPassword, meetsPasswordPolicy, normalizeEmail } from '../../subgraphs/identity/domain/passwords.js';

describe('password policy (A-35)', () => {
  it.each([
    ['short1A!', true],
    ['Sh0rt!', false],
    ['alllowercase', false],
    ['lowerUPPER', false],
    ['lowerUPPER1', true],
    ['lower1!x', true],
  ])('%s → %s', (password, ok) => {
    expect(meetsPasswordPolicy(password)).toBe(ok);
  });

  it('temporary passwords always meet the policy and differ', () => {
    const passwords = new Set(Array.from({ length: 200 }, generateTemporaryPassword));
    expect(passwords.size).toBe(200);
    for (const password of passwords) expect(meetsPasswordPolicy(password)).toBe(true);
  });

  it('emails are trimmed and lower-cased (§0)', () => {
    expect(normalizeEmail('  LUCA@Contoso.IT ')).toBe('luca@contoso.it');
  });
});
