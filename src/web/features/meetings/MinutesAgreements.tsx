import { useCallback, useEffect, useRef, useState } from 'react';
import { useFieldArray, type UseFormSetFocus } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { agreementStatuses } from '../../../domain/plan.js';
import type { Minutes } from '../../../shared/meetings.js';
import { DateFieldControl } from '../../components/DateFieldControl.js';
import { useFieldIdPrefix } from '../../components/form-ids.js';
import { RadioFieldControl } from '../../components/RadioFieldControl.js';
import { SelectControl, type SelectOption } from '../../components/SelectControl.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';
import {
  byClient,
  changeCount,
  emptyAgreement,
  maxAgreements,
  planAgreementId,
  type AgreementChangeValues,
  type MinutesControl,
  type MinutesValues,
  type NewAgreementValues,
} from './minutes-form.js';
import { FormSection } from './FormSection.js';
import { clientSelf, memberName } from './meeting-words.js';
import { agreementStatusText, horizonText } from './minutes-words.js';
import { AgreementFacts } from './MinutesView.js';

/** "Serves no goal" in the list of goals. */
const noGoal = 'none';

interface MinutesAgreementsProps {
  control: MinutesControl;
  minutes: Minutes;
  rows: { newAgreements: readonly NewAgreementValues[]; changes: readonly AgreementChangeValues[] };
  own: boolean;
  setFocus: UseFormSetFocus<MinutesValues>;
}

/**
 * "Afspraken": the working agreements made at the meeting (what, who, by when, for which goal), and
 * what became of the plan's open ones (done, cancelled, another date). They reach the plan and
 * "Mijn afspraken" once the client approves the minutes.
 */
export function MinutesAgreements({ control, minutes, rows, own, setFocus }: MinutesAgreementsProps) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('minutes.agreements.title')}>
      <p className="field__description">{t('minutes.agreements.intro')}</p>
      <NewAgreements control={control} minutes={minutes} rows={rows} own={own} setFocus={setFocus} />
      <PlanAgreements control={control} minutes={minutes} rows={rows.changes} own={own} />
    </FormSection>
  );
}

/** Focus after the list changed: the new row's first field, or the add button (or heading) after a removal. */
function useFocusLater(setFocus: UseFormSetFocus<MinutesValues>) {
  const pending = useRef<{ field: `newAgreements.${number}.what` } | { id: string; orId: string } | null>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    const target = pending.current;
    if (target === null) return;
    pending.current = null;
    if ('field' in target) setFocus(target.field);
    else (document.getElementById(target.id) ?? document.getElementById(target.orId))?.focus();
  }, [request, setFocus]);
  return useCallback((target: NonNullable<typeof pending.current>) => {
    pending.current = target;
    setRequest((n) => n + 1);
  }, []);
}

