import { z } from 'zod';
import { idSchema, multilineTextSchema } from './fields.js';

// In-depth conversations (verdiepingsgesprekken, PRODUCT.md §4): the coordinator talks with each
// member without the client, and records the themes that came up, not what was said.

/** The themes the method names for these conversations. */
export const conversationThemes = [
  'expectations',
  'history_with_client',
  'burden_and_capacity',
  'role_in_group',
  'what_helps_in_meetings',
] as const;
export const conversationThemeSchema = z.enum(conversationThemes, {
  message: `must be one of: ${conversationThemes.join(', ')}`,
});
export type ConversationTheme = z.infer<typeof conversationThemeSchema>;

/** Whether the member agreed to show the record to the client. */
export const conversationSharingStates = ['not_asked', 'asked', 'agreed', 'declined'] as const;
export const conversationSharingSchema = z.enum(conversationSharingStates);
export type ConversationSharing = z.infer<typeof conversationSharingSchema>;

/** A short record; long enough for a few sentences per theme, short enough to stay a summary. */
export const conversationNotesSchema = multilineTextSchema(
  2000,
  'must be at most 2000 characters: record the themes, not the conversation',
);

export const recordConversationBodySchema = z.strictObject({
  heldOn: z.iso.date({ message: 'must be a date like 2026-03-31' }),
  // Piped, so that a value that is no list is told so once, not also that it is too long.
  themes: z
    .array(conversationThemeSchema)
    .pipe(z.array(conversationThemeSchema).max(conversationThemes.length, { message: 'names a theme more than once' })),
  notes: conversationNotesSchema,
});
export type RecordConversationBody = z.infer<typeof recordConversationBodySchema>;

/** The coordinator records the member's answer given in person, or asks it in Regie. */
export const conversationSharingBodySchema = z.strictObject({
  sharing: z.enum(['asked', 'agreed', 'declined'], { message: "must be 'asked', 'agreed' or 'declined'" }),
});
export type ConversationSharingBody = z.infer<typeof conversationSharingBodySchema>;

/** The member's own answer to a request to share their record with the client. */
export const myConversationSharingBodySchema = z.strictObject({ agree: z.boolean({ message: 'must be true or false' }) });
export type MyConversationSharingBody = z.infer<typeof myConversationSharingBodySchema>;

export const conversationParamsSchema = z.strictObject({ clientId: idSchema, memberId: idSchema });

export const conversationSchema = z.object({
  id: z.string(),
  memberId: z.string(),
  heldOn: z.string(),
  themes: z.array(conversationThemeSchema),
  notes: z.string(),
  sharing: conversationSharingSchema,
  recordedBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type Conversation = z.infer<typeof conversationSchema>;

/** Per member who needs a conversation: the record, when the caller may see it. */
export const conversationOverviewSchema = z.object({
  client: z.object({ id: z.string(), name: z.string() }),
  members: z.array(
    z.object({
      memberId: z.string(),
      name: z.string(),
      status: z.string(),
      conversation: conversationSchema.nullable(),
      /** The member can answer a request to share in Regie (a relative with an account); false for the client. */
      answersInRegie: z.boolean(),
    }),
  ),
  abilities: z.object({ record: z.boolean() }),
});
export type ConversationOverview = z.infer<typeof conversationOverviewSchema>;

/** A member's own record, shown to them when the coordinator asked to share it with the client. */
export const myConversationSchema = z.object({
  client: z.object({ id: z.string(), name: z.string() }),
  conversation: conversationSchema.nullable(),
});
export type MyConversation = z.infer<typeof myConversationSchema>;
