import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  meetingAttentionSchema,
  meetingDraftSchema,
  meetingListSchema,
  meetingSchema,
  minutesSchema,
  myMeetingsSchema,
  rhythmSchema,
  startEvaluationSchema,
  type MeetingBody,
  type MeetingKind,
  type MinutesBody,
  type ReplyBody,
  type RhythmBody,
  type StartEvaluationBody,
} from '../../../shared/meetings.js';
import { request } from '../../app/http.js';

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
const meetingsPath = (clientId: string) => `${clientPath(clientId)}/meetings`;
const meetingPath = (clientId: string, meetingId: string) => `${meetingsPath(clientId)}/${encodeURIComponent(meetingId)}`;

// Under the clients feature's keys: meetings tick items of the group's checklist, and minutes change
// the plan, so the group's and the plan's queries (under the same key) are refreshed with these.
const clientKey = (clientId: string) => ['clients', clientId] as const;
const meetingsKey = (clientId: string) => [...clientKey(clientId), 'meetings'] as const;
const meetingKey = (clientId: string, meetingId: string) => [...meetingsKey(clientId), meetingId] as const;
const minutesKey = (clientId: string, meetingId: string) => [...meetingKey(clientId, meetingId), 'minutes'] as const;
const myMeetingsKey = ['my-meetings'] as const;
const attentionKey = ['meeting-attention'] as const;
const myAgreementsKey = ['my-agreements'] as const;

export function useMeetings(clientId: string) {
  return useQuery({ queryKey: meetingsKey(clientId), queryFn: () => request('GET', meetingsPath(clientId), meetingListSchema) });
}

export function useMeetingDraft(clientId: string, kind: MeetingKind, enabled = true) {
  return useQuery({
    queryKey: [...meetingsKey(clientId), 'draft', kind],
    queryFn: () => request('GET', `${meetingsPath(clientId)}/draft?kind=${kind}`, meetingDraftSchema),
    enabled,
  });
}

export function useMeeting(clientId: string, meetingId: string) {
  return useQuery({
    queryKey: meetingKey(clientId, meetingId),
    queryFn: () => request('GET', meetingPath(clientId, meetingId), meetingSchema),
  });
}

export function useMinutes(clientId: string, meetingId: string) {
  return useQuery({
    queryKey: minutesKey(clientId, meetingId),
    queryFn: () => request('GET', `${meetingPath(clientId, meetingId)}/minutes`, minutesSchema),
  });
}

export function useMyMeetings(enabled = true) {
  return useQuery({ queryKey: myMeetingsKey, queryFn: () => request('GET', '/api/my-meetings', myMeetingsSchema), enabled });
}

export function useMeetingAttention(enabled = true) {
  return useQuery({
    queryKey: attentionKey,
    queryFn: () => request('GET', '/api/meeting-attention', meetingAttentionSchema),
    enabled,
  });
}

/** After any change to a meeting: the client's data (group, plan, meetings) and the lists across clients. */
function useRefreshMeetings(clientId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: clientKey(clientId) }),
      queryClient.invalidateQueries({ queryKey: myMeetingsKey }),
      queryClient.invalidateQueries({ queryKey: attentionKey }),
      queryClient.invalidateQueries({ queryKey: myAgreementsKey }),
    ]);
}

export function usePlanMeeting(clientId: string) {
  const refresh = useRefreshMeetings(clientId);
  return useMutation({
    mutationFn: (body: MeetingBody) => request('POST', meetingsPath(clientId), meetingSchema, body),
    onSuccess: refresh,
  });
}

export function useChangeMeeting(clientId: string, meetingId: string) {
  const refresh = useRefreshMeetings(clientId);
  return useMutation({
    mutationFn: (body: MeetingBody) => request('PUT', meetingPath(clientId, meetingId), meetingSchema, body),
    onSuccess: refresh,
  });
}

export function useCancelMeeting(clientId: string, meetingId: string) {
  const refresh = useRefreshMeetings(clientId);
  return useMutation({
    mutationFn: () => request('POST', `${meetingPath(clientId, meetingId)}/cancel`, meetingSchema),
    onSuccess: refresh,
  });
}

export function useReply(clientId: string, meetingId: string) {
  const refresh = useRefreshMeetings(clientId);
  return useMutation({
    mutationFn: (body: ReplyBody) => request('PUT', `${meetingPath(clientId, meetingId)}/reply`, meetingSchema, body),
    onSuccess: refresh,
  });
}

/** Whoever plans the meetings writes down the answer of an invitee who cannot answer in Regie. */
export function useRecordReply(clientId: string, meetingId: string) {
  const refresh = useRefreshMeetings(clientId);
  return useMutation({
    mutationFn: (body: Required<ReplyBody>) => request('PUT', `${meetingPath(clientId, meetingId)}/reply`, meetingSchema, body),
    onSuccess: refresh,
  });
}

export function useSetRhythm(clientId: string) {
  const refresh = useRefreshMeetings(clientId);
  return useMutation({
    mutationFn: (body: RhythmBody) => request('PUT', `${clientPath(clientId)}/meeting-rhythm`, rhythmSchema, body),
    onSuccess: refresh,
  });
}

export function useSaveMinutes(clientId: string, meetingId: string) {
  const refresh = useRefreshMeetings(clientId);
  return useMutation({
    mutationFn: (body: MinutesBody) => request('PUT', `${meetingPath(clientId, meetingId)}/minutes`, minutesSchema, body),
    onSuccess: refresh,
  });
}

export function useApproveMinutes(clientId: string, meetingId: string) {
  const refresh = useRefreshMeetings(clientId);
  return useMutation({
    mutationFn: () => request('POST', `${meetingPath(clientId, meetingId)}/minutes/approve`, minutesSchema),
    onSuccess: refresh,
  });
}

export function useSaveStartEvaluation(clientId: string, meetingId: string) {
  const refresh = useRefreshMeetings(clientId);
  return useMutation({
    mutationFn: (body: StartEvaluationBody) =>
      request('PUT', `${meetingPath(clientId, meetingId)}/start-evaluation`, startEvaluationSchema, body),
    onSuccess: refresh,
  });
}
