import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { leaveReasons, memberKinds, memberStatuses } from '../../../domain/membership.js';
import { checklistItemIds, phases } from '../../../domain/phases.js';
import type { Group, GroupHistoryEvent, Member } from '../../../shared/groups.js';
import { en, nl } from '../../i18n/texts.js';
import { groupMembers, historyLines, joinableCandidates, memberStatusText, nextStepPlace, nextStepText } from './words.js';

const member = (overrides: Partial<Member> = {}): Member => ({
  id: 'm1',
  name: 'Mirjam de Boer',
  kind: 'informal',
  role: null,
  status: 'nominated',
  networkPersonId: 'p1',
  relativeId: null,
  professionalId: null,
  approachedBy: null,
  approachedOn: null,
  answer: null,
  canBeInvitedByEmail: false,
  conversationHeld: false,
  leaveReason: null,
  since: '2026-03-12T10:00:00.000Z',
  abilities: { approach: false, invite: false, recordAnswer: false, activate: false, leave: false },
  ...overrides,
});

const allAbilities: Group['abilities'] = {
  rename: true,
  movePhase: true,
  tick: true,
  nominate: true,
  addProfessional: true,
  handover: true,
  conversations: true,
  networkMap: true,
};
const noAbilities: Group['abilities'] = Object.fromEntries(
  Object.keys(allAbilities).map((key) => [key, false]),
) as Group['abilities'];
const groupPhases: Group['phases'] = phases.map(({ number, code }) => ({
  number,
  code,
  state: number === 1 ? 'current' : 'upcoming',
  checklist: [
    { id: 'method_explained', mode: 'manual', done: false },
    { id: 'goals_drafted', mode: 'automatic', done: false },
  ],
}));

