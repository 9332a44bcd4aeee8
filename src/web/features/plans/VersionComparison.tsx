import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comparePlanContents } from '../../../domain/plan-versions.js';
import type { Version, VersionList } from '../../../shared/plans.js';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useVersion } from './api.js';
import { comparisonSections } from './comparison-words.js';
import { defaultComparison, formatShortMoment } from './words.js';

interface VersionComparisonProps {
  clientId: string;
  list: VersionList;
  own: boolean;
}

/** Two versions chosen, and what changed from the older to the newer in words. */
export function VersionComparison({ clientId, list, own }: VersionComparisonProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const firstId = useId();
  const secondId = useId();
  const [initialOlder, initialNewer] = defaultComparison(list.versions) ?? [0, 0];
  const [first, setFirst] = useState(initialOlder);
  const [second, setSecond] = useState(initialNewer);
  const older = Math.min(first, second);
  const newer = Math.max(first, second);
  const olderVersion = useVersion(clientId, first === second ? null : older);
  const newerVersion = useVersion(clientId, first === second ? null : newer);

  const choices = list.versions.map((version) => ({
    value: version.number,
    label:
      version.adoptedOn.length > 0
        ? t('plans.history.optionAdopted', { number: version.number, when: formatShortMoment(version.changedAt, i18n.language) })
        : t('plans.history.option', { number: version.number, when: formatShortMoment(version.changedAt, i18n.language) }),
  }));
  const picker = (id: string, label: string, value: number, onChange: (value: number) => void) => (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="field__input" value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );

  const error = olderVersion.error ?? newerVersion.error;
  return (
    <section aria-labelledby={titleId} className="section plan-section">
      <h2 id={titleId}>{t('plans.history.compareTitle')}</h2>
      <p>{t('plans.history.compareIntro')}</p>
      <div className="plan-pickers">
        {picker(firstId, t('plans.history.first'), first, setFirst)}
        {picker(secondId, t('plans.history.second'), second, setSecond)}
      </div>
      {first === second ? (
        <p role="status">{t('plans.history.sameTwice')}</p>
      ) : error ? (
        <ProblemAlert error={error} />
      ) : olderVersion.data && newerVersion.data ? (
        <ComparisonView older={olderVersion.data} newer={newerVersion.data} clientName={list.client.name} own={own} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

interface ComparisonViewProps {
  older: Version;
  newer: Version;
  clientName: string;
  own: boolean;
}

function ComparisonView({ older, newer, clientName, own }: ComparisonViewProps) {
  const { t, i18n } = useTranslation();
  const comparison = comparePlanContents(older.content, newer.content);
  const sections = comparisonSections(t, comparison, {
    language: i18n.language,
    clientName,
    own,
    goals: [...newer.content.goals, ...older.content.goals],
    olderPhases: older.content.signalPlan?.phases ?? [],
    newerPhases: newer.content.signalPlan?.phases ?? [],
  });
  return (
    <div className="plan-comparison">
      <h3>{t('plans.history.changesTitle', { older: older.number, newer: newer.number })}</h3>
      {comparison.same || sections.length === 0 ? (
        <p>{t('plans.history.nothingChanged')}</p>
      ) : (
        sections.map((section) => (
          <div key={section.key} className="plan-comparison__part">
            <h4>{section.title}</h4>
            {section.notes.map((note) => (
              <p key={note}>{note}</p>
            ))}
            {section.groups.map((group) => (
              <div key={group.key} className="plan-comparison__group">
                <h5 className="plan-comparison__group-title">{group.title}</h5>
                <ul className="plan-comparison__items">
                  {group.items.map((item) => (
                    <li key={item.key} className="plan-comparison__item">
                      <p className="plan-comparison__item-title plan-text">{item.title}</p>
                      {item.fields.length > 0 && (
                        <dl className="plan-comparison__fields">
                          {item.fields.map((field) => (
                            <div key={field.field} className="plan-comparison__field">
                              <dt>{field.label}</dt>
                              <dd className="plan-text">
                                <span className="plan-comparison__was">{t('plans.history.was')}</span> {field.before}
                              </dd>
                              <dd className="plan-text">
                                <span className="plan-comparison__became">{t('plans.history.became')}</span> {field.after}
                              </dd>
                            </div>
                          ))}
                        </dl>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ))
      )}
    </div>
  );
}
