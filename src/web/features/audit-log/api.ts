import { useInfiniteQuery } from '@tanstack/react-query';
import { auditPageSchema } from '../../../shared/audit.js';
import { request } from '../../app/http.js';
import type { Period } from './audit-days.js';

const pageSize = 50;

function pagedPath(path: string, period: Period, cursor: string | null): string {
  const query = new URLSearchParams({ from: period.from, to: period.to, limit: String(pageSize) });
  if (cursor !== null) query.set('cursor', cursor);
  return `${path}?${query.toString()}`;
}

/** Pages of a log, newest first; `fetchNextPage` brings the next, older page. */
function useAuditPages(key: readonly string[], path: string, period: Period, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['auditLog', ...key, period.from, period.to],
    queryFn: ({ pageParam }) => request('GET', pagedPath(path, period, pageParam), auditPageSchema),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
    // Every look at a log is itself logged: looking again only because the window got focus would
    // fill the client's own log with looks they never took.
    refetchOnWindowFocus: false,
  });
}

/** "Wie keek in mijn gegevens?": the log concerning the client, for the client themself. */
export function useClientAuditLog(clientId: string | null, period: Period) {
  const id = clientId ?? '';
  return useAuditPages(['client', id], `/api/clients/${encodeURIComponent(id)}/audit`, period, clientId !== null);
}

/** What a professional did, for the admin of their organisation. */
export function useProfessionalAuditLog(professionalId: string, period: Period) {
  return useAuditPages(['professional', professionalId], `/api/professionals/${encodeURIComponent(professionalId)}/audit`, period, true);
}
