import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { instrumentListSchema, loadedInstrumentSchema, type LoadInstrumentBody } from '../../../shared/evaluations.js';
import {
  caseloadSchema,
  qualityActionListSchema,
  qualityActionSchema,
  teamFiguresSchema,
  type QualityActionBody,
} from '../../../shared/team.js';
import { request } from '../../app/http.js';

const teamPath = (teamId: string) => `/api/teams/${encodeURIComponent(teamId)}`;
const qualityActionsPath = (teamId: string) => `${teamPath(teamId)}/quality-actions`;
const instrumentsPath = '/api/organisation/instruments';

/** The CSV of the team's figures: a plain download, so the browser saves it under the server's file name. */
export const figuresCsvPath = (teamId: string) => `${teamPath(teamId)}/figures.csv`;

const caseloadKey = ['caseload'] as const;
const teamKey = (teamId: string) => ['teams', teamId] as const;
const figuresKey = (teamId: string) => [...teamKey(teamId), 'figures'] as const;
const qualityActionsKey = (teamId: string) => [...teamKey(teamId), 'quality-actions'] as const;
const instrumentsKey = ['organisation', 'instruments'] as const;

export function useCaseload() {
  return useQuery({ queryKey: caseloadKey, queryFn: () => request('GET', '/api/caseload', caseloadSchema) });
}

export function useTeamFigures(teamId: string) {
  return useQuery({
    queryKey: figuresKey(teamId),
    queryFn: () => request('GET', `${teamPath(teamId)}/figures`, teamFiguresSchema),
  });
}

export function useQualityActions(teamId: string) {
  return useQuery({
    queryKey: qualityActionsKey(teamId),
    queryFn: () => request('GET', qualityActionsPath(teamId), qualityActionListSchema),
  });
}

export function useAddQualityAction(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QualityActionBody) => request('POST', qualityActionsPath(teamId), qualityActionSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: qualityActionsKey(teamId) }),
  });
}

export function useChangeQualityAction(teamId: string, actionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: QualityActionBody) =>
      request('PUT', `${qualityActionsPath(teamId)}/${encodeURIComponent(actionId)}`, qualityActionSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: qualityActionsKey(teamId) }),
  });
}

export function useInstruments() {
  return useQuery({ queryKey: instrumentsKey, queryFn: () => request('GET', instrumentsPath, instrumentListSchema) });
}

export function useLoadInstrument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoadInstrumentBody) => request('POST', instrumentsPath, loadedInstrumentSchema, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentsKey }),
  });
}

export function useRetireInstrument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (instrumentId: string) =>
      request('POST', `${instrumentsPath}/${encodeURIComponent(instrumentId)}/retire`, loadedInstrumentSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentsKey }),
  });
}
