import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, totpCode, totpUri } from './totp.js';

const secret = 'JBSWY3DPEHPK3PXP';
const at = new Date('2026-11-22T10:00:10Z');
const step = Math.floor(at.getTime() / 1000 / 30);

describe('TOTP', () => {
  it('matches the code of now, and of one step either side, to its time step', async () => {
    expect(await matchTotp(secret, await totpCode(secret, at), at)).toBe(step);
    expect(await matchTotp(secret, await totpCode(secret, new Date(at.getTime() - 30_000)), at)).toBe(step - 1);
    expect(await matchTotp(secret, await totpCode(secret, new Date(at.getTime() + 30_000)), at)).toBe(step + 1);
  });

  it('refuses a code from two minutes ago, a wrong code and anything that is not six digits', async () => {
    expect(await matchTotp(secret, await totpCode(secret, new Date(at.getTime() - 120_000)), at)).toBeNull();
    const code = await totpCode(secret, at);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(await matchTotp(secret, wrong, at)).toBeNull();
    expect(await matchTotp(secret, '12345', at)).toBeNull();
    expect(await matchTotp(secret, ' 123456', at)).toBeNull();
  });

  it('makes new secrets that differ and that an authenticator app can read', () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
    expect(totpUri(a, 'esmee@ggz.nl')).toMatch(/^otpauth:\/\/totp\/Regie:esmee%40ggz\.nl\?.*secret=/);
  });
});

describe('recovery codes', () => {
  it('makes ten distinct codes, stores only hashes, and forgives case, spaces and dashes', () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(hashes).not.toContain(codes[0]);
    const first = codes[0] ?? '';
    expect(hashRecoveryCode(first.toUpperCase().replace('-', ' '))).toBe(hashes[0]);
  });
});
