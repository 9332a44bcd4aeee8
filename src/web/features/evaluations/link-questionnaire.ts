import type { Questionnaire } from '../../../shared/evaluations.js';
import type { Locale } from '../../../shared/roles.js';
import { isApiError } from '../../app/http.js';

// The page a personal link opens (LinkQuestionnairePage): what it shows, decided from the link, the
// questionnaire's answer and whether the response went. No sign-in, no way into Regie's own pages.

/** Every link that does not work (unknown, replaced, used, round closed, member gone) answers alike. */
export const isInvalidEvaluationLink = (error: unknown): boolean => isApiError(error) && error.code === 'link_invalid';

/** The language Regie's own instrument is asked in: the page's, Dutch unless it is English. */
export const linkLocale = (language: string): Locale => (language === 'en' ? 'en' : 'nl');

export type LinkPageView = 'missing' | 'invalid' | 'loading' | 'problem' | 'thanks' | 'answered' | 'closed' | 'form';

/**
 * What the link page shows: no whole token in the address ("missing"); a link that does not work,
 * now or when the response was sent ("invalid"); the thank-you once sent; otherwise the form, or why
 * there is none.
 */
export function linkPageView(state: {
  hasToken: boolean;
  error: unknown;
  /** Sending found the link gone (used in another tab, the round closed meanwhile). */
  gone: boolean;
  sent: boolean;
  questionnaire: Questionnaire | undefined;
}): LinkPageView {
  if (!state.hasToken) return 'missing';
  if (state.sent) return 'thanks';
  if (state.gone || isInvalidEvaluationLink(state.error)) return 'invalid';
  if (state.questionnaire === undefined) return state.error === null || state.error === undefined ? 'loading' : 'problem';
  if (state.questionnaire.answeredAt !== null) return 'answered';
  if (!state.questionnaire.round.open) return 'closed';
  return 'form';
}
