import { addMonths, amsterdamDay } from '../../../domain/amsterdam-time.js';
import { uniqueScales, type ResultScale } from '../../../domain/evaluation-results.js';
import { respondentTypes, roundIsOpen, type RespondentType } from '../../../domain/evaluations.js';
import { defaultIntervalMonths, metWithinInterval } from '../../../domain/meeting-rhythm.js';
import { isMemberKind, isMemberStatus, isProfessionalRole } from '../../../domain/membership.js';
import { isPhaseNumber, phases } from '../../../domain/phases.js';
import {
  distribution,
  frequencyTable,
  groupSize,
  groupsPerPhase,
  informalMembers,
  shareMetWithinInterval,
  shareWithInformalSupport,
  teamEvaluationFigures,
  type GroupCountFacts,
  type MemberCountFacts,
  type TeamRound,
} from '../../../domain/team-statistics.js';
import type { TeamFigures } from '../../../shared/team.js';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import { respondentInstrument } from '../evaluations/index.js';
import { rhythmsOfGroups } from '../meetings/index.js';
import { figuresCsv, figuresFileName } from './figures-csv.js';
import { ownTeam } from './team-scope.js';
import { createTeamRepository, type MemberCountRow, type TeamRespondentRow, type TeamRoundRow } from './team.repository.js';

/**
 * The period over which a group's rhythm is judged for the figures: the twelve months up to the day
 * they are made. A year holds four meetings at the method's pace, and a group that once fell behind
 * is not counted against for ever.
 */
export const rhythmPeriodMonths = 12;

function memberFacts(row: MemberCountRow): MemberCountFacts | null {
  if (!isMemberKind(row.kind) || !isMemberStatus(row.status)) return null;
  return { kind: row.kind, status: row.status, role: row.role !== null && isProfessionalRole(row.role) ? row.role : null };
}

const asRespondentType = (value: string): RespondentType | null => respondentTypes.find((type) => type === value) ?? null;

/** The Amsterdam day a closed round closed: by hand or by its last answer, else at the end of its last day. */
const closedOn = (round: TeamRoundRow): string =>
  round.closed_at === null ? round.closes_on : amsterdamDay(new Date(round.closed_at));

const instrumentKey = (row: Pick<TeamRespondentRow, 'instrument_source' | 'instrument_url' | 'instrument_version'>) =>
  JSON.stringify([row.instrument_source, row.instrument_url, row.instrument_version]);

// The team's figures (PRODUCT.md §8): its open groups as they are today, and its evaluation rounds
// over time, counted by the domain (src/domain/team-statistics.ts). Only counts and means leave:
// no answer, remark, respondent, group or round. The figures hold no client's data, so reading them
// is not logged per client, like the organisation's structure; the CSV download is logged as an
// export of the team's evaluation figures.
export function createFiguresService(db: Db, audit: AuditLog) {
  const teams = createTeamRepository(db);

  /** The scales of the instruments the respondents were given; Regie's own themes without a title. */
  async function scalesOf(respondents: readonly TeamRespondentRow[]): Promise<ResultScale[]> {
    const scales: ResultScale[] = [];
    const seen = new Set<string>();
    for (const respondent of respondents) {
      const key = instrumentKey(respondent);
      if (seen.has(key)) continue;
      seen.add(key);
      const regie = respondent.instrument_source === 'regie';
      // Scales are language-free (ids and ranges), so any language of Regie's own will do.
      const definition = await respondentInstrument(db, respondent, 'nl');
      for (const scale of definition?.scoring.scales ?? [])
        scales.push({ id: scale.id, title: regie ? null : (scale.title ?? scale.id), min: scale.min, max: scale.max });
    }
    return uniqueScales(scales);
  }

  async function evaluationFigures(teamId: string, today: string): Promise<TeamFigures['evaluation']> {
    const closed = (await teams.listRoundsOfTeam(teamId)).filter(
      (round) => !roundIsOpen({ closedAt: round.closed_at, closesOn: round.closes_on }, today),
    );
    const respondents = await teams.listRespondents(closed.map((round) => round.id));
    const scoreRows = await teams.listScores(respondents.map((respondent) => respondent.id));
    const scoresOf = new Map<string, Record<string, number>>();
    for (const row of scoreRows) {
      const scores = scoresOf.get(row.respondent_id) ?? {};
      scores[row.scale_id] = row.score;
      scoresOf.set(row.respondent_id, scores);
    }
    const rounds = closed.map((round): TeamRound => ({
      groupId: round.group_id,
      closedOn: closedOn(round),
      respondents: respondents.flatMap((respondent) => {
        const respondentType = asRespondentType(respondent.respondent_type);
        if (respondent.round_id !== round.id || respondentType === null) return [];
        return [
          {
            respondentType,
            answered: respondent.answered_at !== null,
            showWhenAlone: respondent.show_when_alone === 1,
            scores: scoresOf.get(respondent.id) ?? {},
          },
        ];
      }),
    }));
    const scales = await scalesOf(respondents);
    return {
      ...teamEvaluationFigures(
        rounds,
        scales.map((scale) => scale.id),
      ),
      scales,
    };
  }

  async function figures(actor: Actor, teamId: string): Promise<TeamFigures> {
    const team = await ownTeam(teams, actor, teamId);
    const now = new Date();
    const today = amsterdamDay(now);
    // A phase the domain does not know would be a broken row: left out rather than miscounted.
    const groups = (await teams.listOpenGroups(team.id)).flatMap((group) =>
      isPhaseNumber(group.phase) ? [{ ...group, phase: group.phase }] : [],
    );
    const members = await teams.listMembers(groups.map((group) => group.id));
    const facts = groups.map((group): GroupCountFacts => ({
      members: members
        .filter((member) => member.group_id === group.id)
        .map(memberFacts)
        .filter((member): member is MemberCountFacts => member !== null),
    }));
    const sizes = facts.map(groupSize);
    const informal = facts.map(informalMembers);
    const perPhase = groupsPerPhase(groups);
    const rhythms = await rhythmsOfGroups(db, groups, now);
    const period = { from: addMonths(today, -rhythmPeriodMonths), to: today };
    const met = groups.map((group) =>
      metWithinInterval(rhythms.get(group.id)?.heldDays ?? [], {
        ...period,
        intervalMonths: group.meetingIntervalMonths ?? defaultIntervalMonths,
      }),
    );
    return {
      team: { id: team.id, name: team.name },
      madeOn: today,
      groups: groups.length,
      groupsPerPhase: phases.map(({ number }) => ({ phase: number, count: perPhase[number] })),
      groupSize: { ...distribution(sizes), frequencies: frequencyTable(sizes) },
      informalMembers: { ...distribution(informal), frequencies: frequencyTable(informal) },
      shareWithInformalSupport: shareWithInformalSupport(facts),
      metWithinInterval: { judged: met.filter((result) => result !== null).length, share: shareMetWithinInterval(met) },
      evaluation: await evaluationFigures(team.id, today),
    };
  }

  return {
    figures,

    /** The figures as a CSV file and its name; the download is logged as an export. */
    async csv(actor: Actor, teamId: string): Promise<{ csv: string; fileName: string }> {
      const made = await figures(actor, teamId);
      await audit.record(actor, [{ action: 'export', dataCategory: 'evaluations', clientId: null, objectId: made.team.id }]);
      return { csv: figuresCsv(made), fileName: figuresFileName(made.team.name, made.madeOn) };
    },
  };
}
export type FiguresService = ReturnType<typeof createFiguresService>;
