import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { meSchema, type LoginBody, type Me } from '../../../shared/accounts.js';
import type { Locale } from '../../../shared/roles.js';
import { isApiError, request, send } from '../../app/http.js';

export const meKey = ['me'] as const;

/** The signed-in person, or null when nobody is signed in. */
async function fetchMe(): Promise<Me | null> {
  try {
    return await request('GET', '/api/me', meSchema);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });
}

/**
 * Forgets everything cached for the previous person and records who is signed in now. The `me`
 * query itself is kept, not cleared: the layout observes it, and a cleared query would leave that
 * observer watching a query that is no longer in the cache.
 */
function switchPerson(queryClient: QueryClient, me: Me | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  queryClient.setQueryData(meKey, me);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => request('POST', '/api/auth/login', meSchema, body),
    // Nothing cached for someone else may show, even for a moment.
    onSuccess: (me) => switchPerson(queryClient, me),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => send('POST', '/api/auth/logout'),
    onSettled: () => switchPerson(queryClient, null),
  });
}

export function useSaveLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => request('PATCH', '/api/me', meSchema, { locale }),
    onSuccess: (me) => queryClient.setQueryData(meKey, me),
  });
}
