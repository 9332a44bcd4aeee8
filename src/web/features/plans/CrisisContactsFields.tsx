import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldIdPrefix } from '../../components/form-ids.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import type { RowActions } from './edit-helpers.js';
import { emptyContact, maxCrisisContacts, type SignalPlanValues } from './signal-plan-form.js';
import { TextAreaControl } from '../../components/TextAreaControl.js';

interface CrisisContactsFieldsProps extends RowActions {
  control: Control<SignalPlanValues, unknown, unknown>;
}

/** Whom to call in a crisis: name, number and when, up to ten. First in the form, as on the page. */
export function CrisisContactsFields({ control, focusLater, announce }: CrisisContactsFieldsProps) {
  const { t } = useTranslation();
  const prefix = useFieldIdPrefix();
  const { fields, append, remove } = useFieldArray({ control, name: 'crisisContacts' });
  const headingId = `${prefix}-contacts-title`;
  const addId = `${prefix}-contacts-add`;

  const add = () => {
    const index = fields.length;
    append(emptyContact(), { shouldFocus: false });
    focusLater({ field: `crisisContacts.${index}.name` });
    announce(t('signalPlan.edit.contacts.added', { number: index + 1 }));
  };
  const removeAt = (index: number) => {
    remove(index);
    // The button that was pressed is gone: on to adding another, or else the section's heading.
    focusLater({ id: addId, orId: headingId });
    announce(t('signalPlan.edit.contacts.removed', { number: index + 1 }));
  };

  return (
    <section aria-labelledby={headingId} className="signal-edit__section">
      <h2 id={headingId} tabIndex={-1} className="signal-edit__title">
        {t('signalPlan.edit.contacts.title')}
      </h2>
      <p className="field__description">{t('signalPlan.edit.contacts.help')}</p>
      {fields.length === 0 && <p>{t('signalPlan.edit.contacts.none')}</p>}
      {fields.length > 0 && (
        <ol className="signal-edit__rows">
          {fields.map((field, index) => (
            <li key={field.id}>
              <fieldset className="signal-edit__row">
                <legend className="signal-edit__legend">{t('signalPlan.edit.contacts.contact', { number: index + 1 })}</legend>
                <TextFieldControl
                  control={control}
                  name={`crisisContacts.${index}.name`}
                  label={t('signalPlan.edit.contacts.name')}
                  autoComplete="off"
                  isRequired
                />
                <TextFieldControl
                  control={control}
                  name={`crisisContacts.${index}.phone`}
                  label={t('signalPlan.edit.contacts.phone')}
                  description={t('signalPlan.edit.contacts.phoneHelp')}
                  autoComplete="off"
                  maxLength={40}
                  literal
                  isRequired
                />
                <TextAreaControl
                  control={control}
                  name={`crisisContacts.${index}.note`}
                  label={t('signalPlan.edit.contacts.note')}
                  rows={2}
                  maxLength={200}
                />
                <button type="button" className="button button--quiet" onClick={() => removeAt(index)}>
                  {t('signalPlan.edit.contacts.remove', { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      {fields.length < maxCrisisContacts ? (
        <button id={addId} type="button" className="button" onClick={add}>
          {t('signalPlan.edit.contacts.add')}
        </button>
      ) : (
        <p>{t('signalPlan.edit.contacts.max')}</p>
      )}
    </section>
  );
}
