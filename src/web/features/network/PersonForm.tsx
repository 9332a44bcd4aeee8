import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  defaultsForRelation,
  formalities,
  lifeAreas,
  relations,
  rings,
  wishes,
  type Relation,
} from '../../../domain/network-map.js';
import { networkPersonBodySchema, type NetworkPersonBody } from '../../../shared/network.js';
import { ApiForm } from '../../components/ApiForm.js';
import { SelectControl, type SelectOption } from '../../components/SelectControl.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { RadioFieldControl } from '../../components/RadioFieldControl.js';
import { NotesField } from './NotesField.js';

export type PersonValues = z.input<typeof networkPersonBodySchema>;

/** A new person starts in the middle ring with nothing to change; the relation fills in the rest. */
export const newPersonValues: PersonValues = {
  name: '',
  ring: 'middle',
  wish: 'keep',
  email: null,
  phone: null,
  notes: null,
} as PersonValues;

const baseResolver = zodResolver(networkPersonBodySchema);
// The shared messages read a bad format as a bad email address; for the phone the generic message and
// the field's example say it better.
const resolver: typeof baseResolver = async (values, context, options) => {
  const result = await baseResolver(values, context, options);
  const phone = result.errors.phone;
  if (phone?.type === 'invalid_format') phone.type = 'generic';
  return result;
};

interface PersonFormProps {
  defaultValues: PersonValues;
  /** The form's own h2; leave out when a heading above names it. */
  title?: string;
  intro?: string;
  submitLabel: string;
  /** Sends the person; returns what to say in the form when that worked (nothing when the form closes). */
  onSave: (body: NetworkPersonBody) => Promise<string | null>;
  /** For adding one person after another: empty again, focus back on the name. */
  startOverAfterSave?: boolean;
}

/** Every detail of a person on the map, for adding and for changing. Works with the keyboard alone. */
export function PersonForm({ defaultValues, title, intro, submitLabel, onSave, startOverAfterSave = false }: PersonFormProps) {
  const { t } = useTranslation();
  const form = useForm({ resolver, defaultValues, shouldFocusError: false });
  const fields = useMemo<FormField<PersonValues>[]>(
    () => [
      { name: 'name', label: t('network.form.name') },
      { name: 'relation', label: t('network.form.relation') },
      { name: 'formality', label: t('network.form.formality') },
      { name: 'lifeArea', label: t('network.form.area') },
      { name: 'ring', label: t('network.form.ring') },
      { name: 'wish', label: t('network.form.wish') },
      { name: 'email', label: t('network.form.email') },
      { name: 'phone', label: t('network.form.phone') },
      { name: 'notes', label: t('network.form.notes') },
    ],
    [t],
  );
  const feedback = useFormFeedback(form, fields);

  const { subscribe, setValue, setFocus } = form;
  const [startedOver, setStartedOver] = useState(0);
  useEffect(() => {
    // After the reset has rendered: focus on the name, for the next person.
    if (startedOver > 0) setFocus('name');
  }, [startedOver, setFocus]);

  useEffect(
    () =>
      // Choosing a relation fills in its usual life area and formality; the person may change both after.
      subscribe({
        name: 'relation',
        exact: true,
        formState: { values: true, isSubmitted: true },
        callback: ({ values, name, isSubmitted }) => {
          // Typed as always there, but a new person has no relation until one is chosen.
          const relation = values.relation as Relation | undefined;
          if (name !== 'relation' || relation === undefined) return;
          const defaults = defaultsForRelation(relation);
          const options = { shouldValidate: isSubmitted === true };
          setValue('lifeArea', defaults.lifeArea, options);
          setValue('formality', defaults.formality, options);
        },
      }),
    [subscribe, setValue],
  );

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      const message = await onSave(body);
      if (startOverAfterSave) {
        form.reset(defaultValues);
        setStartedOver((n) => n + 1);
      }
      if (message !== null) feedback.succeed(message);
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  const options = <T extends string>(values: readonly T[], label: (value: T) => string): SelectOption[] =>
    values.map((id) => ({ id, label: label(id) }));

  return (
    <ApiForm
      form={form}
      feedback={feedback}
      onSubmit={onSubmit}
      {...(title !== undefined ? { title } : {})}
      {...(intro !== undefined ? { intro } : {})}
      submitLabel={submitLabel}
    >
      <TextFieldControl control={form.control} name="name" label={t('network.form.name')} autoComplete="off" isRequired />
      <SelectControl
        control={form.control}
        name="relation"
        label={t('network.form.relation')}
        placeholder={t('network.form.relationPlaceholder')}
        options={options(relations, (r) => t(`network.relations.${r}`))}
        isRequired
      />
      <RadioFieldControl
        control={form.control}
        name="formality"
        label={t('network.form.formality')}
        choices={options(formalities, (f) => t(`network.formalityChoices.${f}`))}
      />
      <RadioFieldControl
        control={form.control}
        name="lifeArea"
        label={t('network.form.area')}
        choices={options(lifeAreas, (a) => t(`network.areas.${a}`))}
      />
      <RadioFieldControl
        control={form.control}
        name="ring"
        label={t('network.form.ring')}
        choices={options(rings, (r) => t(`network.ringChoices.${r}`))}
      />
      <RadioFieldControl
        control={form.control}
        name="wish"
        label={t('network.form.wish')}
        choices={options(wishes, (w) => t(`network.wishChoices.${w}`))}
      />
      <TextFieldControl
        control={form.control}
        name="email"
        label={t('network.form.email')}
        type="email"
        autoComplete="off"
        emptyAsNull
      />
      <TextFieldControl
        control={form.control}
        name="phone"
        label={t('network.form.phone')}
        description={t('network.form.phoneHelp')}
        autoComplete="off"
        emptyAsNull
      />
      <NotesField
        control={form.control}
        name="notes"
        label={t('network.form.notes')}
        description={t('network.form.notesHelp')}
        maxLength={1000}
      />
    </ApiForm>
  );
}
