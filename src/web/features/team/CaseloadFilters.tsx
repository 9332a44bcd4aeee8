import { useId, useRef } from 'react';
import { Button, Input, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { phases } from '../../../domain/phases.js';
import { isFiltered, noFilter, noGroup, recentEvaluationMonths, type CaseloadFilter } from './caseload.js';
import { phaseText } from './team-words.js';

const allPhases = 'all';

/**
 * The caseload's filters. They apply as they are set (there is nothing to send), and the count
 * under them says how many clients are shown.
 */
export function CaseloadFilters({ filter, onChange }: { filter: CaseloadFilter; onChange: (filter: CaseloadFilter) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const phaseKey = filter.phase === null ? allPhases : String(filter.phase);
  const phaseOptions = [
    { id: allPhases, label: t('team.caseload.filters.allPhases') },
    ...phases.map((phase) => ({ id: String(phase.number), label: phaseText(t, phase.number) })),
    { id: noGroup, label: t('team.caseload.filters.noGroup') },
  ];
  const set = (change: Partial<CaseloadFilter>) => onChange({ ...filter, ...change });

  return (
    <section aria-labelledby={titleId} className="caseload-filters">
      <h2 ref={titleRef} id={titleId} tabIndex={-1} className="caseload-filters__title">
        {t('team.caseload.filters.title')}
      </h2>
      <div className="caseload-filters__fields">
        <TextField className="field caseload-filters__text" value={filter.text} onChange={(text) => set({ text })}>
          <Label className="field__label">{t('team.caseload.filters.text')}</Label>
          <Text slot="description" className="field__description">
            {t('team.caseload.filters.textHelp')}
          </Text>
          <Input className="field__input" type="search" autoComplete="off" />
        </TextField>
        <Select
          className="field caseload-filters__phase"
          value={phaseKey}
          onChange={(key) => set({ phase: key === allPhases || key === null ? null : key === noGroup ? noGroup : Number(key) })}
        >
          <Label className="field__label">{t('team.caseload.filters.phase')}</Label>
          <Button className="select__button">
            <SelectValue className="select__value" />
            <span aria-hidden="true" className="select__arrow">
              ▾
            </span>
          </Button>
          <Popover className="select__popover">
            <ListBox className="select__list" items={phaseOptions}>
              {(option) => (
                <ListBoxItem id={option.id} className="select__option" textValue={option.label}>
                  {option.label}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </Select>
      </div>
      <div className="caseload-filters__boxes">
        <label className="choice-field__option">
          <input
            type="checkbox"
            className="choice-field__input"
            checked={filter.late}
            onChange={(event) => set({ late: event.currentTarget.checked })}
          />
          <span>{t('team.caseload.filters.late')}</span>
        </label>
        <label className="choice-field__option">
          <input
            type="checkbox"
            className="choice-field__input"
            checked={filter.noRecentEvaluation}
            onChange={(event) => set({ noRecentEvaluation: event.currentTarget.checked })}
          />
          <span>
            {t('team.caseload.filters.noRecentEvaluation', { count: recentEvaluationMonths })}
            <span className="caseload-filters__hint">{t('team.caseload.filters.noRecentEvaluationHelp')}</span>
          </span>
        </label>
      </div>
      {isFiltered(filter) && (
        <p className="caseload-filters__clear">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              onChange(noFilter);
              // The button goes with the filters it clears; focus stays in the filters.
              titleRef.current?.focus();
            }}
          >
            {t('team.caseload.filters.clear')}
          </button>
        </p>
      )}
    </section>
  );
}
