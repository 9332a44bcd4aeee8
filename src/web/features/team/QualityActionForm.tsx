import { useMemo, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { qualityDecisions } from '../../../domain/evaluations.js';
import { qualityActionStage } from '../../../domain/quality-cycle.js';
import type { QualityAction, QualityActionBody, QualityActionList } from '../../../shared/team.js';
import { CancelButton } from '../../components/ActionPanel.js';
import { ApiForm } from '../../components/ApiForm.js';
import { DateFieldControl } from '../../components/DateFieldControl.js';
import { RadioFieldControl } from '../../components/RadioFieldControl.js';
import { SelectControl } from '../../components/SelectControl.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useAddQualityAction, useChangeQualityAction } from './api.js';
import { themeName } from './numbers.js';
import {
  bodyOf,
  none,
  qualityResolver,
  stageNumber,
  themeChoices,
  valuesOf,
  type QualityOutput,
  type QualityValues,
} from './quality-form.js';

interface QualityActionFormProps {
  list: QualityActionList;
  action?: QualityAction;
  save: (body: QualityActionBody) => Promise<QualityAction>;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/**
 * An improvement action through its cycle: a new one is planned (what and why, for which theme) and
 * may be given to someone at once; later the team writes what the next round showed and what it
 * decides. Mistakes are told at their field, the server's as well.
 */
function QualityActionForm({ list, action, save, onSaved, onCancel }: QualityActionFormProps) {
  const { t } = useTranslation();
  const isNew = action === undefined;
  const form = useForm<QualityValues, unknown, QualityOutput>({
    resolver: qualityResolver,
    defaultValues: valuesOf(action),
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<QualityValues>[]>(
    () => [
      { name: 'what', label: t('team.quality.form.what') },
      { name: 'why', label: t('team.quality.form.why') },
      { name: 'theme', label: t('team.quality.form.theme') },
      { name: 'ownerProfessionalId', label: t('team.quality.form.owner') },
      { name: 'dueOn', label: t('team.quality.form.dueOn') },
      { name: 'checkResult', label: t('team.quality.form.checkResult') },
      { name: 'checkedOn', label: t('team.quality.form.checkedOn') },
      { name: 'decision', label: t('team.quality.form.decision') },
      { name: 'decisionNote', label: t('team.quality.form.decisionNote') },
    ],
    [t],
  );
  const feedback = useFormFeedback(form, fields);
  const watched = useWatch({ control: form.control });
  // Where the action will be once saved, by the same rule as the server's.
  const stageAfter = qualityActionStage({
    decision: watched.decision === undefined || watched.decision === none ? null : watched.decision,
    checkResult: watched.checkResult ?? null,
    ownerProfessionalId: watched.ownerProfessionalId ?? null,
    dueOn: watched.dueOn ?? null,
  });

  const owner = action?.owner ?? null;
  // Someone who has left the team stays choosable on their own action, so that the form shows who it was.
  const ownerOptions = [
    { id: none, label: t('team.quality.form.noOwner') },
    ...list.owners.map((person) => ({ id: person.id, label: person.name })),
    ...(owner !== null && !list.owners.some((person) => person.id === owner.id) ? [{ id: owner.id, label: owner.name }] : []),
  ];
  const themeOptions = [
    { id: none, label: t('team.quality.form.noTheme') },
    ...themeChoices(action?.theme ?? null).map((choice) => ({
      id: choice.id,
      label: choice.kind === 'theme' ? themeName(t, choice.id) : choice.id,
    })),
  ];

  const onSubmit = form.handleSubmit(async (values) => {
    feedback.clear();
    try {
      const saved = await save(bodyOf(values));
      onSaved(
        t(isNew ? 'team.quality.form.added' : 'team.quality.form.saved', {
          what: saved.what,
          stage: t(`team.quality.stages.${saved.stage}.name`),
        }),
      );
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <>
      <ApiForm
        form={form}
        feedback={feedback}
        onSubmit={onSubmit}
        intro={isNew ? t('team.quality.form.introNew') : t('team.quality.form.intro')}
        submitLabel={isNew ? t('team.quality.form.submitNew') : t('team.quality.form.submitChange')}
      >
        <Part title={t('team.quality.stages.plan.part')}>
          <TextAreaControl control={form.control} name="what" label={t('team.quality.form.what')} maxLength={1000} isRequired />
          <TextAreaControl control={form.control} name="why" label={t('team.quality.form.why')} maxLength={2000} isRequired />
          <SelectControl
            control={form.control}
            name="theme"
            label={t('team.quality.form.theme')}
            placeholder={t('team.quality.form.noTheme')}
            options={themeOptions}
            nullOption={none}
          />
        </Part>
        <Part title={t('team.quality.stages.do.part')}>
          <SelectControl
            control={form.control}
            name="ownerProfessionalId"
            label={t('team.quality.form.owner')}
            placeholder={t('team.quality.form.noOwner')}
            options={ownerOptions}
            nullOption={none}
          />
          <DateFieldControl optional control={form.control} name="dueOn" label={t('team.quality.form.dueOn')} />
        </Part>
        {!isNew && (
          <>
            <Part title={t('team.quality.stages.check.part')}>
              <TextAreaControl
                control={form.control}
                name="checkResult"
                label={t('team.quality.form.checkResult')}
                description={t('team.quality.form.checkResultHelp')}
                maxLength={2000}
              />
              <DateFieldControl optional control={form.control} name="checkedOn" label={t('team.quality.form.checkedOn')} />
            </Part>
            <Part title={t('team.quality.stages.act.part')}>
              <RadioFieldControl
                control={form.control}
                name="decision"
                label={t('team.quality.form.decision')}
                choices={[
                  { id: none, label: t('team.quality.decisions.none') },
                  ...qualityDecisions.map((decision) => ({ id: decision, label: t(`team.quality.decisions.${decision}`) })),
                ]}
              />
              <TextAreaControl
                control={form.control}
                name="decisionNote"
                label={t('team.quality.form.decisionNote')}
                maxLength={2000}
              />
            </Part>
          </>
        )}
        <p className="quality-form__after">
          {t('team.quality.form.stageAfter', {
            number: stageNumber(stageAfter),
            stage: t(`team.quality.stages.${stageAfter}.name`),
          })}
        </p>
      </ApiForm>
      <CancelButton label={t('team.quality.form.cancel')} onCancel={onCancel} />
    </>
  );
}

/** A step of the cycle within the form: its fields grouped under the step's name. */
function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="quality-form__part">
      <legend className="quality-form__legend">{title}</legend>
      {children}
    </fieldset>
  );
}

type FormProps = Omit<QualityActionFormProps, 'save' | 'action'> & { teamId: string };

export function NewQualityActionForm({ teamId, ...props }: FormProps) {
  const add = useAddQualityAction(teamId);
  return <QualityActionForm {...props} save={(body) => add.mutateAsync(body)} />;
}

export function ChangeQualityActionForm({ teamId, action, ...props }: FormProps & { action: QualityAction }) {
  const change = useChangeQualityAction(teamId, action.id);
  return <QualityActionForm {...props} action={action} save={(body) => change.mutateAsync(body)} />;
}
