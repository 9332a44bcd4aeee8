import { useTranslation } from 'react-i18next';

/** Says, in words, that a relative's place ended and since when; nothing for a live place. */
export function RelativeEndedNote({ endedAt }: { endedAt: string | null }) {
  const { t, i18n } = useTranslation();
  if (endedAt === null) return null;
  const date = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(endedAt));
  return <p className="card__meta card__meta--strong">{t('sharing.relatives.ended', { date })}</p>;
}
