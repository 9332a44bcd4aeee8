import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  evaluationLinkAnsweredSchema,
  evaluationListSchema,
  evaluationTrendSchema,
  myEvaluationsSchema,
  questionnaireSchema,
  roundResultsSchema,
  roundSummarySchema,
  type OpenRoundBody,
  type ResponseBody,
} from '../../../shared/evaluations.js';
import { request } from '../../app/http.js';

const evaluationsPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/evaluations`;
const roundPath = (clientId: string, roundId: string) => `${evaluationsPath(clientId)}/${encodeURIComponent(roundId)}`;

// Under the clients feature's keys, like the meetings: whatever refreshes a client's data refreshes
// their evaluations too. Everything about one client's rounds sits under one key, so that a change to
// a round (opened, answered, closed) refreshes the list, the round, its questionnaire and the trend.
const evaluationsKey = (clientId: string) => ['clients', clientId, 'evaluations'] as const;
const roundKey = (clientId: string, roundId: string) => [...evaluationsKey(clientId), 'round', roundId] as const;
const myEvaluationsKey = ['my-evaluations'] as const;

export function useEvaluations(clientId: string, enabled = true) {
  return useQuery({
    queryKey: evaluationsKey(clientId),
    queryFn: () => request('GET', evaluationsPath(clientId), evaluationListSchema),
    enabled,
  });
}

export function useEvaluationTrend(clientId: string, enabled = true) {
  return useQuery({
    queryKey: [...evaluationsKey(clientId), 'trend'],
    queryFn: () => request('GET', `${evaluationsPath(clientId)}/trend`, evaluationTrendSchema),
    enabled,
  });
}

export function useEvaluationRound(clientId: string, roundId: string) {
  return useQuery({
    queryKey: roundKey(clientId, roundId),
    queryFn: () => request('GET', roundPath(clientId, roundId), roundSummarySchema),
  });
}

export function useRoundResults(clientId: string, roundId: string, enabled = true) {
  return useQuery({
    queryKey: [...roundKey(clientId, roundId), 'results'],
    queryFn: () => request('GET', `${roundPath(clientId, roundId)}/results`, roundResultsSchema),
    enabled,
  });
}

export function useQuestionnaire(clientId: string, roundId: string) {
  return useQuery({
    queryKey: [...roundKey(clientId, roundId), 'questionnaire'],
    queryFn: () => request('GET', `${roundPath(clientId, roundId)}/questionnaire`, questionnaireSchema),
    // Answers typed so far live in the form; a refetch on returning to the tab must not reset it.
    refetchOnWindowFocus: false,
  });
}

export function useMyEvaluations(enabled = true) {
  return useQuery({
    queryKey: myEvaluationsKey,
    queryFn: () => request('GET', '/api/my-evaluations', myEvaluationsSchema),
    enabled,
  });
}

/** After any change to a round: the client's evaluations, and the questionnaires waiting for people. */
function useRefreshEvaluations(clientId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: evaluationsKey(clientId) }),
      queryClient.invalidateQueries({ queryKey: myEvaluationsKey }),
    ]);
}

export function useOpenRound(clientId: string) {
  const refresh = useRefreshEvaluations(clientId);
  return useMutation({
    mutationFn: (body: OpenRoundBody) => request('POST', evaluationsPath(clientId), roundSummarySchema, body),
    onSuccess: refresh,
  });
}

export function useCloseRound(clientId: string, roundId: string) {
  const refresh = useRefreshEvaluations(clientId);
  return useMutation({
    mutationFn: () => request('POST', `${roundPath(clientId, roundId)}/close`, roundSummarySchema),
    onSuccess: refresh,
  });
}

export function useSendResponse(clientId: string, roundId: string) {
  const refresh = useRefreshEvaluations(clientId);
  return useMutation({
    mutationFn: (body: ResponseBody) => request('PUT', `${roundPath(clientId, roundId)}/response`, roundSummarySchema, body),
    // Not awaited: the refreshed questionnaire says "already answered", and the thank-you must come first.
    onSuccess: () => {
      void refresh();
    },
  });
}

/**
 * The questionnaire a personal link opens, for a member without an account: the token from the
 * link's fragment goes in the body, never in a URL; `locale` serves Regie's own instrument in the
 * page's language. Not cached beyond the page: nobody is signed in.
 */
export function useLinkQuestionnaire(token: string | null, locale: 'nl' | 'en') {
  return useQuery({
    queryKey: ['evaluation-link', token, locale],
    queryFn: () => request('POST', '/api/evaluation-link/questionnaire', questionnaireSchema, { token, locale }),
    enabled: token !== null,
    retry: false,
    refetchOnWindowFocus: false,
    // The language switch asks again; the answers typed so far stay in the form (same items, same ids).
    placeholderData: (previous) => previous,
  });
}

/** Sends the response with a personal link; whole and final. */
export function useSendLinkResponse(token: string) {
  return useMutation({
    mutationFn: (body: ResponseBody) =>
      request('POST', '/api/evaluation-link/response', evaluationLinkAnsweredSchema, { ...body, token }),
  });
}