function NewAgreements({ control, minutes, rows, own, setFocus }: MinutesAgreementsProps) {
  const { t } = useTranslation();
  const prefix = useFieldIdPrefix();
  const { fields, append, remove } = useFieldArray({ control, name: 'newAgreements' });
  const focusLater = useFocusLater(setFocus);
  const [said, setSaid] = useState({ message: '', count: 0 });
  const headingId = `${prefix}-new-agreements-title`;
  const addId = `${prefix}-new-agreements-add`;
  const canAdd = rows.newAgreements.length + changeCount(rows.changes, minutes) < maxAgreements;

  const announce = (message: string) => setSaid((before) => ({ message, count: before.count + 1 }));
  const add = () => {
    const index = fields.length;
    append(emptyAgreement(), { shouldFocus: false });
    focusLater({ field: `newAgreements.${index}.what` });
    announce(t('minutes.agreements.added', { number: index + 1 }));
  };
  const removeAt = (index: number) => {
    remove(index);
    // The button that was pressed is gone: on to adding another, or else the list's heading.
    focusLater({ id: addId, orId: headingId });
    announce(t('minutes.agreements.removed', { number: index + 1 }));
  };

  const whoOptions = useWhoOptions(minutes, own);
  const goalOptions: SelectOption[] = [
    { id: noGoal, label: t('minutes.agreements.noGoal') },
    ...minutes.goals.map((goal) => ({
      id: goal.id,
      label: t('minutes.agreements.goalOption', { horizon: horizonText(t, goal.horizon), text: goal.text }),
    })),
  ];

  return (
    <>
      <h3 id={headingId} tabIndex={-1} className="minutes-form__subtitle">
        {t('minutes.agreements.newTitle')}
      </h3>
      {fields.length === 0 && <p>{t('minutes.agreements.noneNew')}</p>}
      {fields.length > 0 && (
        <ol className="minutes-form__rows">
          {fields.map((field, index) => (
            <li key={field.id}>
              <fieldset className="minutes-form__group">
                <legend className="minutes-form__legend">{t('minutes.agreements.agreement', { number: index + 1 })}</legend>
                <TextAreaControl
                  control={control}
                  name={`newAgreements.${index}.what`}
                  label={t('minutes.agreements.what')}
                  maxLength={500}
                  rows={2}
                  isRequired
                />
                <SelectControl
                  control={control}
                  name={`newAgreements.${index}.memberId`}
                  label={t('minutes.agreements.who')}
                  placeholder={t('minutes.agreements.choose')}
                  options={whoOptions(rows.newAgreements[index]?.memberId)}
                  isRequired
                />
                <DateFieldControl
                  optional
                  control={control}
                  name={`newAgreements.${index}.dueOn`}
                  label={t('minutes.agreements.dueOn')}
                  description={t('minutes.agreements.dueOnHelp')}
                />
                {minutes.goals.length > 0 && (
                  <SelectControl
                    control={control}
                    name={`newAgreements.${index}.goalId`}
                    label={t('minutes.agreements.goal')}
                    placeholder={t('minutes.agreements.noGoal')}
                    options={goalOptions}
                    nullOption={noGoal}
                  />
                )}
                <button type="button" className="button button--quiet" onClick={() => removeAt(index)}>
                  {t('minutes.agreements.remove', { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      {canAdd ? (
        <button id={addId} type="button" className="button" onClick={add}>
          {t('minutes.agreements.add')}
        </button>
      ) : (
        <p>{t('minutes.agreements.max', { number: maxAgreements })}</p>
      )}
      <p role="status" className="visually-hidden">
        {said.message === '' ? '' : `${said.message}${said.count % 2 === 1 ? '\u00a0' : ''}`}
      </p>
    </>
  );
}

/**
 * Who can do an agreement: the client and the group's active members; someone who left and was
 * chosen before stays in the list, marked so, so that the form shows who it was.
 */
function useWhoOptions(minutes: Minutes, own: boolean) {
  const { t } = useTranslation();
  const clientName = minutes.meeting.client.name;
  const base: SelectOption[] = [
    { id: byClient, label: clientSelf(t, clientName, own) },
    ...minutes.members.map((member) => ({ id: member.id, label: memberName(t, member) })),
  ];
  return (chosen: string | undefined): SelectOption[] => {
    if (chosen === undefined || base.some((option) => option.id === chosen)) return base;
    const saved = minutes.agreements.find(
      (agreement) => agreement.assignee.kind === 'member' && agreement.assignee.memberId === chosen,
    );
    const name = saved?.assignee.kind === 'member' ? saved.assignee.name : chosen;
    return [...base, { id: chosen, label: t('minutes.agreements.left', { name }) }];
  };
}

/** The plan's open agreements, each to leave as it is, mark done or cancelled, or give another date. */
function PlanAgreements({
  control,
  minutes,
  rows,
  own,
}: {
  control: MinutesControl;
  minutes: Minutes;
  rows: readonly AgreementChangeValues[];
  own: boolean;
}) {
  const { t } = useTranslation();
  const statusChoices = agreementStatuses.map((status) => ({ id: status, label: agreementStatusText(t, status) }));
  return (
    <>
      <h3 className="minutes-form__subtitle">{t('minutes.agreements.planTitle')}</h3>
      {rows.length === 0 ? (
        <p>{t('minutes.agreements.planNone')}</p>
      ) : (
        <>
          <p className="field__description">{t('minutes.agreements.planIntro')}</p>
          <ul className="minutes-form__rows">
            {rows.map((row, index) => {
              const agreement = minutes.planAgreements.find((candidate) => planAgreementId(candidate) === row.agreementId);
              if (agreement === undefined) return null;
              return (
                <li key={row.agreementId}>
                  <fieldset className="minutes-form__group">
                    <legend className="minutes-form__legend meeting-text">{agreement.what}</legend>
                    <AgreementFacts agreement={agreement} clientName={minutes.meeting.client.name} own={own} />
                    <RadioFieldControl
                      control={control}
                      name={`changes.${index}.status`}
                      label={t('minutes.agreements.status')}
                      choices={statusChoices}
                    />
                    <DateFieldControl
                      optional
                      control={control}
                      name={`changes.${index}.dueOn`}
                      label={t('minutes.agreements.newDueOn')}
                      description={t('minutes.agreements.dueOnHelp')}
                    />
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
