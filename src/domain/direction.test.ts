import { describe, expect, it } from 'vitest';
import { isDelegableTask, performerOf } from './direction.js';

const client = (delegated: ('edit_plan' | 'invite_members' | 'plan_meetings')[], hasAccount = true) => ({
  hasAccount,
  delegated,
});
const self = { isClientSelf: true, isClientsCoordinator: false };
const coordinator = { isClientSelf: false, isClientsCoordinator: true };
const someoneElse = { isClientSelf: false, isClientsCoordinator: false };

describe('degrees of direction', () => {
  it('lets the client do every task themself, delegated or not', () => {
    expect(performerOf('invite_members', self, client([]))).toEqual({ kind: 'client' });
  });

  it('lets the coordinator act for the client only on the tasks the client handed over', () => {
    expect(performerOf('invite_members', coordinator, client(['invite_members']))).toEqual({ kind: 'coordinator_for_client' });
    expect(performerOf('edit_plan', coordinator, client(['invite_members']))).toEqual({ kind: 'nobody' });
  });

  it('lets the coordinator act in their own name for a client who has no Regie account', () => {
    expect(performerOf('plan_meetings', coordinator, client([], false))).toEqual({ kind: 'coordinator_alone' });
  });

  it('never lets anyone else do a task, whatever was delegated', () => {
    expect(performerOf('invite_members', someoneElse, client(['invite_members'], false))).toEqual({ kind: 'nobody' });
  });

  it('recognises only its own task names', () => {
    expect(isDelegableTask('plan_meetings')).toBe(true);
    expect(isDelegableTask('delete_client')).toBe(false);
  });
});
