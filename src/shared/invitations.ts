import { z } from 'zod';
import { loginResultSchema } from './accounts.js';
import { emailSchema, idSchema, passwordInputSchema } from './fields.js';
import { roleSchema } from './roles.js';

// Invitation and password-reset links. The secret travels in the link's fragment (after #), which a
// browser never sends to a server or puts in a Referer: the page reads it and posts it in a body.

/** Where the links in mails lead, in the web app. */
export const linkPaths = { invitation: '/uitnodiging', passwordReset: '/wachtwoord-herstellen' } as const;

/** How long a link works. */
export const invitationValidDays = 7;
export const passwordResetValidHours = 1;

/** 256 random bits in base64url: 43 characters. */
export const linkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'must be the code from the link in the mail' });

export const inspectInvitationBodySchema = z.strictObject({ token: linkTokenSchema });
export type InspectInvitationBody = z.infer<typeof inspectInvitationBodySchema>;

/** Who an invitation is for, shown before they choose a password. */
export const invitationSchema = z.object({
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  expiresAt: z.string(),
  /**
   * Set when the invitation asks the person to join a client's resource group: they can say yes
   * (accept, which records their yes) or no (decline).
   */
  group: z.object({ clientName: z.string(), groupName: z.string() }).nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** Saying no to joining a resource group: the link is used up and nothing of the client is left open to them. */
export const declineInvitationResultSchema = z.object({ status: z.literal('declined') });
export type DeclineInvitationResult = z.infer<typeof declineInvitationResultSchema>;

/** The password is checked by the server's password policy; the schema only bounds it. */
export const acceptInvitationBodySchema = z.strictObject({ token: linkTokenSchema, password: passwordInputSchema });
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBodySchema>;

/**
 * After accepting, as after a sign-in: a client or relative is signed in (`done`, with who they
 * are); a professional first sets up a second factor (`enrolment`), in the session the answer's
 * cookie starts; someone who already has one gives it (`second_factor`).
 */
export const acceptInvitationResultSchema = loginResultSchema;
export type AcceptInvitationResult = z.infer<typeof acceptInvitationResultSchema>;

export const passwordResetRequestBodySchema = z.strictObject({ email: emailSchema });
export type PasswordResetRequestBody = z.infer<typeof passwordResetRequestBodySchema>;

/** The same answer whether or not the address has an account. */
export const passwordResetRequestedSchema = z.object({ status: z.literal('requested') });

export const completePasswordResetBodySchema = z.strictObject({ token: linkTokenSchema, password: passwordInputSchema });
export type CompletePasswordResetBody = z.infer<typeof completePasswordResetBodySchema>;

/** An invitation just sent: until when its link works. */
export const sentInvitationSchema = z.object({ expiresAt: z.string() });
export type SentInvitation = z.infer<typeof sentInvitationSchema>;

/** Whether a person can sign in yet, whether a link is out, and whether the caller may (re)invite them. */
export const invitationStateSchema = z.object({
  /** False when the person has no email address in Regie, and so no account to invite to. */
  hasAccount: z.boolean(),
  canSignIn: z.boolean(),
  /** Until when the newest unused invitation works; null when none is open. */
  pendingUntil: z.string().nullable(),
  abilities: z.object({ invite: z.boolean() }),
});
export type InvitationState = z.infer<typeof invitationStateSchema>;

export const clientInvitationsSchema = z.object({
  client: invitationStateSchema,
  /** An ended relative (their place in the client's circle ended) is neither shown as signing in nor invited. */
  relatives: z.array(invitationStateSchema.extend({ relativeId: z.string(), ended: z.boolean() })),
});
export type ClientInvitations = z.infer<typeof clientInvitationsSchema>;

export const relativeInvitationParamsSchema = z.strictObject({ clientId: idSchema, relativeId: idSchema });
export const professionalInvitationParamsSchema = z.strictObject({ professionalId: idSchema });

/** The outbox: mail kept for demo users, where Regie has no SMTP server. */
export const outboxStatusSchema = z.object({ enabled: z.boolean() });
export const outboxSchema = z.object({
  messages: z.array(z.object({ id: z.string(), to: z.string(), subject: z.string(), text: z.string(), createdAt: z.string() })),
});
export type Outbox = z.infer<typeof outboxSchema>;
