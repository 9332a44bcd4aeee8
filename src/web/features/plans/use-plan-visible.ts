import { useSharedWithMe } from '../sharing/index.js';

/**
 * Whether to offer a link to the client's plan. The client and their team may always read it; a
 * relative only when the client shares the plan with them, which "shared with me" tells (so that no
 * plan is opened, and no read of it logged, just to decide on a link).
 */
export function usePlanVisible(clientId: string, isRelative: boolean): boolean {
  const shared = useSharedWithMe(clientId, isRelative);
  if (!isRelative) return true;
  return shared.data?.categories.plan ?? false;
}
