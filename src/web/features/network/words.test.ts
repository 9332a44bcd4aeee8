import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NetworkPerson } from '../../../shared/network.js';
import { ApiError } from '../../app/http.js';
import { en, nl } from '../../i18n/texts.js';
import { edgeSentence, formatDay, movedSentence, networkProblemMessage, personDescription } from './words.js';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

const mirjam: NetworkPerson = {
  id: 'p1',
  name: 'Mirjam',
  relation: 'sibling',
  formality: 'informal',
  lifeArea: 'family',
  ring: 'inner',
  wish: 'closer',
  email: null,
  phone: null,
  notes: null,
  membership: null,
};

describe('the map in words', () => {
  it('says where someone stands after a move, in Dutch and in English', async () => {
    expect(movedSentence(i18n.t, 'Mirjam', { ring: 'inner', lifeArea: 'family' })).toBe(
      'Mirjam staat nu in de binnenste ring, bij familie.',
    );
    await i18n.changeLanguage('en');
    expect(movedSentence(i18n.t, 'Mirjam', { ring: 'outer', lifeArea: 'work_school_leisure' })).toBe(
      'Mirjam is now in the outer ring, in the work, school and leisure section.',
    );
    await i18n.changeLanguage('nl');
  });

  it('names a person on the drawing with everything the drawing shows of them', () => {
    expect(personDescription(i18n.t, mirjam)).toBe(
      'Mirjam, broer of zus, informeel. In de binnenste ring, bij familie. Wens: dichterbij.',
    );
    expect(personDescription(i18n.t, { ...mirjam, membership: { memberId: 'm1', status: 'nominated' } })).toBe(
      'Mirjam, broer of zus, informeel. In de binnenste ring, bij familie. Wens: dichterbij. Genomineerd voor de groep.',
    );
  });

  it('says when a person cannot go further that way', () => {
    expect(edgeSentence(i18n.t, mirjam, 'closer')).toBe('Mirjam staat al in de binnenste ring.');
    expect(edgeSentence(i18n.t, mirjam, 'further')).toBe('Mirjam staat al in de buitenste ring.');
  });

  it("words the map's own refusals, and leaves the others to the app's messages", () => {
    const problem = (code: string, status = 409) => new ApiError({ type: 'about:blank', title: 'x', status, code });
    expect(networkProblemMessage(i18n.t, problem('person_in_group'))).toBe(nl.network.problems.person_in_group);
    expect(networkProblemMessage(i18n.t, problem('already_member'))).toBe(nl.network.problems.already_member);
    expect(networkProblemMessage(i18n.t, problem('not_found', 404))).toBe(nl.errors.problem.not_found);
  });

  it('writes a snapshot date as people in the Netherlands do', () => {
    expect(formatDay('2026-03-31T22:30:00Z', 'nl')).toBe('1 april 2026');
    expect(formatDay('2026-03-31T10:00:00Z', 'en')).toBe('31 March 2026');
  });
});
