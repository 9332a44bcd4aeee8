import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  loginResultSchema,
  meSchema,
  passwordChangedSchema,
  recoveryCodesSchema,
  secondFactorEnrolmentSchema,
  type ChangePasswordBody,
  type LoginBody,
  type Me,
} from '../../../shared/accounts.js';
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
export function switchPerson(queryClient: QueryClient, me: Me | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  queryClient.setQueryData(meKey, me);
}

/** The password step. Signed in at once (`done`), or on to the code or to setting up the app. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => request('POST', '/api/auth/login', loginResultSchema, body),
    // Nothing cached for someone else may show, even for a moment.
    onSuccess: (result) => {
      if (result.next === 'done') switchPerson(queryClient, result.me);
    },
  });
}

/** The code step: the code from the app or a recovery code. */
export function useSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => request('POST', '/api/auth/second-factor', meSchema, { code }),
    onSuccess: (me) => switchPerson(queryClient, me),
  });
}

/** A new secret for the authenticator app, with its QR code. */
export function useStartSecondFactor() {
  return useMutation({ mutationFn: () => request('POST', '/api/me/second-factor', secondFactorEnrolmentSchema) });
}

/**
 * Confirms the app with its first code. The answer holds the recovery codes; the caller shows them
 * before it lets the person go on (so it also decides when to take `me` into use).
 */
export function useConfirmSecondFactor() {
  return useMutation({ mutationFn: (code: string) => request('POST', '/api/me/second-factor/confirm', recoveryCodesSchema, { code }) });
}

export function useRenewRecoveryCodes() {
  return useMutation({ mutationFn: () => request('POST', '/api/me/recovery-codes', recoveryCodesSchema) });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordBody) => request('POST', '/api/me/password', passwordChangedSchema, body) });
}

/** Ends a sign-in that is not finished (the person starts again); no audit, nobody was signed in. */
export function useAbandonSignIn() {
  return useMutation({ mutationFn: () => send('POST', '/api/auth/logout') });
}

/** The admin signs a professional out on every device. */
export function useEndSessions() {
  return useMutation({ mutationFn: (professionalId: string) => send('POST', `/api/professionals/${encodeURIComponent(professionalId)}/sessions/end`) });
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
