import type { TFunction } from 'i18next';
import type { ResolverOptions } from 'react-hook-form';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Minutes } from '../../../shared/meetings.js';
import { ApiError } from '../../app/http.js';
import {
  byClient,
  changeCount,
  formFieldOf,
  initialMinutesValues,
  minutesFields,
  minutesResolver,
  toMinutesBody,
  withFormFields,
  type MinutesValues,
} from './minutes-form.js';
import { meetingSummary, refusal, testTranslations } from './meetings-testing.js';

const ids = {
  meeting: '10000000-0000-4000-8000-000000000001',
  item1: '10000000-0000-4000-8000-000000000011',
  item2: '10000000-0000-4000-8000-000000000012',
  goalA: '20000000-0000-4000-8000-00000000000a',
  goalB: '20000000-0000-4000-8000-00000000000b',
  agreementX: '30000000-0000-4000-8000-00000000000e',
  agreementY: '30000000-0000-4000-8000-00000000000f',
  savedNew: '40000000-0000-4000-8000-000000000001',
  savedChange: '40000000-0000-4000-8000-000000000002',
  member: '50000000-0000-4000-8000-000000000001',
};

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<MinutesValues>;
const resolve = (values: MinutesValues) => minutesResolver(values, undefined, options);

function draft(overrides: Partial<Minutes> = {}): Minutes {
  return {
    meeting: {
      ...meetingSummary({ id: ids.meeting, held: true }),
      client: { id: '60000000-0000-4000-8000-000000000001', name: 'Sanne' },
      chair: { kind: 'client' },
      minuteTaker: { memberId: ids.member, name: 'Mirjam' },
    },
    status: 'draft',
    approvedAt: null,
    items: [
      { id: ids.item1, code: 'goal_progress', title: null, notes: 'Het gaat beter.', decisions: '' },
      { id: ids.item2, code: 'custom', title: 'Verhuizing', notes: '', decisions: 'Mirjam helpt.' },
    ],
    scores: [{ goalId: ids.goalB, score: 6, note: 'Twee keer gelopen' }],
    agreements: [
      {
        id: ids.savedNew,
        agreementId: null,
        what: 'Samen boodschappen doen',
        assignee: { kind: 'member', memberId: ids.member, name: 'Mirjam' },
        dueOn: '2026-04-01',
        goalId: ids.goalA,
        status: 'open',
      },
      {
        id: ids.savedChange,
        agreementId: ids.agreementY,
        what: 'Huisarts bellen',
        assignee: { kind: 'client' },
        dueOn: null,
        goalId: null,
        status: 'done',
      },
    ],
    goals: [
      { id: ids.goalA, horizon: 'long', text: 'Weer werken', lastScore: null },
      { id: ids.goalB, horizon: 'short', text: 'Elke week wandelen', lastScore: { date: '2026-01-10', score: 4 } },
    ],
    planAgreements: [
      {
        id: ids.agreementX,
        agreementId: ids.agreementX,
        what: 'Post doornemen',
        assignee: { kind: 'member', memberId: ids.member, name: 'Mirjam' },
        dueOn: '2026-03-01',
        goalId: ids.goalA,
        status: 'open',
      },
      {
        id: ids.agreementY,
        agreementId: ids.agreementY,
        what: 'Huisarts bellen',
        assignee: { kind: 'client' },
        dueOn: null,
        goalId: null,
        status: 'open',
      },
    ],
    members: [{ id: ids.member, name: 'Mirjam', kind: 'informal', role: null }],
    abilities: { write: true, approve: true },
    ...overrides,
  };
}

