import { useQuery } from '@tanstack/react-query';
import { sharedWithMeSchema } from '../../../shared/sharing.js';
import { request } from '../../app/http.js';

/**
 * Whether to offer a link to the client's plan. The client and their team may always read it; a
 * relative only when the client shares the plan with them, which "shared with me" tells (so that no
 * plan is opened, and no read of it logged, just to decide on a link). Same query and key as the
 * sharing feature's, so that the home page and this link share one request.
 */
export function usePlanVisible(clientId: string, isRelative: boolean): boolean {
  const shared = useQuery({
    queryKey: ['shared-with-me', clientId],
    queryFn: () => request('GET', `/api/clients/${encodeURIComponent(clientId)}/shared-with-me`, sharedWithMeSchema),
    enabled: isRelative,
  });
  if (!isRelative) return true;
  return shared.data?.categories.plan ?? false;
}
