import type { TFunction } from 'i18next';
import { isPhaseNumber, phaseCode, type PhaseNumber } from '../../../domain/phases.js';
import type { Group, GroupCandidates, GroupHistoryEvent, Member, NextStep } from '../../../shared/groups.js';
import nlGroups from '../../i18n/groups.nl.json' with { type: 'json' };

// The group in words: the method's item ids and phases, member statuses and history lines, said the
// same way wherever the group is shown (its page, the client's home, the client's page).

export type ItemId = keyof typeof nlGroups.items;

/** True for a checklist item of the method that has texts (every item of src/domain/phases.ts does). */
export const isItemId = (id: string): id is ItemId => Object.hasOwn(nlGroups.items, id);

/** The line of a checklist: "Netwerkkaart gemaakt". */
export function itemLabel(t: TFunction, id: string): string {
  return isItemId(id) ? t(`groups.items.${id}.label`) : id;
}

/** A phase number from the API as the domain's type (the schema allows 1 to 6 only). */
export const asPhase = (value: number): PhaseNumber => (isPhaseNumber(value) ? value : 1);

/** "Phase 2: Verdieping" */
export function phaseHeading(t: TFunction, phase: PhaseNumber): string {
  return t('groups.phases.heading', { number: phase, name: t(`groups.phases.names.${phaseCode(phase)}`) });
}

export function phaseName(t: TFunction, phase: PhaseNumber): string {
  return t(`groups.phases.names.${phaseCode(phase)}`);
}

/** What to do next, as one or two sentences. */
export function nextStepText(t: TFunction, step: NextStep, currentPhase: PhaseNumber): string {
  if (step.kind === 'do_item') return isItemId(step.itemId) ? t(`groups.items.${step.itemId}.next`) : step.itemId;
  if (step.kind === 'move_to_phase')
    return t('groups.next.move', { current: currentPhase, number: step.phase, name: phaseName(t, asPhase(step.phase)) });
  return t('groups.next.none');
}

/** Where the next step is done, when it can be done in Regie now. */
export type StepPlace = 'networkMap' | 'conversations' | 'members' | 'checklist' | 'move';

/** The place the group's next step leads to, for the caller; null when there is none for them. */
export function nextStepPlace(group: Pick<Group, 'nextStep' | 'abilities' | 'phases'>): StepPlace | null {
  const { nextStep: step, abilities } = group;
  if (step.kind === 'move_to_phase') return abilities.movePhase ? 'move' : null;
  if (step.kind === 'none') return null;
  switch (step.itemId) {
    case 'network_map_made':
    case 'members_nominated':
      return abilities.networkMap ? 'networkMap' : null;
    case 'conversation_with_every_member':
      return abilities.conversations ? 'conversations' : null;
    case 'members_approached':
      return 'members';
    default: {
      // Items ticked by hand are ticked in the phase's list; the others belong to parts of Regie
      // (plan, meetings) that are not there yet.
      const item = group.phases.find((phase) => phase.number === step.phase)?.checklist.find((i) => i.id === step.itemId);
      return abilities.tick && item?.mode === 'manual' ? 'checklist' : null;
    }
  }
}

/** The members by where they stand: in the group, on the way in, and those whose membership ended. */
export function groupMembers(members: readonly Member[]): { active: Member[]; asked: Member[]; ended: Member[] } {
  return {
    active: members.filter((m) => m.status === 'active'),
    asked: members.filter((m) => m.status === 'nominated' || m.status === 'approached' || m.status === 'conversation_held'),
    ended: members.filter((m) => m.status === 'declined' || m.status === 'left'),
  };
}

export type Candidate = GroupCandidates['professionals'][number];

/** Professionals of the team not in the group already (or on their way in): those who can be added. */
export function joinableCandidates(candidates: readonly Candidate[], members: readonly Member[]): Candidate[] {
  const inGroup = new Set(members.filter((m) => m.status !== 'declined' && m.status !== 'left').map((m) => m.professionalId));
  return candidates.filter((candidate) => !inGroup.has(candidate.id));
}

/** A day as people in the Netherlands write it: "12 maart 2026". */
export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** A moment as people in the Netherlands read it: "31 maart 2026 om 14:30". */
export function formatMoment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** "Naaste", "Professional, zorgverantwoordelijke". */
export function memberKindText(t: TFunction, member: Member): string {
  const kind = t(`groups.members.kinds.${member.kind}`);
  return member.role === null ? kind : t('groups.members.kindWithRole', { kind, role: t(`groups.members.roles.${member.role}`) });
}

