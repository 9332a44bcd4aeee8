import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { relativeSchema, type EndRelativeBody } from '../../../shared/clients.js';
import {
  delegationsSchema,
  relativeSharingSchema,
  sharedWithMeSchema,
  sharingOverviewSchema,
  type DelegableTask,
  type Delegations,
  type SharingCategory,
  type SharingOverview,
} from '../../../shared/sharing.js';
import { request } from '../../app/http.js';

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
// Under the clients feature's keys, so that its client and relatives queries are refreshed with these.
const clientKey = (clientId: string) => ['clients', clientId] as const;
const sharingKey = (clientId: string) => [...clientKey(clientId), 'sharing'] as const;
const delegationsKey = (clientId: string) => [...clientKey(clientId), 'delegations'] as const;
const sharedWithMeKey = (clientId: string) => ['shared-with-me', clientId] as const;

export function useSharing(clientId: string) {
  return useQuery({ queryKey: sharingKey(clientId), queryFn: () => request('GET', `${clientPath(clientId)}/sharing`, sharingOverviewSchema) });
}

export interface SharingChange {
  relativeId: string;
  category: SharingCategory;
  shared: boolean;
}

/**
 * Saves one switch. The switch moves at once (a switch that lags behind a click confuses), the
 * server's answer then replaces it, and a failure puts it back. Changes are sent one at a time.
 */
export function useUpdateSharing(clientId: string) {
  const queryClient = useQueryClient();
  const key = sharingKey(clientId);
  const setShared = ({ relativeId, category, shared }: SharingChange) =>
    queryClient.setQueryData<SharingOverview>(key, (overview) =>
      overview && {
        ...overview,
        relatives: overview.relatives.map((r) => (r.id === relativeId ? { ...r, categories: { ...r.categories, [category]: shared } } : r)),
      },
    );
  return useMutation({
    scope: { id: `sharing-${clientId}` },
    mutationFn: ({ relativeId, category, shared }: SharingChange) =>
      request('PUT', `${clientPath(clientId)}/sharing/${encodeURIComponent(relativeId)}`, relativeSharingSchema, { category, shared }),
    onMutate: (change) => {
      setShared(change);
    },
    onError: (_error, change) => {
      setShared({ ...change, shared: !change.shared });
    },
    onSuccess: (saved) =>
      queryClient.setQueryData<SharingOverview>(key, (overview) => overview && { ...overview, relatives: overview.relatives.map((r) => (r.id === saved.id ? saved : r)) }),
  });
}

export function useDelegations(clientId: string) {
  return useQuery({ queryKey: delegationsKey(clientId), queryFn: () => request('GET', `${clientPath(clientId)}/delegations`, delegationsSchema) });
}

export interface DelegationChange {
  task: DelegableTask;
  delegated: boolean;
}

/** As useUpdateSharing: the switch moves at once; the whole set of tasks is sent, one change at a time. */
export function useUpdateDelegation(clientId: string) {
  const queryClient = useQueryClient();
  const key = delegationsKey(clientId);
  const setDelegated = ({ task, delegated }: DelegationChange) =>
    queryClient.setQueryData<Delegations>(key, (current) => current && { ...current, tasks: current.tasks.map((t) => (t.task === task ? { ...t, delegated } : t)) });
  return useMutation({
    scope: { id: `delegations-${clientId}` },
    mutationFn: () => {
      // Read when the mutation runs (after any earlier one in the scope), so that each sends the latest set.
      const current = queryClient.getQueryData<Delegations>(key);
      const tasks = (current?.tasks ?? []).filter((t) => t.delegated).map((t) => t.task);
      return request('PUT', `${clientPath(clientId)}/delegations`, delegationsSchema, { tasks });
    },
    onMutate: (change: DelegationChange) => {
      setDelegated(change);
    },
    onError: (_error, change) => {
      setDelegated({ ...change, delegated: !change.delegated });
    },
  });
}

/** What the client shares with the relative who asks; `enabled` false for anyone who is not a relative. */
export function useSharedWithMe(clientId: string, enabled = true) {
  return useQuery({
    queryKey: sharedWithMeKey(clientId),
    queryFn: () => request('GET', `${clientPath(clientId)}/shared-with-me`, sharedWithMeSchema),
    enabled,
  });
}

export function useEndRelative(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ relativeId, ...body }: EndRelativeBody & { relativeId: string }) =>
      request('POST', `${clientPath(clientId)}/relatives/${encodeURIComponent(relativeId)}/end`, relativeSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKey(clientId) }),
  });
}