describe('the words of the resource group', () => {
  let nlT: TFunction;
  let enT: TFunction;

  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { nl: { translation: nl }, en: { translation: en } },
      lng: 'nl',
      interpolation: { escapeValue: false },
    });
    nlT = instance.getFixedT('nl');
    enT = instance.getFixedT('en');
  });

  it('has a label and a next step for every checklist item of the method, in both languages', () => {
    for (const { number } of phases) {
      for (const id of checklistItemIds(number)) {
        for (const texts of [nl, en]) {
          const item = (texts.groups.items as Record<string, { label: string; next: string } | undefined>)[id];
          expect(item?.label, `${id} label`).toMatch(/\S/);
          expect(item?.next, `${id} next`).toMatch(/\S/);
        }
      }
    }
    // And no texts for items the method does not have.
    const known = new Set(phases.flatMap(({ number }) => checklistItemIds(number)));
    expect(Object.keys(nl.groups.items).filter((id) => !known.has(id))).toEqual([]);
  });

  it('names and explains every phase, and words every status, kind and reason, in both languages', () => {
    for (const texts of [nl, en]) {
      for (const { code } of phases) {
        expect(texts.groups.phases.names[code]).toMatch(/\S/);
        expect(texts.groups.phases.about[code]).toMatch(/\S/);
      }
      for (const kind of memberKinds) expect(texts.groups.members.kinds[kind]).toMatch(/\S/);
      for (const reason of leaveReasons) expect(texts.groups.leaveReasons[reason]).toMatch(/\S/);
      for (const status of memberStatuses) expect(texts.groups.history.member[status]).toMatch(/\S/);
    }
  });

  it('says the next step, and where it is done for those who may do it', () => {
    expect(nextStepText(nlT, { kind: 'do_item', phase: 1, itemId: 'network_map_made' }, 1)).toBe(
      'Zet de mensen die belangrijk zijn op de netwerkkaart.',
    );
    expect(nextStepText(enT, { kind: 'move_to_phase', phase: 3 }, 2)).toBe(
      'Everything of phase 2 is done. Move the group to phase 3: Planning.',
    );
    const place = (nextStep: Group['nextStep'], abilities = allAbilities) =>
      nextStepPlace({ nextStep, abilities, phases: groupPhases });
    expect(place({ kind: 'do_item', phase: 1, itemId: 'members_nominated' })).toBe('networkMap');
    expect(place({ kind: 'do_item', phase: 1, itemId: 'members_nominated' }, noAbilities)).toBeNull();
    expect(place({ kind: 'do_item', phase: 2, itemId: 'conversation_with_every_member' })).toBe('conversations');
    expect(place({ kind: 'do_item', phase: 2, itemId: 'members_approached' })).toBe('members');
    expect(place({ kind: 'do_item', phase: 1, itemId: 'method_explained' })).toBe('checklist');
    expect(place({ kind: 'do_item', phase: 1, itemId: 'method_explained' }, noAbilities)).toBeNull();
    // The plan is not in Regie yet: nowhere to go.
    expect(place({ kind: 'do_item', phase: 1, itemId: 'goals_drafted' })).toBeNull();
    expect(place({ kind: 'move_to_phase', phase: 2 })).toBe('move');
    expect(place({ kind: 'none' })).toBeNull();
  });

  it('sorts members by where they stand', () => {
    const sorted = groupMembers([
      member({ id: 'a', status: 'active' }),
      member({ id: 'n', status: 'nominated' }),
      member({ id: 'c', status: 'conversation_held' }),
      member({ id: 'd', status: 'declined' }),
      member({ id: 'l', status: 'left' }),
      member({ id: 'p', status: 'approached' }),
    ]);
    expect(sorted.active.map((m) => m.id)).toEqual(['a']);
    expect(sorted.asked.map((m) => m.id)).toEqual(['n', 'c', 'p']);
    expect(sorted.ended.map((m) => m.id)).toEqual(['d', 'l']);
  });

  it('offers only professionals who are not in the group already', () => {
    const candidate = (id: string) => ({ id, name: id, role: 'clinician', canBecomeCoordinator: false });
    const members = [
      member({ id: 'a', kind: 'formal', professionalId: 'in', status: 'active' }),
      member({ id: 'b', kind: 'formal', professionalId: 'gone', status: 'left' }),
      member({ id: 'c', kind: 'formal', professionalId: 'asked', status: 'approached' }),
    ];
    expect(
      joinableCandidates([candidate('in'), candidate('gone'), candidate('asked'), candidate('new')], members).map((c) => c.id),
    ).toEqual(['gone', 'new']);
  });

  it('says where a membership stands in words', () => {
    const asked = member({
      status: 'approached',
      approachedBy: 'client',
      approachedOn: '2026-03-03',
      answer: 'yes',
      conversationHeld: false,
    });
    expect(memberStatusText(nlT, asked, 'Joep Bakker', 'nl')).toBe(
      'Gevraagd door Joep Bakker zelf op 3 maart 2026. Zei ja. Nog geen verdiepingsgesprek.',
    );
    expect(memberStatusText(nlT, member({ status: 'active', conversationHeld: null }), 'Joep', 'nl')).toBe(
      'In de groep sinds 12 maart 2026.',
    );
    expect(memberStatusText(enT, member({ status: 'left', leaveReason: 'care_ended' }), 'Joep', 'en')).toBe(
      'Left the group on 12 March 2026. Reason: the care or support has ended.',
    );
    // The coordinator holds the conversations and has none of their own.
    expect(memberStatusText(nlT, member({ status: 'active', role: 'coordinator', kind: 'formal' }), 'Joep', 'nl')).toBe(
      'In de groep sinds 12 maart 2026.',
    );
  });

  it('tells the history in sentences, a handover with its successor', () => {
    const at = '2026-03-12T10:00:00.000Z';
    const events: GroupHistoryEvent[] = [
      {
        kind: 'member',
        at,
        memberId: 'e',
        memberName: 'Esmee van Dijk',
        from: 'active',
        to: 'left',
        reason: 'handover',
        by: 'Esmee van Dijk',
      },
      {
        kind: 'member',
        at,
        memberId: 'k',
        memberName: 'Karin Smit',
        from: null,
        to: 'active',
        reason: null,
        by: 'Esmee van Dijk',
      },
      { kind: 'phase', at: '2026-02-01T09:00:00.000Z', from: 3, to: 2, by: null },
      {
        kind: 'member',
        at: '2026-01-15T09:00:00.000Z',
        memberId: 'm',
        memberName: 'Mirjam',
        from: 'approached',
        to: 'active',
        reason: null,
        by: null,
      },
    ];
    const lines = historyLines(nlT, events, 'nl');
    expect(lines.map((line) => `${line.date}: ${line.sentence}`)).toEqual([
      '12 maart 2026: Esmee van Dijk droeg de groep over aan Karin Smit.',
      '12 maart 2026: Karin Smit werd lid.',
      '1 februari 2026: De groep ging terug naar fase 2: Verdieping.',
      '15 januari 2026: Mirjam werd lid.',
    ]);
    expect(lines[0]?.by).toBe('Dit deed Esmee van Dijk.');
    expect(lines[2]?.by).toBeNull();
  });
});
