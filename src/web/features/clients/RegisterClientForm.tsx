import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { createClientBodySchema } from '../../../shared/clients.js';
import { useCurrentMe } from '../../app/me-context.js';
import { managesOrganisation } from '../../app/navigation.js';
import { ApiForm } from '../../components/ApiForm.js';
import { SelectControl, type SelectOption } from '../../components/SelectControl.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useProfessionals } from '../organisations/index.js';
import { useRegisterClient } from './api.js';

type RegisterClientValues = z.input<typeof createClientBodySchema>;

/**
 * A coordinator registers clients for themself (the server fills in the coordinator). Someone else
 * chooses one of the team's coordinators when they may list the team; otherwise the server says
 * what is missing.
 */
export function RegisterClientForm() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const register = useRegisterClient();
  // Only those who may list the team's professionals can be offered its coordinators.
  const professionals = useProfessionals(me.role !== 'coordinator' && managesOrganisation(me.role));
  const coordinators = useMemo<SelectOption[]>(
    () => (professionals.data ?? []).filter((p) => p.role === 'coordinator').map((p) => ({ id: p.id, label: p.name })),
    [professionals.data],
  );
  const showCoordinator = coordinators.length > 0;

  const form = useForm({ resolver: zodResolver(createClientBodySchema), defaultValues: { name: '', email: null }, shouldFocusError: false });
  const fields = useMemo<FormField<RegisterClientValues>[]>(
    () => [
      { name: 'name', label: t('clients.register.name') },
      { name: 'email', label: t('clients.register.email') },
      { name: 'coordinatorId', label: t('clients.register.coordinator'), hasControl: showCoordinator },
    ],
    [t, showCoordinator],
  );
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      const client = await register.mutateAsync(body);
      form.reset();
      feedback.succeed(t('clients.register.done', { name: client.name }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <ApiForm form={form} feedback={feedback} onSubmit={onSubmit} title={t('clients.register.title')} submitLabel={t('clients.register.submit')}>
      <TextFieldControl control={form.control} name="name" label={t('clients.register.name')} autoComplete="off" isRequired />
      <TextFieldControl
        control={form.control}
        name="email"
        label={t('clients.register.email')}
        description={t('clients.register.emailHelp')}
        type="email"
        autoComplete="off"
        emptyAsNull
      />
      {showCoordinator && (
        <SelectControl
          control={form.control}
          name="coordinatorId"
          label={t('clients.register.coordinator')}
          placeholder={t('clients.register.coordinatorPlaceholder')}
          options={coordinators}
          isRequired
        />
      )}
    </ApiForm>
  );
}
