import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  groupCandidatesSchema,
  groupHistorySchema,
  groupSchema,
  groupStateSchema,
  memberSchema,
  type AddProfessionalBody,
  type AnswerBody,
  type ApproachBody,
  type Group,
  type GroupState,
  type LeaveBody,
} from '../../../shared/groups.js';
import { sentInvitationSchema } from '../../../shared/invitations.js';
import { request } from '../../app/http.js';

const groupPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/group`;
const memberPath = (clientId: string, memberId: string) => `${groupPath(clientId)}/members/${encodeURIComponent(memberId)}`;

// Under the clients feature's keys: the network map's nominations refresh "everything about this
// client", the group among it, and a member leaving or being invited changes the client's relatives.
const clientKey = (clientId: string) => ['clients', clientId] as const;
const groupKey = (clientId: string) => [...clientKey(clientId), 'group'] as const;
const historyKey = (clientId: string) => [...groupKey(clientId), 'history'] as const;
const candidatesKey = (clientId: string) => [...groupKey(clientId), 'candidates'] as const;

/** The client's group (or none yet) as the caller may see it, with what they may do. */
export function useGroupState(clientId: string) {
  return useQuery({ queryKey: groupKey(clientId), queryFn: () => request('GET', groupPath(clientId), groupStateSchema) });
}

/** Phase moves and membership steps, newest first. Not for relatives: the server refuses them. */
export function useGroupHistory(clientId: string) {
  return useQuery({
    queryKey: historyKey(clientId),
    queryFn: () => request('GET', `${groupPath(clientId)}/history`, groupHistorySchema),
  });
}

/** Professionals of the client's team who could join, or take over as coordinator (for those who add them). */
export function useGroupCandidates(clientId: string) {
  return useQuery({
    queryKey: candidatesKey(clientId),
    queryFn: async () => (await request('GET', `${groupPath(clientId)}/candidates`, groupCandidatesSchema)).professionals,
  });
}

/** A change answered with the whole group: it replaces the cached one, and the history is read again. */
function useGroupChange<V>(clientId: string, send: (variables: V) => Promise<Group>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (group) => {
      queryClient.setQueryData<GroupState>(
        groupKey(clientId),
        (state) => state && { ...state, group, abilities: { create: false } },
      );
      await queryClient.invalidateQueries({ queryKey: historyKey(clientId) });
    },
  });
}

export function useCreateGroup(clientId: string) {
  return useGroupChange(clientId, (name: string) => request('POST', groupPath(clientId), groupSchema, { name }));
}

export function useRenameGroup(clientId: string) {
  return useGroupChange(clientId, (name: string) => request('PUT', groupPath(clientId), groupSchema, { name }));
}

export function useMovePhase(clientId: string) {
  return useGroupChange(clientId, (phase: number) => request('POST', `${groupPath(clientId)}/phase`, groupSchema, { phase }));
}

export function useTickItem(clientId: string) {
  return useGroupChange(clientId, ({ itemId, done }: { itemId: string; done: boolean }) =>
    request('PUT', `${groupPath(clientId)}/checklist/${encodeURIComponent(itemId)}`, groupSchema, { done }),
  );
}

/**
 * The warm handover changes the client's coordinator, and with it what the predecessor may still do:
 * the client (and the list that names their coordinator) is read again, and the candidates, which
 * only the coordinator and the team lead may read, are dropped rather than asked for again.
 */
export function useHandover(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (successorProfessionalId: string) =>
      request('POST', `${groupPath(clientId)}/handover`, groupSchema, { successorProfessionalId }),
    onSuccess: async (group) => {
      queryClient.setQueryData<GroupState>(groupKey(clientId), (state) => state && { ...state, group });
      queryClient.removeQueries({ queryKey: candidatesKey(clientId) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['clients'], exact: true }),
        queryClient.invalidateQueries({ queryKey: clientKey(clientId), exact: true }),
        queryClient.invalidateQueries({ queryKey: historyKey(clientId) }),
      ]);
    },
  });
}

/** A change of one membership: the group (checklists, next step) and the client's relatives may follow from it. */
function useMemberChange<V, R>(clientId: string, send: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKey(clientId) }),
  });
}

export function useAddProfessional(clientId: string) {
  return useMemberChange(clientId, (body: AddProfessionalBody) =>
    request('POST', `${groupPath(clientId)}/professionals`, memberSchema, body),
  );
}

export function useApproach(clientId: string) {
  return useMemberChange(clientId, ({ memberId, ...body }: ApproachBody & { memberId: string }) =>
    request('POST', `${memberPath(clientId, memberId)}/approach`, memberSchema, body),
  );
}

export function useInviteMember(clientId: string) {
  return useMemberChange(clientId, (memberId: string) =>
    request('POST', `${memberPath(clientId, memberId)}/invitation`, sentInvitationSchema),
  );
}

export function useAnswer(clientId: string) {
  return useMemberChange(clientId, ({ memberId, ...body }: AnswerBody & { memberId: string }) =>
    request('POST', `${memberPath(clientId, memberId)}/answer`, memberSchema, body),
  );
}

export function useActivate(clientId: string) {
  return useMemberChange(clientId, (memberId: string) =>
    request('POST', `${memberPath(clientId, memberId)}/activate`, memberSchema),
  );
}

export function useLeave(clientId: string) {
  return useMemberChange(clientId, ({ memberId, ...body }: LeaveBody & { memberId: string }) =>
    request('POST', `${memberPath(clientId, memberId)}/leave`, memberSchema, body),
  );
}
