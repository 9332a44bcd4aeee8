import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  adoptionSchema,
  agreementSchema,
  goalLimitsSchema,
  goalSchema,
  myAgreementsSchema,
  planSchema,
  signalPlanViewSchema,
  versionListSchema,
  versionSchema,
  type AdoptionBody,
  type AgreementBody,
  type AgreementStatusBody,
  type GoalBody,
  type GoalLimitsBody,
  type PlanPdfQuery,
  type ProgressBody,
  type SignalPlanBody,
} from '../../../shared/plans.js';
import { request } from '../../app/http.js';

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
const planPath = (clientId: string) => `${clientPath(clientId)}/plan`;

// Under the clients feature's keys: goals, agreements and the signalling plan tick items of the
// group's checklist, so the group's queries (under the same key) are refreshed with these.
const clientKey = (clientId: string) => ['clients', clientId] as const;
const planKey = (clientId: string) => [...clientKey(clientId), 'plan'] as const;
const signalPlanKey = (clientId: string) => [...clientKey(clientId), 'signal-plan'] as const;
const versionsKey = (clientId: string) => [...planKey(clientId), 'versions'] as const;
const myAgreementsKey = ['my-agreements'] as const;
const goalLimitsKey = ['organisation', 'goal-limits'] as const;

export function usePlan(clientId: string) {
  return useQuery({ queryKey: planKey(clientId), queryFn: () => request('GET', planPath(clientId), planSchema) });
}

/** After any change to the plan: the plan, its versions, the group's checklist and everyone's agreements. */
function useRefreshPlan(clientId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: clientKey(clientId) }),
      queryClient.invalidateQueries({ queryKey: myAgreementsKey }),
    ]);
}

export function useAddGoal(clientId: string) {
  const refresh = useRefreshPlan(clientId);
  return useMutation({
    mutationFn: (body: GoalBody) => request('POST', `${planPath(clientId)}/goals`, goalSchema, body),
    onSuccess: refresh,
  });
}

const goalPath = (clientId: string, goalId: string) => `${planPath(clientId)}/goals/${encodeURIComponent(goalId)}`;

export function useChangeGoal(clientId: string, goalId: string) {
  const refresh = useRefreshPlan(clientId);
  return useMutation({
    mutationFn: (body: GoalBody) => request('PUT', goalPath(clientId, goalId), goalSchema, body),
    onSuccess: refresh,
  });
}

export function useRecordProgress(clientId: string, goalId: string) {
  const refresh = useRefreshPlan(clientId);
  return useMutation({
    mutationFn: (body: ProgressBody) => request('POST', `${goalPath(clientId, goalId)}/progress`, goalSchema, body),
    onSuccess: refresh,
  });
}

export function useAddAgreement(clientId: string) {
  const refresh = useRefreshPlan(clientId);
  return useMutation({
    mutationFn: (body: AgreementBody) => request('POST', `${planPath(clientId)}/agreements`, agreementSchema, body),
    onSuccess: refresh,
  });
}

export function useChangeAgreement(clientId: string, agreementId: string) {
  const refresh = useRefreshPlan(clientId);
  return useMutation({
    mutationFn: (body: AgreementBody) =>
      request('PUT', `${planPath(clientId)}/agreements/${encodeURIComponent(agreementId)}`, agreementSchema, body),
    onSuccess: refresh,
  });
}

export function useSignalPlan(clientId: string) {
  return useQuery({
    queryKey: signalPlanKey(clientId),
    queryFn: () => request('GET', `${clientPath(clientId)}/signal-plan`, signalPlanViewSchema),
  });
}

export function useSaveSignalPlan(clientId: string) {
  const refresh = useRefreshPlan(clientId);
  return useMutation({
    mutationFn: (body: SignalPlanBody) => request('PUT', `${clientPath(clientId)}/signal-plan`, signalPlanViewSchema, body),
    onSuccess: refresh,
  });
}

export function useVersions(clientId: string) {
  return useQuery({
    queryKey: versionsKey(clientId),
    queryFn: () => request('GET', `${planPath(clientId)}/versions`, versionListSchema),
  });
}

/** One version whole; versions never change, so once read it is kept. */
export function useVersion(clientId: string, version: number | null) {
  return useQuery({
    queryKey: [...versionsKey(clientId), version],
    queryFn: () => request('GET', `${planPath(clientId)}/versions/${String(version)}`, versionSchema),
    enabled: version !== null,
    staleTime: Infinity,
  });
}

export function useAdoptPlan(clientId: string) {
  const refresh = useRefreshPlan(clientId);
  return useMutation({
    mutationFn: (body: AdoptionBody) => request('POST', `${planPath(clientId)}/adoptions`, adoptionSchema, body),
    onSuccess: refresh,
  });
}

/** Where the browser downloads the plan or the signalling plan as PDF (a plain link: the cookie goes along). */
export function planPdfUrl(clientId: string, query: PlanPdfQuery): string {
  return `${planPath(clientId)}/pdf?${new URLSearchParams(query).toString()}`;
}

export function useMyAgreements() {
  return useQuery({ queryKey: myAgreementsKey, queryFn: () => request('GET', '/api/my-agreements', myAgreementsSchema) });
}

export function useMarkAgreement(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreementStatusBody) =>
      request('PUT', `/api/my-agreements/${encodeURIComponent(agreementId)}/status`, agreementSchema, body),
    // The client's plan shows the same agreement: refresh every client's plan the caller may have open.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: myAgreementsKey }),
        queryClient.invalidateQueries({ queryKey: ['clients'] }),
      ]),
  });
}

export function useGoalLimits(enabled = true) {
  return useQuery({
    queryKey: goalLimitsKey,
    queryFn: () => request('GET', '/api/organisation/goal-limits', goalLimitsSchema),
    enabled,
  });
}

export function useChangeGoalLimits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GoalLimitsBody) => request('PUT', '/api/organisation/goal-limits', goalLimitsSchema, body),
    onSuccess: (limits) => queryClient.setQueryData(goalLimitsKey, limits),
  });
}
