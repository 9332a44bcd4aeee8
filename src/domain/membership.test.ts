import { describe, expect, it } from 'vitest';
import {
  canTransition,
  handoverPlan,
  isLeaveReason,
  isMemberKind,
  isMemberStatus,
  isProfessionalRole,
  memberStatuses,
  missingCoreProfessionals,
  requiresReason,
  roleFitsKind,
  type Member,
  type MemberStatus,
} from './membership.js';

const allowed: [MemberStatus, MemberStatus][] = [
  ['nominated', 'approached'],
  ['nominated', 'left'],
  ['approached', 'declined'],
  ['approached', 'conversation_held'],
  ['approached', 'active'],
  ['approached', 'left'],
  ['conversation_held', 'active'],
  ['conversation_held', 'left'],
  ['active', 'left'],
];
const isAllowed = (from: MemberStatus, to: MemberStatus) => allowed.some(([a, b]) => a === from && b === to);
const allPairs = memberStatuses.flatMap((from) => memberStatuses.map((to) => [from, to] as [MemberStatus, MemberStatus]));

describe('membership lifecycle', () => {
  it.each(allowed)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toEqual({ ok: true });
  });

  it('refuses a change to the same status', () => {
    for (const status of memberStatuses) expect(canTransition(status, status)).toEqual({ ok: false, reason: 'same_status' });
  });

  it('refuses any change once a membership has ended by declining or leaving', () => {
    for (const from of ['declined', 'left'] as const) {
      for (const to of memberStatuses.filter((status) => status !== from))
        expect(canTransition(from, to)).toEqual({ ok: false, reason: 'membership_ended' });
    }
  });

  it.each(allPairs.filter(([from, to]) => from !== to && from !== 'declined' && from !== 'left' && !isAllowed(from, to)))(
    'refuses %s → %s as not a next step',
    (from, to) => {
      expect(canTransition(from, to)).toEqual({ ok: false, reason: 'not_a_next_step' });
    },
  );

  it('checks every pair of statuses (nothing allowed by accident)', () => {
    const ok = allPairs.filter(([from, to]) => canTransition(from, to).ok);
    expect(ok).toEqual(allowed);
  });

  it('asks a reason for leaving only', () => {
    expect(memberStatuses.filter(requiresReason)).toEqual(['left']);
  });

  it('recognises only its own names', () => {
    expect(isMemberStatus('conversation_held')).toBe(true);
    expect(isMemberStatus('removed')).toBe(false);
    expect(isLeaveReason('handover')).toBe(true);
    expect(isLeaveReason('fired')).toBe(false);
    expect(isMemberKind('peer')).toBe(true);
    expect(isMemberKind('family')).toBe(false);
    expect(isProfessionalRole('clinician')).toBe(true);
    expect(isProfessionalRole('psychiatrist')).toBe(false);
  });

  it('gives the coordinator and clinician roles to professionals only', () => {
    expect(roleFitsKind('formal', 'coordinator')).toBe(true);
    expect(roleFitsKind('formal', null)).toBe(true);
    expect(roleFitsKind('informal', null)).toBe(true);
    expect(roleFitsKind('peer', 'coordinator')).toBe(false);
    expect(roleFitsKind('informal', 'clinician')).toBe(false);
  });
});

const member = (id: string, status: MemberStatus, kind: Member['kind'] = 'informal', role: Member['role'] = null): Member => ({
  id,
  kind,
  role,
  status,
});
const coordinator = member('c1', 'active', 'formal', 'coordinator');
const clinician = member('z1', 'active', 'formal', 'clinician');
const mother = member('m1', 'active');

