/**
 * What the client shares with the members of their group (PRODUCT.md §1, SECURITY.md "Access
 * control"). The client decides per member and per kind of data; until they do, the method's default
 * holds: members see what the group works on together (plan, signalling plan, meetings, evaluation
 * results), while the network map stays between the client and their coordinator. Notes of in-depth
 * conversations are no category here: they never go to other members.
 */
export const sharingCategories = ['plan', 'signal_plan', 'meetings', 'network_map', 'evaluation_results'] as const;
export type SharingCategory = (typeof sharingCategories)[number];

const sharedByDefault: Readonly<Record<SharingCategory, boolean>> = {
  plan: true,
  signal_plan: true,
  meetings: true,
  // The map shows how the client sees the people in their life, some of them members: theirs to show.
  network_map: false,
  // Results are shown per theme and respondent type, made to be talked about at the meeting.
  evaluation_results: true,
};

/** True when a member sees `category` while the client has made no choice of their own. */
export function isSharedByDefault(category: SharingCategory): boolean {
  return sharedByDefault[category];
}

/** A choice the client made: shared or not, for one member and one category. */
export interface SharingChoice {
  category: SharingCategory;
  shared: boolean;
}

/** What one member sees, per category: the client's own choices over the defaults. */
export function effectiveSharing(choices: readonly SharingChoice[]): Record<SharingCategory, boolean> {
  const result = { ...sharedByDefault };
  for (const choice of choices) result[choice.category] = choice.shared;
  return result;
}

/** True when `value` names a sharing category (stored text is checked before it is trusted). */
export function isSharingCategory(value: string): value is SharingCategory {
  return (sharingCategories as readonly string[]).includes(value);
}
