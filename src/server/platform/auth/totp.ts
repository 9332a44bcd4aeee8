import { randomBytes } from 'node:crypto';
import { createGuardrails, generate, generateSecret, generateSync, generateURI, verify } from 'otplib';
import { hashToken } from './session-token.js';

const periodSeconds = 30;
// One step either side: a phone clock a little off, or a code typed just as it changed.
const toleranceSeconds = periodSeconds;

/** A new TOTP secret (160 random bits, base32) for an authenticator app. */
export const newTotpSecret = (): string => generateSecret();

/** The otpauth:// address an authenticator app reads from the QR code. */
export const totpUri = (secret: string, accountLabel: string): string => generateURI({ issuer: 'Regie', label: accountLabel, secret });

// New secrets have 160 bits; 80-bit secrets (RFC 4226's minimum, and the demo secret
// JBSWY3DPEHPK3PXP that the README gives) are still accepted when checking a code.
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });

const epochOf = (at: Date) => Math.floor(at.getTime() / 1000);

/** The code an authenticator app shows at `at` (for tests and scripts that sign in). */
export const totpCode = (secret: string, at = new Date()): Promise<string> => generate({ secret, epoch: epochOf(at), guardrails });

/** The same, without waiting: for a test body that must be built on the spot. */
export const totpCodeSync = (secret: string, at = new Date()): string => generateSync({ secret, epoch: epochOf(at), guardrails });

/**
 * The time step a code belongs to when it is valid at `at`, otherwise null. Callers store the last
 * step used and refuse a step that is not newer: a code seen over someone's shoulder, or replayed
 * from a log, is then worth nothing.
 */
export async function matchTotp(secret: string, code: string, at = new Date()): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = epochOf(at);
  const result = await verify({ secret, token: code, epoch, epochTolerance: toleranceSeconds, guardrails });
  if (!result.valid) return null;
  return Math.floor(epoch / periodSeconds) + result.delta;
}

const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * Ten single-use recovery codes for when the phone is lost: 10 characters from an alphabet without
 * look-alikes (about 49 bits each), shown once as "xxxxx-xxxxx". Only their hashes are stored; they
 * are random enough that a fast hash is safe.
 */
export function newRecoveryCodes(count = 10): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: count }, () => {
    const chars = [...randomBytes(10)].map((byte) => recoveryAlphabet[byte % recoveryAlphabet.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

/** Typed codes are forgiving: case, spaces and the dash do not matter. */
export const hashRecoveryCode = (code: string): string => hashToken(code.toLowerCase().replaceAll(/[\s-]/g, ''));
