import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldIdPrefix } from '../../components/form-ids.js';
import { SelectControl, type SelectOption } from '../../components/SelectControl.js';
import type { RowActions } from './edit-helpers.js';
import { emptyMemberTask, maxMemberTasks, type SignalPlanValues } from './signal-plan-form.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';

interface MemberTasksFieldsProps extends RowActions {
  control: Control<SignalPlanValues, unknown, unknown>;
  phaseIndex: number;
  /** The group's active members, and anyone the plan still names who left. */
  memberOptions: readonly SelectOption[];
}

/** "What named members do" in one phase: a person of the group and what they do, a row each. */
export function MemberTasksFields({ control, phaseIndex, memberOptions, focusLater, announce }: MemberTasksFieldsProps) {
  const { t } = useTranslation();
  const prefix = useFieldIdPrefix();
  const { fields, append, remove } = useFieldArray({ control, name: `phases.${phaseIndex}.membersDo` });
  const phaseNumber = phaseIndex + 1;
  const legendId = `${prefix}-phase-${phaseIndex}-members`;
  const addId = `${prefix}-phase-${phaseIndex}-members-add`;
  const canAdd = memberOptions.length > 0 && fields.length < maxMemberTasks;

  const add = () => {
    const row = fields.length;
    append(emptyMemberTask(), { shouldFocus: false });
    focusLater({ field: `phases.${phaseIndex}.membersDo.${row}.memberId` });
    announce(t('signalPlan.edit.members.added', { number: phaseNumber }));
  };
  const removeAt = (row: number) => {
    remove(row);
    focusLater({ id: addId, orId: legendId });
    announce(t('signalPlan.edit.members.removed', { row: row + 1, number: phaseNumber }));
  };

  return (
    <fieldset className="signal-edit__members">
      <legend id={legendId} tabIndex={-1} className="field__label">
        {t('signalPlan.edit.members.title')}
      </legend>
      <p className="field__description">
        {memberOptions.length === 0 ? t('signalPlan.edit.members.noMembers') : t('signalPlan.edit.members.help')}
      </p>
      {fields.length > 0 && (
        <ol className="signal-edit__rows">
          {fields.map((field, row) => (
            <li key={field.id}>
              <fieldset className="signal-edit__row">
                <legend className="signal-edit__legend">{t('signalPlan.edit.members.row', { row: row + 1 })}</legend>
                <SelectControl
                  control={control}
                  name={`phases.${phaseIndex}.membersDo.${row}.memberId`}
                  label={t('signalPlan.edit.members.member')}
                  placeholder={t('signalPlan.edit.members.placeholder')}
                  options={memberOptions}
                  isRequired
                />
                <TextAreaControl
                  control={control}
                  name={`phases.${phaseIndex}.membersDo.${row}.action`}
                  label={t('signalPlan.edit.members.action')}
                  rows={2}
                  maxLength={1000}
                />
                <button type="button" className="button button--quiet" onClick={() => removeAt(row)}>
                  {t('signalPlan.edit.members.remove', { row: row + 1 })}
                  <span className="visually-hidden"> {t('signalPlan.edit.members.removeContext', { number: phaseNumber })}</span>
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      {canAdd && (
        <button id={addId} type="button" className="button button--quiet" onClick={add}>
          {t('signalPlan.edit.members.add')}
          <span className="visually-hidden"> {t('signalPlan.edit.members.addContext', { number: phaseNumber })}</span>
        </button>
      )}
      {fields.length >= maxMemberTasks && <p>{t('signalPlan.edit.members.max')}</p>}
    </fieldset>
  );
}
