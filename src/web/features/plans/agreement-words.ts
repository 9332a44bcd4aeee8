import type { TFunction } from 'i18next';
import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import type { MyAgreements } from '../../../shared/plans.js';
import { formatDay } from './words.js';

// "Mijn afspraken" in words and order: what is still to do first, the soonest first; late in words.

export type MyAgreement = MyAgreements['groups'][number]['agreements'][number];

const byDueDate = (a: MyAgreement, b: MyAgreement): number => {
  // Without a date last: what has a date asks for attention first.
  if (a.dueOn === b.dueOn) return a.what.localeCompare(b.what);
  if (a.dueOn === null) return 1;
  if (b.dueOn === null) return -1;
  return a.dueOn < b.dueOn ? -1 : 1;
};

const byDoneLatest = (a: MyAgreement, b: MyAgreement): number => (b.doneAt ?? b.updatedAt).localeCompare(a.doneAt ?? a.updatedAt);

/** Open agreements by due date (soonest first), and the finished ones (done or cancelled), latest first. */
export function sortAgreements(agreements: readonly MyAgreement[]): { open: MyAgreement[]; closed: MyAgreement[] } {
  return {
    open: agreements.filter((a) => a.status === 'open').sort(byDueDate),
    closed: agreements.filter((a) => a.status !== 'open').sort(byDoneLatest),
  };
}

/** How many agreements are still to do. */
export const openCount = (agreements: readonly MyAgreement[]): number => agreements.filter((a) => a.status === 'open').length;

/** True for an open agreement whose day has passed. */
export function isOverdue(agreement: Pick<MyAgreement, 'status' | 'dueOn'>, today = amsterdamDay(new Date())): boolean {
  return agreement.status === 'open' && agreement.dueOn !== null && agreement.dueOn < today;
}

/** The day of a moment (ISO), as it was in the Netherlands. */
export function formatMomentDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** When it is due, or how late it is, or when it was done: one sentence. Null when there is nothing to say. */
export function agreementWhen(
  t: TFunction,
  agreement: MyAgreement,
  language: string,
  today = amsterdamDay(new Date()),
): string | null {
  if (agreement.status === 'cancelled') return t('myAgreements.agreement.cancelled');
  if (agreement.status === 'done') {
    return agreement.doneAt === null
      ? t('myAgreements.agreement.done')
      : t('myAgreements.agreement.doneOn', { date: formatMomentDay(agreement.doneAt, language) });
  }
  if (agreement.dueOn === null) return null;
  const date = formatDay(agreement.dueOn, language);
  return isOverdue(agreement, today) ? t('myAgreements.agreement.overdue', { date }) : t('myAgreements.agreement.due', { date });
}

/** Who does it, as the client reads it on their group's list. */
export function agreementWho(t: TFunction, agreement: MyAgreement): string {
  return agreement.assignee.kind === 'client'
    ? t('myAgreements.agreement.whoYou')
    : t('myAgreements.agreement.who', { name: agreement.assignee.name });
}
