import { argon2id, hash, verify } from 'argon2';

/**
 * argon2id with RFC 9106's second recommended setting (64 MiB, 3 passes, 4 lanes): well above OWASP's minimum
 * (19 MiB, 2 passes) and still about a tenth of a second per sign-in on a small server.
 */
export const ARGON2ID_OPTIONS = { type: argon2id, memoryCost: 64 * 1024, timeCost: 3, parallelism: 4 } as const;

export class PasswordHasher {
  constructor(private readonly options: { memoryCost: number; timeCost: number; parallelism: number } = ARGON2ID_OPTIONS) {}

  /** A PHC string ($argon2id$v=19$m=...,p=...,t=...$salt$hash) carrying its own salt and parameters. */
  hash(password: string): Promise<string> {
    return hash(password, { ...this.options, type: argon2id });
  }

  /** Reads the parameters from the stored hash, so hashes made under older settings still verify. */
  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password);
  }
}