/** Where a membership stands, in sentences: "Gevraagd door Joep zelf op 3 maart 2026. Zei ja." */
export function memberStatusText(t: TFunction, member: Member, clientName: string, language: string): string {
  const date = member.since === '' ? null : formatDay(member.since, language);
  const parts: string[] = [];
  switch (member.status) {
    case 'nominated':
      parts.push(t('groups.members.status.nominated'));
      break;
    case 'approached':
    case 'conversation_held':
      if (member.approachedBy !== null && member.approachedOn !== null) {
        const who =
          member.approachedBy === 'client'
            ? t('groups.members.who.client', { name: clientName })
            : t('groups.members.who.coordinator');
        parts.push(t('groups.members.status.approachedBy', { who, date: formatDay(member.approachedOn, language) }));
      } else parts.push(t('groups.members.status.approached'));
      parts.push(t(member.answer === 'yes' ? 'groups.members.answer.yes' : 'groups.members.answer.none'));
      if (member.status === 'conversation_held') parts.push(t('groups.members.status.conversation_held'));
      break;
    case 'active':
      parts.push(date === null ? t('groups.members.status.active') : t('groups.members.status.activeSince', { date }));
      break;
    case 'declined':
      parts.push(date === null ? t('groups.members.status.declined') : t('groups.members.status.declinedOn', { date }));
      break;
    case 'left':
      parts.push(date === null ? t('groups.members.status.left') : t('groups.members.status.leftOn', { date }));
      if (member.leaveReason !== null)
        parts.push(t('groups.members.reason', { reason: t(`groups.leaveReasons.${member.leaveReason}`) }));
      break;
  }
  // Whether the in-depth conversation was held matters while someone is on the way in or in the
  // group; the coordinator holds them and has none of their own. Relatives are not told (null).
  const conversationMatters = member.status === 'approached' || member.status === 'active';
  if (conversationMatters && member.conversationHeld !== null && member.role !== 'coordinator') {
    parts.push(t(member.conversationHeld ? 'groups.members.conversation.held' : 'groups.members.conversation.notYet'));
  }
  return parts.join(' ');
}

export interface HistoryLine {
  key: string;
  at: string;
  date: string;
  sentence: string;
  /** "Dit deed Esmee van Dijk.", or null when nobody is named. */
  by: string | null;
}

// A handover writes the successor's joining and the predecessor's leaving in one transaction.
const sameMoment = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) < 60_000;

function memberSentence(
  t: TFunction,
  event: Extract<GroupHistoryEvent, { kind: 'member' }>,
  events: readonly GroupHistoryEvent[],
): string {
  const name = event.memberName;
  if (event.to !== 'left') return t(`groups.history.member.${event.to}`, { name });
  if (event.reason === 'handover') {
    const successor = events.find(
      (other) =>
        other.kind === 'member' && other.to === 'active' && other.memberId !== event.memberId && sameMoment(other.at, event.at),
    );
    return successor?.kind === 'member'
      ? t('groups.history.member.handoverTo', { name, successor: successor.memberName })
      : t('groups.history.member.handover', { name });
  }
  if (event.reason === null) return t('groups.history.member.leftNoReason', { name });
  return t('groups.history.member.left', { name, reason: t(`groups.leaveReasons.${event.reason}`) });
}

/** The group's history as lines to read, in the order given (the server sends the newest first). */
export function historyLines(t: TFunction, events: readonly GroupHistoryEvent[], language: string): HistoryLine[] {
  return events.map((event, index) => {
    const sentence =
      event.kind === 'phase'
        ? t(event.to < event.from ? 'groups.history.phaseBack' : 'groups.history.phaseForward', {
            number: event.to,
            name: phaseName(t, asPhase(event.to)),
          })
        : memberSentence(t, event, events);
    return {
      key: `${event.kind}-${event.at}-${index}`,
      at: event.at,
      date: formatDay(event.at, language),
      sentence,
      by: event.by === null ? null : t('groups.history.by', { name: event.by }),
    };
  });
}

/** The first name, for suggesting a group name: "Groep van Joep". */
export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? fullName;
}
