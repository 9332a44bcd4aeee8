import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes); raise it when the machines grow.
// The package's Algorithm enum is a const enum that isolated modules cannot read; 2 is Argon2id.
const argon2id = 2;
const options = { algorithm: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verifying against this when no account matches keeps the answer time the same, so that timing
// does not reveal which email addresses have an account.
let decoyHash: Promise<string> | undefined;

/** True when `password` matches `passwordHash`; spends the same time when there is no hash. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoyHash ??= hashPassword('decoy password that matches nothing');
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
