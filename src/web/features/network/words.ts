import type { TFunction } from 'i18next';
import type { NetworkPerson } from '../../../shared/network.js';
import { isApiError } from '../../app/http.js';
import { problemMessage } from '../../components/messages.js';
import type { Position } from './map-model.js';

// The map in words: the same sentences for the drawing's accessible names, the announcements and the list.

/** "Mirjam staat nu in de binnenste ring, bij familie." */
export function movedSentence(t: TFunction, name: string, { ring, lifeArea }: Position): string {
  return t('network.moves.moved', { name, ring: t(`network.rings.${ring}`), area: t(`network.areasInSentence.${lifeArea}`) });
}

/**
 * The name of a button in a person's card: its visible text and whose card it is ("Weghalen: Mirjam"),
 * so that a list of buttons, or a spoken command, tells the cards apart. Starts with the visible text.
 */
export const forPerson = (action: string, name: string): string => `${action}: ${name}`;

/** What an arrow key or a button says at the edge: the person cannot go further that way. */
export function edgeSentence(t: TFunction, person: { name: string }, direction: 'closer' | 'further'): string {
  return t(direction === 'closer' ? 'network.moves.alreadyInner' : 'network.moves.alreadyOuter', { name: person.name });
}

/** Everything the drawing shows of a person, for the name a screen reader gives their dot. */
export function personDescription(t: TFunction, person: NetworkPerson): string {
  const parts = {
    name: person.name,
    relation: t(`network.relations.${person.relation}`),
    formality: t(`network.formalities.${person.formality}`),
    ring: t(`network.rings.${person.ring}`),
    area: t(`network.areasInSentence.${person.lifeArea}`),
    wish: t(`network.wishes.${person.wish}`),
  };
  if (person.membership === null) return t('network.drawing.person', parts);
  return t('network.drawing.personInGroup', { ...parts, membership: t(`network.membership.${person.membership.status}`) });
}

export function membershipText(t: TFunction, membership: NetworkPerson['membership']): string {
  return t(`network.membership.${membership?.status ?? 'none'}`);
}

const knownProblems = ['person_in_group', 'already_member'] as const;
type KnownProblem = (typeof knownProblems)[number];
const isKnownProblem = (code: string): code is KnownProblem => (knownProblems as readonly string[]).includes(code);

/** A failed request in words: this feature's own refusals first, then the app's general ones. */
export function networkProblemMessage(t: TFunction, error: unknown): string {
  if (isApiError(error) && isKnownProblem(error.code)) return t(`network.problems.${error.code}`);
  return problemMessage(t, error);
}

/** A snapshot's date as people in the Netherlands write it: "31 maart 2026". */
export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}
