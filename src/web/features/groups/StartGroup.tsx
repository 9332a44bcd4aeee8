import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { groupNameBodySchema, type GroupState } from '../../../shared/groups.js';
import { ApiForm } from '../../components/ApiForm.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useCreateGroup } from './api.js';
import { firstName } from './words.js';

type NameValues = z.input<typeof groupNameBodySchema>;

interface StartGroupProps {
  state: GroupState;
  own: boolean;
  isRelative: boolean;
  onStarted: (message: string) => void;
}

/** No group yet: what a resource group is and how Regie helps, and (for client and coordinator) naming it. */
export function StartGroup({ state, own, isRelative, onStarted }: StartGroupProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const name = state.client.name;
  return (
    <>
      <p>{own ? t('groups.about.noneOwn') : t('groups.about.noneOf', { name })}</p>
      <section aria-labelledby={titleId} className="section">
        <h2 id={titleId}>{t('groups.about.title')}</h2>
        <p>{own ? t('groups.about.whatOwn') : t('groups.about.whatOf', { name })}</p>
        <p>{t('groups.about.who')}</p>
        <p>{own ? t('groups.about.howOwn') : t('groups.about.howOf')}</p>
      </section>
      {state.abilities.create ? (
        <CreateGroupForm clientId={state.client.id} clientName={name} onStarted={onStarted} />
      ) : (
        !isRelative && !own && <p>{t('groups.about.onlyDirector', { name })}</p>
      )}
    </>
  );
}

function CreateGroupForm({
  clientId,
  clientName,
  onStarted,
}: {
  clientId: string;
  clientName: string;
  onStarted: (message: string) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateGroup(clientId);
  const form = useForm({
    resolver: zodResolver(groupNameBodySchema),
    defaultValues: { name: t('groups.create.suggestion', { name: firstName(clientName) }) },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<NameValues>[]>(() => [{ name: 'name', label: t('groups.create.name') }], [t]);
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async ({ name }) => {
    feedback.clear();
    try {
      const group = await create.mutateAsync(name);
      onStarted(t('groups.create.done', { name: group.name }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <ApiForm
      form={form}
      feedback={feedback}
      onSubmit={onSubmit}
      title={t('groups.create.title')}
      intro={t('groups.create.intro')}
      submitLabel={t('groups.create.submit')}
    >
      <TextFieldControl control={form.control} name="name" label={t('groups.create.name')} autoComplete="off" isRequired />
    </ApiForm>
  );
}
