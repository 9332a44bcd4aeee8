import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../shared/accounts.js';
import {
  acceptInvitationResultSchema,
  clientInvitationsSchema,
  declineInvitationResultSchema,
  invitationSchema,
  outboxSchema,
  outboxStatusSchema,
  passwordResetRequestedSchema,
  sentInvitationSchema,
  type AcceptInvitationBody,
  type CompletePasswordResetBody,
  type PasswordResetRequestBody,
} from '../../../shared/invitations.js';
import { request, send } from '../../app/http.js';
import { meKey } from '../accounts/index.js';

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
const invitationsKey = (clientId: string) => ['clients', clientId, 'invitations'] as const;
const outboxKey = ['outbox'] as const;

/** Who of the client and their relatives can sign in, whose link is out, and whom the caller may invite. */
export function useClientInvitations(clientId: string) {
  return useQuery({
    queryKey: invitationsKey(clientId),
    queryFn: () => request('GET', `${clientPath(clientId)}/invitations`, clientInvitationsSchema),
  });
}

/** Sends an invitation to `path` (the client's, a relative's or a professional's invitation route). */
export function useSendInvitation(path: string, clientId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request('POST', path, sentInvitationSchema),
    onSuccess: () => (clientId === null ? undefined : queryClient.invalidateQueries({ queryKey: invitationsKey(clientId) })),
  });
}

export const clientInvitationPath = (clientId: string) => `${clientPath(clientId)}/invitation`;
export const relativeInvitationPath = (clientId: string, relativeId: string) =>
  `${clientPath(clientId)}/relatives/${encodeURIComponent(relativeId)}/invitation`;
export const professionalInvitationPath = (professionalId: string) =>
  `/api/professionals/${encodeURIComponent(professionalId)}/invitation`;

/** Who an invitation is for. The token goes in the body, never in an address. */
export function useInvitation(token: string | null) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => request('POST', '/api/invitations/inspect', invitationSchema, { token }),
    enabled: token !== null,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) => request('POST', '/api/invitations/accept', acceptInvitationResultSchema, body),
    onSuccess: (result) => {
      // A new person is signed in: nothing cached for whoever used this browser before may show.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
      queryClient.setQueryData<Me | null>(meKey, result.next === 'done' ? result.me : null);
    },
  });
}

/** Saying no to joining a resource group: the link is used up; nobody is signed in. */
export function useDeclineInvitation() {
  return useMutation({
    mutationFn: (token: string) => request('POST', '/api/invitations/decline', declineInvitationResultSchema, { token }),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequestBody) =>
      request('POST', '/api/auth/password-reset', passwordResetRequestedSchema, body),
  });
}

export function useCompletePasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CompletePasswordResetBody) => send('POST', '/api/auth/password-reset/complete', body),
    // Every session of the account has ended, this browser's too if it was signed in as them.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKey }),
  });
}

/** Whether mail lands in the outbox (demo) rather than being sent. */
export function useOutboxStatus() {
  return useQuery({
    queryKey: [...outboxKey, 'status'],
    queryFn: () => request('GET', '/api/outbox/status', outboxStatusSchema),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useOutbox(enabled: boolean) {
  return useQuery({ queryKey: outboxKey, queryFn: () => request('GET', '/api/outbox', outboxSchema), enabled });
}
