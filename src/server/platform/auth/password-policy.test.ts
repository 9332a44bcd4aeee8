import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

const person = { email: 'esmee.vandijk@ggz-voorbeeld.nl', name: 'Esmee van Dijk' };

describe('passwordProblem', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('fiets regen koffie lamp', person)).toBeNull();
  });

  it('counts characters, not bytes, for the minimum and maximum', () => {
    expect(passwordProblem('kort123', person)).toBe('password_too_short');
    expect(passwordProblem('ééééééé', person)).toBe('password_too_short');
    expect(passwordProblem('ééééééééé', person)).toBeNull();
    expect(passwordProblem('x'.repeat(128), person)).toBeNull();
    expect(passwordProblem('x'.repeat(129), person)).toBe('password_too_long');
  });

  it.each(['password', 'Wachtwoord', 'welkom01', '12345678', 'qwertyuiop', 'iloveyou'])('refuses the common password %s', (password) => {
    expect(passwordProblem(password, person)).toBe('password_common');
  });

  it('refuses a common password with a few digits or a mark added', () => {
    expect(passwordProblem('wachtwoord2026', person)).toBe('password_common');
    expect(passwordProblem('Welkom123!', person)).toBe('password_common');
  });

  it("refuses the person's own email address or name, also with digits added", () => {
    expect(passwordProblem('esmee.vandijk@ggz-voorbeeld.nl', person)).toBe('password_personal');
    expect(passwordProblem('Esmee van Dijk', person)).toBe('password_personal');
    expect(passwordProblem('esmeevandijk1990', person)).toBe('password_personal');
  });

  it('does not refuse a password that merely contains a common word', () => {
    expect(passwordProblem('password lamp fiets', person)).toBeNull();
  });
});
