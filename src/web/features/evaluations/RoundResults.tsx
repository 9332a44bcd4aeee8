import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundResults as Results } from '../../../shared/evaluations.js';
import { barPercent } from './chart.js';
import { areRegieThemes, formatScore, hiddenReasonText, scaleName, sharedRange, typeName } from './evaluation-words.js';
import { askedTypes, meanOf } from './trend-data.js';
import { TableRegion } from './TableRegion.js';

type Scale = Results['scales'][number];

/**
 * A closed round's results, ready to talk about at the meeting: who filled the questionnaire in (and
 * plainly why a type is not shown), per theme a bar per respondent type and for everyone together,
 * all numbers in a table, and the open remarks.
 */
export function RoundResults({ results, own }: { results: Results; own: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const shown = askedTypes(results.byType).filter((result) => result.shown);
  const range = sharedRange(results.scales);

  return (
    <>
      <WhoAnswered results={results} own={own} />
      <section aria-labelledby={titleId} className="section evaluation-results">
        <h2 id={titleId}>{t('evaluations.results.title')}</h2>
        {shown.length === 0 ? (
          <p>{t('evaluations.results.noneShown')}</p>
        ) : (
          <>
            {range !== null && <p>{t('evaluations.results.range', range)}</p>}
            {areRegieThemes(results.scales) && <p>{t('evaluations.results.higherIsBetter')}</p>}
            {results.scales.map((scale) => (
              <ThemeBars key={scale.id} scale={scale} results={results} sayRange={range === null} />
            ))}
            <ResultsTable results={results} />
          </>
        )}
      </section>
      <Remarks remarks={results.remarks} />
    </>
  );
}

/** Per respondent type asked: how many answered, or why nothing of it is shown (and nothing else). */
function WhoAnswered({ results, own }: { results: Results; own: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  const types = askedTypes(results.byType);
  if (types.length === 0) return null;
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('evaluations.results.who')}</h2>
      <ul className="evaluation-who">
        {types.map((result) => (
          <li key={result.respondentType}>
            {result.shown || result.hiddenReason === null
              ? t('evaluations.results.shown', {
                  type: typeName(t, result.respondentType),
                  answered: result.answered,
                  asked: result.asked,
                })
              : hiddenReasonText(t, result.respondentType, result.hiddenReason, own)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * One theme: a bar per shown type and one for everyone together, each with its score as text. The bar
 * is a picture of that number only (hidden from screen readers, who hear the number); it is drawn in
 * SVG, which the page's content security policy allows where inline styles are not.
 */
function ThemeBars({ scale, results, sayRange }: { scale: Scale; results: Results; sayRange: boolean }) {
  const { t, i18n } = useTranslation();
  const theme = scaleName(t, scale);
  const overall = results.overall.find((score) => score.scaleId === scale.id)?.mean ?? null;
  const rows = [
    ...askedTypes(results.byType)
      .filter((result) => result.shown)
      .map((result) => ({
        key: result.respondentType,
        label: typeName(t, result.respondentType),
        mean: meanOf(result, scale.id),
      })),
    { key: 'overall', label: t('evaluations.overall'), mean: overall },
  ];
  return (
    <div className="theme-result">
      <h3>{theme}</h3>
      {sayRange && <p className="theme-result__range">{t('evaluations.results.range', { min: scale.min, max: scale.max })}</p>}
      <ul aria-label={t('evaluations.results.bars', { theme })} className="score-bars">
        {rows.map((row) => (
          <li key={row.key} className={row.key === 'overall' ? 'score-bar score-bar--overall' : 'score-bar'}>
            <span className="score-bar__label">{row.label}</span>
            <svg
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              className="score-bar__track"
              aria-hidden="true"
              focusable="false"
            >
              <rect x="0" y="0" width="100" height="10" className="score-bar__background" />
              {row.mean !== null && (
                <rect x="0" y="0" width={barPercent(row.mean, scale.min, scale.max)} height="10" className="score-bar__fill" />
              )}
            </svg>
            <span className={row.mean === null ? 'score-bar__value score-bar__value--none' : 'score-bar__value'}>
              {row.mean === null ? t('evaluations.noScore') : formatScore(row.mean, i18n.language)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The same numbers as the bars, themes down and respondent types across; hidden types have no column. */
function ResultsTable({ results }: { results: Results }) {
  const { t, i18n } = useTranslation();
  const shown = askedTypes(results.byType).filter((result) => result.shown);
  const score = (mean: number | null) => (mean === null ? t('evaluations.noScore') : formatScore(mean, i18n.language));
  return (
    <details className="evaluation-table">
      <summary>{t('evaluations.results.table.show')}</summary>
      <TableRegion caption={t('evaluations.results.table.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('evaluations.results.table.theme')}</th>
            {shown.map((result) => (
              <th key={result.respondentType} scope="col">
                {typeName(t, result.respondentType)}
              </th>
            ))}
            <th scope="col">{t('evaluations.overall')}</th>
          </tr>
        </thead>
        <tbody>
          {results.scales.map((scale) => (
            <tr key={scale.id}>
              <th scope="row">{scaleName(t, scale)}</th>
              {shown.map((result) => (
                <td key={result.respondentType}>{score(meanOf(result, scale.id))}</td>
              ))}
              <td>{score(results.overall.find((entry) => entry.scaleId === scale.id)?.mean ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </details>
  );
}

/** The open remarks of shown respondents, as the server ordered them; a name only when its writer signed. */
function Remarks({ remarks }: { remarks: Results['remarks'] }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('evaluations.results.remarks.title')}</h2>
      {remarks.length === 0 ? (
        <p>{t('evaluations.results.remarks.none')}</p>
      ) : (
        <>
          <p>{t('evaluations.results.remarks.intro')}</p>
          <ul className="remark-list">
            {remarks.map((remark, index) => (
              <li key={index} className="remark">
                <p className="remark__text">{remark.text}</p>
                {remark.by !== null && <p className="remark__by">{t('evaluations.results.remarks.by', { name: remark.by })}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
