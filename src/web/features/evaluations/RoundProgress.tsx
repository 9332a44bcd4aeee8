import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { respondentTypes } from '../../../domain/evaluations.js';
import type { RoundSummary } from '../../../shared/evaluations.js';
import { paths } from '../../app/paths.js';
import { formatDay, formatMomentDay, inTypeOrder, meetingLine, typeName } from './evaluation-words.js';

interface RoundProgressProps {
  clientId: string;
  round: RoundSummary;
  /** The heading level of the names list, below the section this sits in. */
  level: 3 | 4;
}

/**
 * How far a round is: until when, how many answered per respondent type, and for the client and the
 * coordinator who did (never what). The caller's own questionnaire, when they were asked, is one
 * press away.
 */
export function RoundProgress({ clientId, round, level }: RoundProgressProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { progress } = round;
  const byType = respondentTypes.flatMap((type) => {
    const count = progress.byType[type];
    return count.asked > 0 ? [{ type, ...count }] : [];
  });

  return (
    <div className="round-progress">
      {round.open && (
        <p className="round-progress__until">{t('evaluations.current.until', { date: formatDay(round.closesOn, language) })}</p>
      )}
      <p>{t('evaluations.current.openedBy', { name: round.openedBy, date: formatMomentDay(round.openedAt, language) })}</p>
      <YourPart clientId={clientId} round={round} />
      <p>{t('evaluations.progress.total', { answered: progress.answered, count: progress.asked })}</p>
      {byType.length > 0 && (
        <ul className="round-progress__types">
          {byType.map(({ type, asked, answered }) => (
            <li key={type}>{t('evaluations.progress.byType', { type: typeName(t, type), asked, answered })}</li>
          ))}
        </ul>
      )}
      {round.respondents !== null && round.respondents.length > 0 && (
        <RespondentNames respondents={round.respondents} level={level} />
      )}
      {round.meeting !== null && (
        <p>
          {t('evaluations.current.meeting')}{' '}
          <Link to={paths.meeting(clientId, round.meeting.id)}>
            {t('meetings.whatOnDay', meetingLine(t, round.meeting, language))}
          </Link>
        </p>
      )}
    </div>
  );
}

/** Asked and not answered yet: the way to the questionnaire; answered: a thank-you. */
function YourPart({ clientId, round }: { clientId: string; round: RoundSummary }) {
  const { t } = useTranslation();
  if (round.you === null) return null;
  if (round.you.answered) return <p className="round-progress__you">{t('evaluations.progress.youAnswered')}</p>;
  if (!round.open) return null;
  return (
    <div className="round-progress__you">
      <p>{t('evaluations.progress.youAsked')}</p>
      <p>
        <Link to={paths.questionnaire(clientId, round.id)} className="button button--primary">
          {t('evaluations.progress.fillIn')}
        </Link>
      </p>
    </div>
  );
}

/** Who answered, with a mark and in words (not by colour alone); in the respondent types' order. */
function RespondentNames({ respondents, level }: { respondents: NonNullable<RoundSummary['respondents']>; level: 3 | 4 }) {
  const { t } = useTranslation();
  const titleId = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="round-progress__names">
      <Heading id={titleId}>{t('evaluations.progress.names')}</Heading>
      <p className="round-progress__note">{t('evaluations.progress.namesNote')}</p>
      <ul aria-labelledby={titleId} className="respondent-list">
        {inTypeOrder(respondents).map((respondent, index) => (
          <li key={`${respondent.respondentType}-${respondent.name}-${index}`} className="respondent-list__item">
            <span
              aria-hidden="true"
              className={respondent.answered ? 'respondent-list__mark respondent-list__mark--done' : 'respondent-list__mark'}
            >
              {respondent.answered ? '✓' : '–'}
            </span>
            <span>
              {t('evaluations.progress.nameLine', {
                name: respondent.name,
                type: t(`evaluations.typeOne.${respondent.respondentType}`),
                state: respondent.answered ? t('evaluations.progress.answered') : t('evaluations.progress.notYet'),
              })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
