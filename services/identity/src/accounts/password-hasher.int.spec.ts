import { PasswordHasher } from './password-hasher';

// argon2 is native code: this proves the binding loads and round-trips on this machine.
describe('PasswordHasher (argon2id)', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and the configured cost, salted afresh each time', async () => {
    const first = await hasher.hash('river otter lantern');
    const second = await hasher.hash('river otter lantern');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=4\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('river otter lantern');
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hasher.hash('river otter lantern');
    await expect(hasher.verify(stored, 'river otter lantern')).resolves.toBe(true);
    await expect(hasher.verify(stored, 'river otter lanterN')).resolves.toBe(false);
    await expect(hasher.verify(stored, '')).resolves.toBe(false);
  });

  it('verifies a hash made under other settings', async () => {
    const cheap = new PasswordHasher({ memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 });
    const stored = await cheap.hash('river otter lantern');
    await expect(hasher.verify(stored, 'river otter lantern')).resolves.toBe(true);
  });
});
