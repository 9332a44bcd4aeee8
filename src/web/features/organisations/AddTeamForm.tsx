import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { createTeamBodySchema, teamTypes } from '../../../shared/organisations.js';
import { ApiForm } from '../../components/ApiForm.js';
import { SelectControl, type SelectOption } from '../../components/SelectControl.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useAddTeam } from './api.js';

type AddTeamValues = z.input<typeof createTeamBodySchema>;

export function AddTeamForm() {
  const { t } = useTranslation();
  const addTeam = useAddTeam();
  const typeOptions = useMemo<SelectOption[]>(() => teamTypes.map((type) => ({ id: type, label: t(`teamTypes.${type}`) })), [t]);

  const form = useForm({ resolver: zodResolver(createTeamBodySchema), defaultValues: { name: '' }, shouldFocusError: false });
  const fields = useMemo<FormField<AddTeamValues>[]>(
    () => [
      { name: 'name', label: t('organisation.addTeam.name') },
      { name: 'type', label: t('organisation.addTeam.type') },
    ],
    [t],
  );
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      const team = await addTeam.mutateAsync(body);
      form.reset();
      feedback.succeed(t('organisation.addTeam.done', { name: team.name }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <ApiForm form={form} feedback={feedback} onSubmit={onSubmit} title={t('organisation.addTeam.title')} submitLabel={t('organisation.addTeam.submit')}>
      <TextFieldControl control={form.control} name="name" label={t('organisation.addTeam.name')} autoComplete="off" isRequired />
      <SelectControl
        control={form.control}
        name="type"
        label={t('organisation.addTeam.type')}
        placeholder={t('organisation.addTeam.typePlaceholder')}
        options={typeOptions}
        isRequired
      />
    </ApiForm>
  );
}
