import i18next, { type TFunction } from 'i18next';
import type { Problem } from '../../../shared/problem.js';
import type { MeetingSummary } from '../../../shared/meetings.js';
import { ApiError } from '../../app/http.js';
import { en, nl } from '../../i18n/texts.js';

// What the tests of the meetings' pages share: the app's texts, a meeting and a refusal to start from.

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

/** A follow-up meeting on Thursday 12 March 2026 at 14:30, at the client's home, changed as a test needs. */
export const meetingSummary = (overrides: Partial<MeetingSummary> & Pick<MeetingSummary, 'id'>): MeetingSummary => ({
  kind: 'follow_up',
  theme: null,
  date: '2026-03-12',
  time: '14:30',
  durationMinutes: 60,
  locationKind: 'client_home',
  status: 'planned',
  held: false,
  minutesStatus: 'draft',
  myAnswer: null,
  ...overrides,
});

/** A refusal as the API answers it, with the fields it names when there are any. */
export const refusal = (status: number, code: string, errors?: Problem['errors']): ApiError =>
  new ApiError({ type: 'about:blank', title: code, status, code, ...(errors === undefined ? {} : { errors }) });
