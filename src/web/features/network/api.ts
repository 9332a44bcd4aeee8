import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { memberSchema } from '../../../shared/groups.js';
import {
  networkMapSchema,
  networkPersonSchema,
  snapshotListSchema,
  snapshotSchema,
  snapshotSummarySchema,
  type CreateSnapshotBody,
  type MoveNetworkPersonBody,
  type NetworkMap,
  type NetworkPerson,
  type NetworkPersonBody,
} from '../../../shared/network.js';
import { request, send } from '../../app/http.js';

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;
const mapPath = (clientId: string) => `${clientPath(clientId)}/network-map`;
const personPath = (clientId: string, personId: string) => `${mapPath(clientId)}/people/${encodeURIComponent(personId)}`;

// Under the clients feature's keys, so that a refresh of "everything about this client" includes the map.
const clientKey = (clientId: string) => ['clients', clientId] as const;
const mapKey = (clientId: string) => [...clientKey(clientId), 'network-map'] as const;
const snapshotsKey = (clientId: string) => [...mapKey(clientId), 'snapshots'] as const;
const snapshotKey = (clientId: string, snapshotId: string) => [...snapshotsKey(clientId), snapshotId] as const;

export function useNetworkMap(clientId: string) {
  return useQuery({ queryKey: mapKey(clientId), queryFn: () => request('GET', mapPath(clientId), networkMapSchema) });
}

/** Puts one person, as the server answered, into the cached map. */
function usePutPersonInMap(clientId: string) {
  const queryClient = useQueryClient();
  return (person: NetworkPerson) =>
    queryClient.setQueryData<NetworkMap>(mapKey(clientId), (map) => {
      if (!map) return map;
      const known = map.people.some((p) => p.id === person.id);
      return { ...map, people: known ? map.people.map((p) => (p.id === person.id ? person : p)) : [...map.people, person] };
    });
}

export function useAddPerson(clientId: string) {
  const putPerson = usePutPersonInMap(clientId);
  return useMutation({
    mutationFn: (body: NetworkPersonBody) => request('POST', `${mapPath(clientId)}/people`, networkPersonSchema, body),
    onSuccess: putPerson,
  });
}

export function useUpdatePerson(clientId: string) {
  const putPerson = usePutPersonInMap(clientId);
  return useMutation({
    mutationFn: ({ personId, body }: { personId: string; body: NetworkPersonBody }) =>
      request('PUT', personPath(clientId, personId), networkPersonSchema, body),
    onSuccess: putPerson,
  });
}

export interface PersonMove extends MoveNetworkPersonBody {
  personId: string;
}

/**
 * Moves a person. The drawing and the list move at once (a dot that lags behind the finger or the
 * arrow key confuses); the server's answer then replaces it, and a failure puts the person back where
 * they were. Moves are sent one at a time and in order, so that quick arrow presses end where they seem to.
 */
export function useMovePerson(clientId: string) {
  const queryClient = useQueryClient();
  const key = mapKey(clientId);
  const putPerson = usePutPersonInMap(clientId);
  const place = ({ personId, ring, lifeArea }: PersonMove) =>
    queryClient.setQueryData<NetworkMap>(
      key,
      (map) => map && { ...map, people: map.people.map((p) => (p.id === personId ? { ...p, ring, lifeArea } : p)) },
    );
  return useMutation({
    scope: { id: `network-move-${clientId}` },
    mutationFn: ({ personId, ring, lifeArea }: PersonMove) =>
      request('PUT', `${personPath(clientId, personId)}/position`, networkPersonSchema, { ring, lifeArea }),
    onMutate: async (move) => {
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const before = queryClient.getQueryData<NetworkMap>(key)?.people.find((p) => p.id === move.personId);
      place(move);
      return { before };
    },
    onError: (_error, move, context) => {
      if (context?.before) place({ personId: move.personId, ring: context.before.ring, lifeArea: context.before.lifeArea });
      // A later move may have been built on the failed one: the server's map is the truth.
      void queryClient.invalidateQueries({ queryKey: key, exact: true });
    },
    onSuccess: putPerson,
  });
}

export function useRemovePerson(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => send('DELETE', personPath(clientId, personId)),
    onSuccess: (_nothing, personId) =>
      queryClient.setQueryData<NetworkMap>(
        mapKey(clientId),
        (map) => map && { ...map, people: map.people.filter((p) => p.id !== personId) },
      ),
  });
}

/** Nominating someone for the client's group (the groups feature's route); the map then shows their membership. */
export function useNominate(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (networkPersonId: string) =>
      request('POST', `${clientPath(clientId)}/group/members`, memberSchema, { networkPersonId }),
    // The group's page and its checklist count nominations too: refresh all that is known of this client.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKey(clientId) }),
  });
}

export function useSnapshots(clientId: string) {
  return useQuery({
    queryKey: snapshotsKey(clientId),
    queryFn: async () => (await request('GET', `${mapPath(clientId)}/snapshots`, snapshotListSchema)).snapshots,
  });
}

/** One snapshot with its people; only fetched when one is chosen for a comparison. */
export function useSnapshot(clientId: string, snapshotId: string | null) {
  return useQuery({
    queryKey: snapshotKey(clientId, snapshotId ?? ''),
    queryFn: () => request('GET', `${mapPath(clientId)}/snapshots/${encodeURIComponent(snapshotId ?? '')}`, snapshotSchema),
    enabled: snapshotId !== null,
    // A snapshot never changes once saved.
    staleTime: Infinity,
  });
}

export function useSaveSnapshot(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSnapshotBody) => request('POST', `${mapPath(clientId)}/snapshots`, snapshotSummarySchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: snapshotsKey(clientId), exact: true }),
  });
}
