import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  conversationOverviewSchema,
  conversationSchema,
  myConversationSchema,
  type ConversationSharingBody,
  type RecordConversationBody,
} from '../../../shared/conversations.js';
import { request } from '../../app/http.js';

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
// Under the clients feature's keys: a recorded conversation changes the member's status and the
// group's checklist, so the group's queries (under the same key) are refreshed with these.
const clientKey = (clientId: string) => ['clients', clientId] as const;
const conversationsKey = (clientId: string) => [...clientKey(clientId), 'conversations'] as const;
const myConversationKey = (clientId: string) => ['my-conversation', clientId] as const;

export function useConversations(clientId: string) {
  return useQuery({
    queryKey: conversationsKey(clientId),
    queryFn: () => request('GET', `${clientPath(clientId)}/conversations`, conversationOverviewSchema),
  });
}

const memberPath = (clientId: string, memberId: string) =>
  `${clientPath(clientId)}/conversations/${encodeURIComponent(memberId)}`;

export function useRecordConversation(clientId: string, memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordConversationBody) => request('PUT', memberPath(clientId, memberId), conversationSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKey(clientId) }),
  });
}

export function useConversationSharing(clientId: string, memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConversationSharingBody) =>
      request('PUT', `${memberPath(clientId, memberId)}/sharing`, conversationSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conversationsKey(clientId) }),
  });
}

export function useMyConversation(clientId: string) {
  return useQuery({
    queryKey: myConversationKey(clientId),
    queryFn: () => request('GET', `${clientPath(clientId)}/my-conversation`, myConversationSchema),
  });
}

export function useAnswerMyConversation(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agree: boolean) =>
      request('PUT', `${clientPath(clientId)}/my-conversation/sharing`, myConversationSchema, { agree }),
    onSuccess: (answer) => queryClient.setQueryData(myConversationKey(clientId), answer),
  });
}