describe('missing core professionals', () => {
  it('finds nothing missing when coordinator and clinician are in the group', () => {
    expect(missingCoreProfessionals([coordinator, clinician, mother], true)).toEqual([]);
  });

  it('names each role that is missing in a mental health setting', () => {
    expect(missingCoreProfessionals([coordinator, mother], true)).toEqual(['clinician']);
    expect(missingCoreProfessionals([clinician, mother], true)).toEqual(['coordinator']);
    expect(missingCoreProfessionals([mother], true)).toEqual(['coordinator', 'clinician']);
    expect(missingCoreProfessionals([], true)).toEqual(['coordinator', 'clinician']);
  });

  it('asks only for a coordinator outside mental health care', () => {
    expect(missingCoreProfessionals([coordinator, mother], false)).toEqual([]);
    expect(missingCoreProfessionals([mother], false)).toEqual(['coordinator']);
  });

  it('counts a professional on the way in, and not one who declined or left', () => {
    expect(
      missingCoreProfessionals(
        [
          { ...coordinator, status: 'nominated' },
          { ...clinician, status: 'conversation_held' },
        ],
        true,
      ),
    ).toEqual([]);
    expect(
      missingCoreProfessionals(
        [
          { ...coordinator, status: 'left' },
          { ...clinician, status: 'declined' },
        ],
        true,
      ),
    ).toEqual(['coordinator', 'clinician']);
  });
});

describe('warm handover', () => {
  const group = [
    coordinator,
    clinician,
    mother,
    member('j1', 'approached', 'formal'),
    member('p1', 'active', 'peer'),
    member('x1', 'left', 'formal'),
  ];

  it('adds a successor who is not yet a member as active coordinator, then lets the predecessor leave', () => {
    expect(handoverPlan(group, 'c1', 'new')).toEqual({
      ok: true,
      changes: [
        { kind: 'add_member', memberId: 'new', memberKind: 'formal', status: 'active', role: 'coordinator' },
        { kind: 'leave', memberId: 'c1', reason: 'handover' },
      ],
    });
  });

  it('makes a professional already on the way in active and coordinator', () => {
    expect(handoverPlan(group, 'c1', 'j1')).toEqual({
      ok: true,
      changes: [
        { kind: 'set_status', memberId: 'j1', from: 'approached', to: 'active' },
        { kind: 'set_role', memberId: 'j1', role: 'coordinator' },
        { kind: 'leave', memberId: 'c1', reason: 'handover' },
      ],
    });
  });

  it('gives an active professional member the role without changing their status', () => {
    const withWorker = [...group, member('w1', 'active', 'formal')];
    expect(handoverPlan(withWorker, 'c1', 'w1')).toEqual({
      ok: true,
      changes: [
        { kind: 'set_role', memberId: 'w1', role: 'coordinator' },
        { kind: 'leave', memberId: 'c1', reason: 'handover' },
      ],
    });
  });

  it('refuses a handover to the same person', () => {
    expect(handoverPlan(group, 'c1', 'c1')).toEqual({ ok: false, reason: 'same_person' });
  });

  it('refuses when the predecessor is not the active coordinator', () => {
    expect(handoverPlan(group, 'z1', 'new')).toEqual({ ok: false, reason: 'predecessor_not_active_coordinator' });
    expect(handoverPlan(group, 'nobody', 'new')).toEqual({ ok: false, reason: 'predecessor_not_active_coordinator' });
    const leftCoordinator = [{ ...coordinator, status: 'left' as const }, clinician];
    expect(handoverPlan(leftCoordinator, 'c1', 'new')).toEqual({ ok: false, reason: 'predecessor_not_active_coordinator' });
  });

  it('refuses a successor who is no professional, whose membership ended, or who is the clinician', () => {
    expect(handoverPlan(group, 'c1', 'm1')).toEqual({ ok: false, reason: 'successor_not_professional' });
    expect(handoverPlan(group, 'c1', 'p1')).toEqual({ ok: false, reason: 'successor_not_professional' });
    expect(handoverPlan(group, 'c1', 'x1')).toEqual({ ok: false, reason: 'successor_membership_ended' });
    expect(handoverPlan(group, 'c1', 'z1')).toEqual({ ok: false, reason: 'successor_has_other_role' });
  });
});
