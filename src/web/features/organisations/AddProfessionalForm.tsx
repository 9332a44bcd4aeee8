import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { createProfessionalBodySchema, type Team } from '../../../shared/organisations.js';
import { professionalRoles } from '../../../shared/roles.js';
import { ApiForm } from '../../components/ApiForm.js';
import { SelectControl, type SelectOption } from '../../components/SelectControl.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useAddProfessional } from './api.js';

type AddProfessionalValues = z.input<typeof createProfessionalBodySchema>;

/** Stands for "no team" (null in the API) among the team options. */
const noTeam = 'no-team';

export function AddProfessionalForm({ teams }: { teams: readonly Team[] }) {
  const { t } = useTranslation();
  const addProfessional = useAddProfessional();
  const roleOptions = useMemo<SelectOption[]>(() => professionalRoles.map((role) => ({ id: role, label: t(`roles.${role}`) })), [t]);
  const teamOptions = useMemo<SelectOption[]>(
    () => [{ id: noTeam, label: t('organisation.addProfessional.noTeam') }, ...teams.map((team) => ({ id: team.id, label: team.name }))],
    [t, teams],
  );

  const form = useForm({
    resolver: zodResolver(createProfessionalBodySchema),
    defaultValues: { name: '', email: '', teamId: null },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<AddProfessionalValues>[]>(
    () => [
      { name: 'name', label: t('organisation.addProfessional.name') },
      { name: 'email', label: t('organisation.addProfessional.email') },
      { name: 'role', label: t('organisation.addProfessional.role') },
      { name: 'teamId', label: t('organisation.addProfessional.team') },
    ],
    [t],
  );
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      const professional = await addProfessional.mutateAsync(body);
      form.reset();
      feedback.succeed(t('organisation.addProfessional.done', { name: professional.name }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <ApiForm
      form={form}
      feedback={feedback}
      onSubmit={onSubmit}
      title={t('organisation.addProfessional.title')}
      submitLabel={t('organisation.addProfessional.submit')}
    >
      <TextFieldControl control={form.control} name="name" label={t('organisation.addProfessional.name')} autoComplete="off" isRequired />
      <TextFieldControl
        control={form.control}
        name="email"
        label={t('organisation.addProfessional.email')}
        type="email"
        autoComplete="off"
        isRequired
      />
      <SelectControl
        control={form.control}
        name="role"
        label={t('organisation.addProfessional.role')}
        placeholder={t('organisation.addProfessional.rolePlaceholder')}
        options={roleOptions}
        isRequired
      />
      <SelectControl
        control={form.control}
        name="teamId"
        label={t('organisation.addProfessional.team')}
        placeholder={t('organisation.addProfessional.noTeam')}
        options={teamOptions}
        nullOption={noTeam}
      />
    </ApiForm>
  );
}
