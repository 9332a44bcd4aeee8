import i18next, { type TFunction } from 'i18next';
import type { Problem } from '../../../shared/problem.js';
import type { CaseloadLine } from '../../../shared/team.js';
import { ApiError } from '../../app/http.js';
import { en, nl } from '../../i18n/texts.js';

// What the tests of the team's pages share: the app's texts, a caseload line and a refusal to start from.

/** The app's own texts in both languages, in an instance of their own, for tests of what pages say. */
export async function testTranslations(): Promise<{ nlT: TFunction; enT: TFunction }> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: 'nl',
    interpolation: { escapeValue: false },
  });
  return { nlT: instance.getFixedT('nl'), enT: instance.getFixedT('en') };
}

type Group = NonNullable<CaseloadLine['group']>;

/**
 * A client with a group in phase 5 that has a meeting planned on 12 March 2026, no open agreements
 * and no evaluation yet; `group` changes the group, or null for a client without one.
 */
export function caseloadLine(name: string, group: Partial<Group> | null = {}, id = name): CaseloadLine {
  return {
    client: { id, name },
    coordinator: { id: 'coordinator', name: 'Sanne Visser' },
    group:
      group === null
        ? null
        : {
            name: `Groep van ${name}`,
            phase: 5,
            members: { informal: 2, peer: 0, formal: 2 },
            nextMeetingOn: '2026-03-12',
            rhythm: { state: 'planned', dueDate: '2026-04-20' },
            openAgreements: 0,
            lastEvaluation: null,
            ...group,
          },
  };
}

/** A refusal as the API answers it, with the fields it names when there are any. */
export const refusal = (status: number, code: string, errors?: Problem['errors']): ApiError =>
  new ApiError({ type: 'about:blank', title: code, status, code, ...(errors === undefined ? {} : { errors }) });
