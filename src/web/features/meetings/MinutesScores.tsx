import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../../shared/meetings.js';
import { RadioFieldControl } from '../../components/RadioFieldControl.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';
import { scoreChoices, type MinutesControl, type ScoreValues } from './minutes-form.js';
import { FormSection } from './FormSection.js';
import { formatDay } from './meeting-words.js';
import { horizonText } from './minutes-words.js';

interface MinutesScoresProps {
  control: MinutesControl;
  /** The form's rows, one per open goal. */
  rows: readonly ScoreValues[];
  goals: Minutes['goals'];
}

/**
 * "Scores": how far each open goal is now, from 0 to 10, as the group judged it at the meeting; a
 * goal not talked about keeps "no score". Once approved, the scores are in the goals' trends.
 */
export function MinutesScores({ control, rows, goals }: MinutesScoresProps) {
  const { t, i18n } = useTranslation();
  const choices = scoreChoices.map((score) => ({ id: score, label: score === '' ? t('minutes.scores.noScore') : score }));
  return (
    <FormSection title={t('minutes.scores.title')}>
      {rows.length === 0 ? (
        <p>{t('minutes.scores.none')}</p>
      ) : (
        <>
          <p className="field__description">{t('minutes.scores.intro')}</p>
          <ul className="minutes-form__rows">
            {rows.map((row, index) => {
              const goal = goals.find((candidate) => candidate.id === row.goalId);
              return (
                <li key={row.goalId}>
                  <fieldset className="minutes-form__group">
                    <legend className="minutes-form__legend">
                      {goal !== undefined && (
                        <span className="minutes-form__horizon">
                          {t('minutes.scores.goalKind', { horizon: horizonText(t, goal.horizon) })}:
                        </span>
                      )}{' '}
                      <span className="meeting-text">{goal?.text ?? t('minutes.scores.unknownGoal')}</span>
                    </legend>
                    <p className="minutes-form__last">
                      {goal?.lastScore
                        ? t('minutes.scores.last', {
                            score: goal.lastScore.score,
                            date: formatDay(goal.lastScore.date, i18n.language),
                          })
                        : t('minutes.scores.lastNone')}
                    </p>
                    <div className="minutes-score-field">
                      <RadioFieldControl
                        control={control}
                        name={`scores.${index}.score`}
                        label={t('minutes.scores.score')}
                        description={t('minutes.scores.scoreHelp')}
                        choices={choices}
                      />
                    </div>
                    <TextAreaControl
                      control={control}
                      name={`scores.${index}.note`}
                      label={t('minutes.scores.note')}
                      description={t('minutes.scores.noteHelp')}
                      maxLength={500}
                      rows={2}
                    />
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </FormSection>
  );
}
