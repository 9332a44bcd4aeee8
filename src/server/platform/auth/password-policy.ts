import { dictionary } from '@zxcvbn-ts/language-common';
import { passwordMaxLength, passwordMinLength } from '../../../shared/fields.js';
import type { FieldError } from '../http/errors.js';

export type PasswordProblem = 'password_too_short' | 'password_too_long' | 'password_common' | 'password_personal';

// About 49,000 passwords that appear in breach corpora and top-password lists, Dutch ones among
// them ("wachtwoord", "welkom01"). Shipped inside the package: checking needs no network.
let common: ReadonlySet<string> | undefined;
const commonPasswords = (): ReadonlySet<string> => (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));

const normalise = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * Why a password someone chooses is refused, or null when it is fine. Length counts characters, not
 * bytes; there are no composition rules (they make passwords worse, not better). A password that is
 * the person's own email address or name, or a common password with a digit or two stuck on, is
 * refused too: those are the first guesses an attacker makes.
 */
export function passwordProblem(password: string, personal: { email: string; name?: string }): PasswordProblem | null {
  // Code points, as NIST counts them: an accented letter is one character, not two bytes.
  const length = Array.from(password.normalize('NFC')).length;
  if (length < passwordMinLength) return 'password_too_short';
  if (length > passwordMaxLength) return 'password_too_long';

  const candidate = normalise(password);
  const withoutTrailingDigits = candidate.replace(/[\d!?.]{1,4}$/u, '');
  if (commonPasswords().has(candidate) || (withoutTrailingDigits.length >= 6 && commonPasswords().has(withoutTrailingDigits))) {
    return 'password_common';
  }

  const squash = (text: string) => normalise(text).replaceAll(/[^\p{L}\p{N}]/gu, '');
  const personalWords = [personal.email, personal.email.split('@')[0] ?? '', personal.name ?? ''].map(squash).filter((w) => w.length >= 4);
  const squashed = squash(password);
  if (personalWords.some((word) => squashed === word || squashed.replace(/\d+$/u, '') === word)) return 'password_personal';
  return null;
}

// What a person is told about a password they chose, next to the field they typed it in.
const passwordProblemMessages: Record<PasswordProblem, string> = {
  password_too_short: 'must be at least 8 characters; a sentence of a few words is easiest to remember',
  password_too_long: 'must be at most 128 characters',
  password_common:
    'is a password many people use, which attackers try first; choose another, for example a few words that belong together only for you',
  password_personal: 'must not be your name or email address; choose something others cannot guess',
};

/** The field error for a password someone chooses in `field`, or null when it is fine. */
export function passwordFieldError(
  field: string,
  password: string,
  personal: { email: string; name?: string },
): FieldError | null {
  const problem = passwordProblem(password, personal);
  return problem === null ? null : { field, code: problem, message: passwordProblemMessages[problem] };
}
