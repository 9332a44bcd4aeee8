import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { createRelativeBodySchema, relations } from '../../../shared/clients.js';
import { ApiForm } from '../../components/ApiForm.js';
import { SelectControl, type SelectOption } from '../../components/SelectControl.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useAddRelative } from './api.js';

type AddRelativeValues = z.input<typeof createRelativeBodySchema>;

export function AddRelativeForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const addRelative = useAddRelative(clientId);
  const relationOptions = useMemo<SelectOption[]>(() => relations.map((relation) => ({ id: relation, label: t(`relations.${relation}`) })), [t]);

  const form = useForm({ resolver: zodResolver(createRelativeBodySchema), defaultValues: { name: '', email: null }, shouldFocusError: false });
  const fields = useMemo<FormField<AddRelativeValues>[]>(
    () => [
      { name: 'name', label: t('clients.addRelative.name') },
      { name: 'relation', label: t('clients.addRelative.relation') },
      { name: 'email', label: t('clients.addRelative.email') },
    ],
    [t],
  );
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      const relative = await addRelative.mutateAsync(body);
      form.reset();
      feedback.succeed(t('clients.addRelative.done', { name: relative.name }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <ApiForm form={form} feedback={feedback} onSubmit={onSubmit} title={t('clients.addRelative.title')} submitLabel={t('clients.addRelative.submit')}>
      <TextFieldControl control={form.control} name="name" label={t('clients.addRelative.name')} autoComplete="off" isRequired />
      <SelectControl
        control={form.control}
        name="relation"
        label={t('clients.addRelative.relation')}
        placeholder={t('clients.addRelative.relationPlaceholder')}
        options={relationOptions}
        isRequired
      />
      <TextFieldControl
        control={form.control}
        name="email"
        label={t('clients.addRelative.email')}
        description={t('clients.addRelative.emailHelp')}
        type="email"
        autoComplete="off"
        emptyAsNull
      />
    </ApiForm>
  );
}
