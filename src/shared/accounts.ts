import { z } from 'zod';
import { emailSchema, passwordInputSchema } from './fields.js';
import { localeSchema, roleSchema } from './roles.js';

export const loginBodySchema = z.strictObject({
  email: emailSchema,
  password: passwordInputSchema,
});
export type LoginBody = z.infer<typeof loginBodySchema>;

const reference = z.object({ id: z.string(), name: z.string() });

export const meSchema = z.object({
  accountId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: localeSchema,
  organisation: reference.nullable(),
  team: reference.nullable(),
  /** Set for a client: their own client record. */
  clientId: z.string().nullable(),
  /** Set for a relative: the clients they are a relative of. */
  relativeOf: z.array(reference),
  /** The second factor (an authenticator app): on or not, and whether the person must have it (professionals). */
  secondFactor: z.object({ enabled: z.boolean(), required: z.boolean() }),
});
export type Me = z.infer<typeof meSchema>;

/**
 * What comes after a correct password: `done` (signed in), `second_factor` (the code from the app is
 * asked next) or `enrolment` (a professional sets up a second factor first).
 */
export const loginResultSchema = z.discriminatedUnion('next', [
  z.object({ next: z.literal('done'), me: meSchema }),
  z.object({ next: z.literal('second_factor') }),
  z.object({ next: z.literal('enrolment') }),
]);
export type LoginResult = z.infer<typeof loginResultSchema>;

/** The 6 digits an authenticator app shows. */
export const totpCodeSchema = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty', abort: true })
  .regex(/^\d{6}$/, { message: 'must be the 6 digits your app shows' });

/** The code from the app, or one of the recovery codes (xxxxx-xxxxx; case, spaces and dashes do not matter). */
export const secondFactorBodySchema = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, { message: 'must not be empty', abort: true })
    .max(32, { message: 'must be at most 32 characters', abort: true })
    .regex(/^[A-Za-z0-9 -]+$/, { message: 'must be the 6 digits your app shows, or a recovery code' }),
});
export type SecondFactorBody = z.infer<typeof secondFactorBodySchema>;

/** A new second factor to set up: the secret for the app, as a QR code image and as text to type. */
export const secondFactorEnrolmentSchema = z.object({
  /** Base32, for typing into the app when scanning is not possible. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** data:image/svg+xml URL of the QR code of `otpauthUri`. */
  qrCodeDataUrl: z.string(),
});
export type SecondFactorEnrolment = z.infer<typeof secondFactorEnrolmentSchema>;

export const confirmSecondFactorBodySchema = z.strictObject({ code: totpCodeSchema });
export type ConfirmSecondFactorBody = z.infer<typeof confirmSecondFactorBodySchema>;

/** Recovery codes, shown this once; only their hashes are kept. `me` is the person, signed in now. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()), me: meSchema });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

/** The new password's length and quality are checked by the server's policy, which names each problem. */
export const changePasswordBodySchema = z.strictObject({
  currentPassword: passwordInputSchema,
  newPassword: passwordInputSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

export const passwordChangedSchema = z.object({
  /** How many sessions on other devices were ended. */
  otherSessionsEnded: z.number().int(),
});
export type PasswordChanged = z.infer<typeof passwordChangedSchema>;

export const updateMeBodySchema = z.strictObject({ locale: localeSchema });
export type UpdateMeBody = z.infer<typeof updateMeBodySchema>;
