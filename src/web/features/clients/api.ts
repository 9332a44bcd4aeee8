import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  clientListSchema,
  clientSchema,
  relativeSchema,
  type CreateClientBody,
  type CreateRelativeBody,
} from '../../../shared/clients.js';
import { request } from '../../app/http.js';

const clientsKey = ['clients'] as const;
const clientKey = (clientId: string) => [...clientsKey, clientId] as const;
const relativesKey = (clientId: string) => [...clientKey(clientId), 'relatives'] as const;

const relativeListSchema = z.object({ relatives: z.array(relativeSchema) });
const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;

export function useClients() {
  return useQuery({ queryKey: clientsKey, queryFn: () => request('GET', '/api/clients', clientListSchema) });
}

export function useClient(clientId: string) {
  return useQuery({ queryKey: clientKey(clientId), queryFn: () => request('GET', clientPath(clientId), clientSchema) });
}

export function useRelatives(clientId: string) {
  return useQuery({
    queryKey: relativesKey(clientId),
    queryFn: async () => (await request('GET', `${clientPath(clientId)}/relatives`, relativeListSchema)).relatives,
  });
}

export function useRegisterClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateClientBody) => request('POST', '/api/clients', clientSchema, body),
    // Waiting for the fresh list means the success message never runs ahead of what is shown.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey, exact: true }),
  });
}

export function useAddRelative(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRelativeBody) => request('POST', `${clientPath(clientId)}/relatives`, relativeSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: relativesKey(clientId) }),
  });
}
