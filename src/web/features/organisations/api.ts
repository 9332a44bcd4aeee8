import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  organisationOverviewSchema,
  professionalSchema,
  teamSchema,
  type CreateProfessionalBody,
  type CreateTeamBody,
} from '../../../shared/organisations.js';
import { request } from '../../app/http.js';

const organisationKey = ['organisation'] as const;
const professionalsKey = ['professionals'] as const;

const professionalListSchema = z.object({ professionals: z.array(professionalSchema) });

export function useOrganisation() {
  return useQuery({ queryKey: organisationKey, queryFn: () => request('GET', '/api/organisation', organisationOverviewSchema) });
}

/** Only enable it for roles the server lets list professionals (admin, team lead). */
export function useProfessionals(enabled: boolean) {
  return useQuery({
    queryKey: professionalsKey,
    queryFn: async () => (await request('GET', '/api/professionals', professionalListSchema)).professionals,
    enabled,
  });
}

export function useAddTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTeamBody) => request('POST', '/api/teams', teamSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKey }),
  });
}

export function useAddProfessional() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProfessionalBody) => request('POST', '/api/professionals', professionalSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: professionalsKey }),
  });
}
