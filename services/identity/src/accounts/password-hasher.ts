import { hash, verify } from '@node-rs/argon2';

/**
 * The argon2id algorithm number. @node-rs/argon2 declares its Algorithm enum as a `const enum`, which per-file
 * compilers (SWC) cannot inline, so the value is written out here.
 */
const ARGON2ID = 2;

/**
 * argon2id with RFC 9106's second recommended setting (64 MiB, 3 passes, 4 lanes): well above OWASP's minimum
 * (19 MiB, 2 passes) and still about a tenth of a second per sign-in on a small server. @node-rs/argon2 ships a
 * prebuilt binary per platform and runs no install script; the `argon2` package's prebuilt Linux binary crashed
 * on this platform's machines.
 */
export const ARGON2ID_OPTIONS = { memoryCost: 64 * 1024, timeCost: 3, parallelism: 4 } as const;

export class PasswordHasher {
  constructor(private readonly options: { memoryCost: number; timeCost: number; parallelism: number } = ARGON2ID_OPTIONS) {}

  /** A PHC string ($argon2id$v=19$m=...,t=...,p=...$salt$hash) carrying its own salt and parameters. */
  hash(password: string): Promise<string> {
    return hash(password, { ...this.options, algorithm: ARGON2ID });
  }

  /** Reads the parameters from the stored hash, so hashes made under older settings still verify. */
  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password);
  }
}
