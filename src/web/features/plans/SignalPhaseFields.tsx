import { useFieldArray, useWatch, type Control, type UseFormGetValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldIdPrefix } from '../../components/form-ids.js';
import type { SelectOption } from '../../components/SelectControl.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import type { RowActions } from './edit-helpers.js';
import { MemberTasksFields } from './MemberTasksFields.js';
import { emptyPhase, maxPhases, minPhases, type SignalPlanValues } from './signal-plan-form.js';
import { defaultPhaseName, phaseLevel, phaseName, phaseOrder, type BoxLabels } from './signal-words.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';

interface SignalPhasesFieldsProps extends RowActions {
  control: Control<SignalPlanValues, unknown, unknown>;
  getValues: UseFormGetValues<SignalPlanValues>;
  boxes: BoxLabels;
  memberOptions: readonly SelectOption[];
}

type Direction = 'up' | 'down';

/** The phases from stable to crisis: renamed, moved, added (up to six) and removed (down to two). */
export function SignalPhasesFields({ control, getValues, boxes, memberOptions, focusLater, announce }: SignalPhasesFieldsProps) {
  const { t } = useTranslation();
  const prefix = useFieldIdPrefix();
  const { fields, append, remove, move } = useFieldArray({ control, name: 'phases' });
  const count = fields.length;
  const headingId = `${prefix}-phases-title`;
  const buttonId = (index: number, action: Direction) => `${prefix}-phase-${index}-${action}`;
  const nameAt = (index: number) =>
    phaseName(t, { code: getValues(`phases.${index}.code`), name: getValues(`phases.${index}.name`) }, index);

  const add = () => {
    append(emptyPhase(null, ''), { shouldFocus: false });
    focusLater({ field: `phases.${count}.name` });
    announce(t('signalPlan.edit.phases.added', { number: count + 1 }));
  };
  const removeAt = (index: number) => {
    const name = nameAt(index);
    remove(index);
    focusLater({ id: headingId });
    announce(t('signalPlan.edit.phases.removed', { name }));
  };
  const moveFrom = (index: number, direction: Direction) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const name = nameAt(index);
    move(index, to);
    // The same button again, for moving further; at the top or bottom it is gone, so the other one.
    focusLater({ id: buttonId(to, direction), orId: buttonId(to, direction === 'up' ? 'down' : 'up') });
    announce(t('signalPlan.edit.phases.moved', { name, number: to + 1, count }));
  };

  return (
    <section aria-labelledby={headingId} className="signal-edit__section">
      <h2 id={headingId} tabIndex={-1} className="signal-edit__title">
        {t('signalPlan.edit.phases.title')}
      </h2>
      <p className="field__description">{t('signalPlan.edit.phases.help')}</p>
      <ol className="signal-edit__phases">
        {fields.map((field, index) => (
          <li key={field.id}>
            <fieldset className={`signal-edit__phase signal-level-${phaseLevel(index, count)}`}>
              <PhaseLegend control={control} index={index} count={count} />
              <PhaseNameField control={control} index={index} />
              <TextAreaControl
                control={control}
                name={`phases.${index}.clientNotices`}
                label={boxes.clientNotices}
                description={t('signalPlan.edit.boxHelp.clientNotices')}
                maxLength={1000}
              />
              <TextAreaControl
                control={control}
                name={`phases.${index}.othersNotice`}
                label={boxes.othersNotice}
                description={t('signalPlan.edit.boxHelp.othersNotice')}
                maxLength={1000}
              />
              <TextAreaControl
                control={control}
                name={`phases.${index}.clientDoes`}
                label={boxes.clientDoes}
                description={t('signalPlan.edit.boxHelp.clientDoes')}
                maxLength={1000}
              />
              <MemberTasksFields
                control={control}
                phaseIndex={index}
                memberOptions={memberOptions}
                focusLater={focusLater}
                announce={announce}
              />
              <TextAreaControl
                control={control}
                name={`phases.${index}.professionalsDo`}
                label={boxes.professionalsDo}
                description={t('signalPlan.edit.boxHelp.professionalsDo')}
                maxLength={1000}
              />
              <div className="signal-edit__actions">
                {index > 0 && (
                  <button
                    id={buttonId(index, 'up')}
                    type="button"
                    className="button button--quiet"
                    onClick={() => moveFrom(index, 'up')}
                  >
                    {t('signalPlan.edit.phases.up', { number: index + 1 })}
                  </button>
                )}
                {index < count - 1 && (
                  <button
                    id={buttonId(index, 'down')}
                    type="button"
                    className="button button--quiet"
                    onClick={() => moveFrom(index, 'down')}
                  >
                    {t('signalPlan.edit.phases.down', { number: index + 1 })}
                  </button>
                )}
                {count > minPhases && (
                  <button type="button" className="button button--quiet" onClick={() => removeAt(index)}>
                    {t('signalPlan.edit.phases.remove', { number: index + 1 })}
                  </button>
                )}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {count <= minPhases && <p className="field__description">{t('signalPlan.edit.phases.min')}</p>}
      {count < maxPhases ? (
        <button type="button" className="button" onClick={add}>
          {t('signalPlan.edit.phases.add')}
        </button>
      ) : (
        <p>{t('signalPlan.edit.phases.max')}</p>
      )}
    </section>
  );
}

/** "Fase 2 van 4: Vroege signalen", following the name as it is typed. */
function PhaseLegend({
  control,
  index,
  count,
}: {
  control: Control<SignalPlanValues, unknown, unknown>;
  index: number;
  count: number;
}) {
  const { t } = useTranslation();
  const [code, name] = useWatch({ control, name: [`phases.${index}.code`, `phases.${index}.name`] });
  const title = name.trim() === '' && code === null ? t('signalPlan.edit.phases.newName') : phaseName(t, { code, name }, index);
  return (
    <legend className="signal-edit__phase-legend">
      {t('signalPlan.edit.phases.legend', { order: phaseOrder(t, index, count), name: title })}
    </legend>
  );
}

/** A phase of the method may keep the method's name (left empty, it does); a new one needs a name. */
function PhaseNameField({ control, index }: { control: Control<SignalPlanValues, unknown, unknown>; index: number }) {
  const { t } = useTranslation();
  const code = useWatch({ control, name: `phases.${index}.code` });
  const methodName = defaultPhaseName(t, code);
  return (
    <TextFieldControl
      control={control}
      name={`phases.${index}.name`}
      label={t('signalPlan.edit.phases.name')}
      description={
        methodName === null
          ? t('signalPlan.edit.phases.nameHelpNew')
          : t('signalPlan.edit.phases.nameHelpDefault', { name: methodName })
      }
      autoComplete="off"
      maxLength={120}
      isRequired={methodName === null}
    />
  );
}