describe('the minutes’ form', () => {
  let t: TFunction;

  beforeAll(async () => {
    t = (await testTranslations()).nlT;
  });

  it('opens with a row per open goal and per open agreement of the plan, filled in from the draft', () => {
    const values = initialMinutesValues(draft());
    expect(values.items).toEqual([
      { id: ids.item1, notes: 'Het gaat beter.', decisions: '' },
      { id: ids.item2, notes: '', decisions: 'Mirjam helpt.' },
    ]);
    expect(values.scores).toEqual([
      { goalId: ids.goalA, score: '', note: '' },
      { goalId: ids.goalB, score: '6', note: 'Twee keer gelopen' },
    ]);
    expect(values.newAgreements).toEqual([
      { what: 'Samen boodschappen doen', memberId: ids.member, dueOn: '2026-04-01', goalId: ids.goalA },
    ]);
    // The agreement the draft changed shows the change; the other shows the plan as it is.
    expect(values.changes).toEqual([
      { agreementId: ids.agreementX, status: 'open', dueOn: '2026-03-01' },
      { agreementId: ids.agreementY, status: 'done', dueOn: null },
    ]);
  });

  it('sends the scores given, the new agreements and only the plan’s agreements that changed', () => {
    const minutes = draft();
    const values = initialMinutesValues(minutes);
    values.scores[0] = { goalId: ids.goalA, score: '0', note: '  ' };
    values.newAgreements.push({ what: ' Bellen met de werkcoach ', memberId: byClient, dueOn: null, goalId: null });
    values.items[0] = { id: ids.item1, notes: ' Het gaat beter. ', decisions: '' };

    const { body, layout } = toMinutesBody(values, minutes);

    expect(body.items[0]).toEqual({ id: ids.item1, notes: 'Het gaat beter.', decisions: '' });
    // A score of 0 is a score; a blank note is none.
    expect(body.scores).toEqual([
      { goalId: ids.goalA, score: 0, note: null },
      { goalId: ids.goalB, score: 6, note: 'Twee keer gelopen' },
    ]);
    expect(body.agreements).toEqual([
      {
        agreementId: null,
        what: 'Samen boodschappen doen',
        memberId: ids.member,
        dueOn: '2026-04-01',
        goalId: ids.goalA,
        status: 'open',
      },
      { agreementId: null, what: 'Bellen met de werkcoach', memberId: null, dueOn: null, goalId: null, status: 'open' },
      // The change keeps the plan's words, who does it and its goal; agreement X was left as it is.
      { agreementId: ids.agreementY, what: 'Huisarts bellen', memberId: null, dueOn: null, goalId: null, status: 'done' },
    ]);
    expect(layout).toEqual({
      scores: [0, 1],
      agreements: [
        { list: 'newAgreements', index: 0 },
        { list: 'newAgreements', index: 1 },
        { list: 'changes', index: 1 },
      ],
    });
  });

  it('leaves out a goal without a score, and an agreement set back to how the plan has it', () => {
    const minutes = draft();
    const values = initialMinutesValues(minutes);
    values.scores[1] = { goalId: ids.goalB, score: '', note: '' };
    values.changes[1] = { agreementId: ids.agreementY, status: 'open', dueOn: null };
    const { body } = toMinutesBody(values, minutes);
    expect(body.scores).toEqual([]);
    expect(body.agreements.map((agreement) => agreement.agreementId)).toEqual([null]);
    expect(changeCount(values.changes, minutes)).toBe(0);
  });

  it('counts a new date as a change to a plan agreement', () => {
    const minutes = draft();
    const values = initialMinutesValues(minutes);
    values.changes[0] = { agreementId: ids.agreementX, status: 'open', dueOn: '2026-05-01' };
    expect(changeCount(values.changes, minutes)).toBe(2);
    const { body } = toMinutesBody(values, minutes);
    expect(body.agreements.find((agreement) => agreement.agreementId === ids.agreementX)).toMatchObject({
      dueOn: '2026-05-01',
      status: 'open',
      memberId: ids.member,
      goalId: ids.goalA,
    });
  });

  it('passes a draft that fits', async () => {
    const result = await resolve(initialMinutesValues(draft()));
    expect(result.errors).toEqual({});
  });

  it('asks for a score when a note was written without one, and for what a new agreement is about', async () => {
    const values = initialMinutesValues(draft());
    values.scores[0] = { goalId: ids.goalA, score: '', note: 'Nog niet over gehad' };
    values.newAgreements.push({ what: '   ', memberId: byClient, dueOn: null, goalId: null });
    const result = await resolve(values);
    const errors = result.errors as Record<string, unknown>;
    expect(errors).toMatchObject({
      scores: [{ score: { type: 'required' } }],
      newAgreements: [undefined, { what: { type: 'too_small' } }],
    });
  });

  it('names a text that is too long with the shared message’s code, however deep in the lists', async () => {
    const values = initialMinutesValues(draft());
    values.items[1] = { id: ids.item2, notes: 'x'.repeat(4001), decisions: '' };
    values.scores[1] = { goalId: ids.goalB, score: '6', note: 'a\u0007b' };
    const result = await resolve(values);
    expect(result.errors).toMatchObject({
      items: [undefined, { notes: { type: 'too_big' } }],
      // A control character would be read as a bad email address by the shared messages.
      scores: [undefined, { note: { type: 'generic' } }],
    });
  });

  it('puts the server’s remarks next to the form’s own fields', () => {
    const layout = {
      scores: [1],
      agreements: [
        { list: 'newAgreements' as const, index: 0 },
        { list: 'changes' as const, index: 1 },
      ],
    };
    expect(formFieldOf('scores.0.goalId', layout)).toBe('scores.1.score');
    expect(formFieldOf('scores.0.note', layout)).toBe('scores.1.note');
    expect(formFieldOf('agreements.0.memberId', layout)).toBe('newAgreements.0.memberId');
    expect(formFieldOf('agreements.1.agreementId', layout)).toBe('changes.1.status');
    expect(formFieldOf('agreements.1.dueOn', layout)).toBe('changes.1.dueOn');
    expect(formFieldOf('items.2.notes', layout)).toBe('items.2.notes');
    expect(formFieldOf('agreements.5.what', layout)).toBe('agreements.5.what');

    const error = refusal(422, 'minutes_unfit', [
      { field: 'agreements.0.memberId', code: 'member_not_active', message: 'is not an active member of the group' },
    ]);
    const mapped = withFormFields(error, layout);
    expect(mapped).toBeInstanceOf(ApiError);
    expect((mapped as ApiError).problem.errors).toEqual([
      { field: 'newAgreements.0.memberId', code: 'member_not_active', message: 'is not an active member of the group' },
    ]);
    expect((mapped as ApiError).status).toBe(422);
  });

  it('names every field by where it is, for the error summary', () => {
    const minutes = draft();
    const values = initialMinutesValues(minutes);
    const fields = minutesFields(t, minutes, values, {
      goalText: (goalId) => minutes.goals.find((goal) => goal.id === goalId)?.text ?? '',
      agreementWhat: (id) => minutes.planAgreements.find((agreement) => agreement.id === id)?.what ?? '',
    });
    const label = (name: string) => fields.find((field) => field.name === name)?.label;
    expect(label('items.0.notes')).toBe('Aantekeningen bij ‘Hoe gaat het met de doelen?’');
    expect(label('items.1.decisions')).toBe('Besluiten bij ‘Verhuizing’');
    expect(label('scores.1.score')).toBe('Score voor het doel ‘Elke week wandelen’');
    expect(label('newAgreements.0.memberId')).toBe('Nieuwe afspraak 1: Wie doet het?');
    expect(label('changes.0.dueOn')).toBe('Klaar op (niet verplicht) van de afspraak ‘Post doornemen’');
    expect(fields).toHaveLength(2 * 2 + 2 * 2 + 4 + 2 * 2);
  });
});
