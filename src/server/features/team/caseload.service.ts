import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import { roundIsOpen } from '../../../domain/evaluations.js';
import { isMemberKind } from '../../../domain/membership.js';
import type { AuditEvent, AuditLog } from '../../platform/audit/audit-log.js';
import type { Actor } from '../../platform/context.js';
import type { Db } from '../../platform/db/database.js';
import type { Caseload, CaseloadLine } from '../../../shared/team.js';
import { rhythmsOfGroups } from '../meetings/index.js';
import { caseloadScope } from './team.policy.js';
import { createTeamRepository, type MemberCountRow, type TeamRespondentRow, type TeamRoundRow } from './team.repository.js';

const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Active members by kind; the client has no membership and is not counted. */
function memberCounts(members: readonly MemberCountRow[]): { informal: number; peer: number; formal: number } {
  const counts = { informal: 0, peer: 0, formal: 0 };
  for (const member of members) if (member.status === 'active' && isMemberKind(member.kind)) counts[member.kind] += 1;
  return counts;
}

/** The newest round of each group. */
function newestRounds(rounds: readonly TeamRoundRow[]): Map<string, TeamRoundRow> {
  const newest = new Map<string, TeamRoundRow>();
  for (const round of rounds) {
    const known = newest.get(round.group_id);
    if (!known || round.opened_at > known.opened_at) newest.set(round.group_id, round);
  }
  return newest;
}

function lastEvaluation(
  round: TeamRoundRow | undefined,
  respondents: readonly TeamRespondentRow[],
  today: string,
): NonNullable<CaseloadLine['group']>['lastEvaluation'] {
  if (!round) return null;
  const asked = respondents.filter((respondent) => respondent.round_id === round.id);
  return {
    closesOn: round.closes_on,
    open: roundIsOpen({ closedAt: round.closed_at, closesOn: round.closes_on }, today),
    asked: asked.length,
    answered: asked.filter((respondent) => respondent.answered_at !== null).length,
  };
}

// The coordinator's clients (those registered to them: clients.coordinator_id, the same "their
// coordinator" every feature asks about), or for a team lead the whole team's, one line each. Only
// the team the professional is in now: a coordinator who moved on sees their new team's clients.
// Each client shown is logged as a read of each kind of their data the line shows (NEN 7513).
export function createCaseloadService(db: Db, audit: AuditLog) {
  const team = createTeamRepository(db);

  return {
    async caseload(actor: Actor): Promise<Caseload> {
      const scope = caseloadScope(actor);
      const professional = actor.professional;
      if (professional === null || professional.teamId === null) return { scope, clients: [] };
      const now = new Date();
      const today = amsterdamDay(now);
      // Sorted here rather than by the database, whose collation differs per dialect.
      const rows = (await team.listCaseload(professional.teamId, scope === 'own' ? professional.id : null)).sort(
        (a, b) => byName.compare(a.clientName, b.clientName) || a.clientId.localeCompare(b.clientId),
      );
      const groups = rows.flatMap((row) =>
        row.groupId === null ? [] : [{ id: row.groupId, meetingIntervalMonths: row.meetingIntervalMonths }],
      );
      const groupIds = groups.map((group) => group.id);
      const members = await team.listMembers(groupIds);
      const agreements = await team.openAgreementCounts(groupIds);
      const rhythms = await rhythmsOfGroups(db, groups, now);
      const newest = newestRounds(await team.listRoundsOfGroups(groupIds));
      const respondents = await team.listRespondents([...newest.values()].map((round) => round.id));

      const clients = rows.map((row): CaseloadLine => {
        const { groupId } = row;
        const rhythm = groupId === null ? undefined : rhythms.get(groupId)?.rhythm;
        return {
          client: { id: row.clientId, name: row.clientName },
          coordinator: row.coordinatorName === null ? null : { id: row.coordinatorId, name: row.coordinatorName },
          group:
            groupId === null || row.groupName === null || row.phase === null || rhythm === undefined
              ? null
              : {
                  name: row.groupName,
                  phase: row.phase,
                  members: memberCounts(members.filter((member) => member.group_id === groupId)),
                  nextMeetingOn: rhythm.next?.date ?? null,
                  rhythm: { state: rhythm.state, dueDate: rhythm.dueDate },
                  openAgreements: agreements.get(groupId) ?? 0,
                  lastEvaluation: lastEvaluation(newest.get(groupId), respondents, today),
                },
        };
      });

      await audit.record(actor, clients.flatMap(readsOf));
      return { scope, clients };
    },
  };
}
export type CaseloadService = ReturnType<typeof createCaseloadService>;

/** The reads a line stands for: the client, and of a client with a group its group, meetings, plan and evaluations. */
function readsOf(line: CaseloadLine): AuditEvent[] {
  const clientId = line.client.id;
  const read = (dataCategory: AuditEvent['dataCategory']): AuditEvent => ({ action: 'read', dataCategory, clientId });
  if (line.group === null) return [read('client')];
  return [
    read('client'),
    read('group'),
    read('meetings'),
    read('plan'),
    ...(line.group.lastEvaluation === null ? [] : [read('evaluations')]),
  ];
}
