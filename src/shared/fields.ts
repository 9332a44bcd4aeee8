import { z } from 'zod';

// Building blocks for request schemas: trimmed, bounded text so that no input can be huge or blank.
export const idSchema = z.uuid({ message: 'must be an id as given by Regie' });
// A name is one line of real text. PostgreSQL cannot store a NUL character (the insert fails: a
// 500) and turns a lone surrogate into U+FFFD (so the stored name differs from the one answered).
export const nameSchema = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(120, { message: 'must be at most 120 characters' })
  .regex(/^[^\p{Cc}\p{Cs}]*$/u, { message: 'must not contain control characters' });
export const emailSchema = z
  .email({ message: 'must be an email address, like naam@voorbeeld.nl' })
  .max(254)
  .transform((email) => email.toLowerCase());
export const passwordInputSchema = z
  .string()
  .min(1, { message: 'must not be empty' })
  .max(128, { message: 'must be at most 128 characters' });

/** The rules a browser can check for a password someone chooses; the server also refuses common ones. */
export const passwordMinLength = 8;
export const passwordMaxLength = 128;
export const newPasswordSchema = z
  .string()
  .min(passwordMinLength, { message: `must be at least ${passwordMinLength} characters; 15 or more is better` })
  .max(passwordMaxLength, { message: `must be at most ${passwordMaxLength} characters` });

/**
 * A few lines of free text: line breaks and tabs are fine, other control characters are not (for the
 * same reasons as in a name).
 */
export const multilineTextSchema = (maxLength: number, tooLong = `must be at most ${maxLength} characters`) =>
  z
    .string()
    .trim()
    .max(maxLength, { message: tooLong })
    .regex(/^(?:[^\p{Cc}\p{Cs}]|[\t\n\r])*$/u, { message: 'must not contain control characters' });
