/**
 * Degrees of direction (PRODUCT.md §1): the client is the director of their group and decides how
 * much their coordinator may do for them. Each task is off until the client switches it on; what the
 * coordinator then does is recorded as done by the coordinator for the client.
 */
export const delegableTasks = ['edit_plan', 'invite_members', 'plan_meetings'] as const;
export type DelegableTask = (typeof delegableTasks)[number];

/** True when `value` names a task the client can hand to their coordinator. */
export function isDelegableTask(value: string): value is DelegableTask {
  return (delegableTasks as readonly string[]).includes(value);
}

/** Who does a task for the client, and for whom it is recorded. */
export type TaskPerformer =
  { kind: 'client' } | { kind: 'coordinator_for_client' } | { kind: 'coordinator_alone' } | { kind: 'nobody' };

/**
 * Who may do `task` for a client: the client themself always; their own coordinator when the client
 * delegated the task, recorded as done for the client; and, for a client who has no Regie account of
 * their own (who directs the group outside Regie), the coordinator in their own name.
 */
export function performerOf(
  task: DelegableTask,
  who: { isClientSelf: boolean; isClientsCoordinator: boolean },
  client: { hasAccount: boolean; delegated: readonly DelegableTask[] },
): TaskPerformer {
  if (who.isClientSelf) return { kind: 'client' };
  if (!who.isClientsCoordinator) return { kind: 'nobody' };
  if (client.delegated.includes(task)) return { kind: 'coordinator_for_client' };
  if (!client.hasAccount) return { kind: 'coordinator_alone' };
  return { kind: 'nobody' };
}
