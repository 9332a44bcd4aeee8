import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { groupNameBodySchema, type Group } from '../../../shared/groups.js';
import { ApiForm } from '../../components/ApiForm.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useRenameGroup } from './api.js';
import { ActionPanel } from '../../components/ActionPanel.js';

type NameValues = z.input<typeof groupNameBodySchema>;

/** "Naam van de groep veranderen": the name is the client's choice, and may change. */
export function RenameGroup({ group, onRenamed }: { group: Group; onRenamed: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="group-actions">
      <ActionPanel label={t('groups.rename.button')} title={t('groups.rename.title')} level={3}>
        {(close) => (
          <RenameForm
            group={group}
            onCancel={() => close()}
            onRenamed={(message) => {
              close(false);
              onRenamed(message);
            }}
          />
        )}
      </ActionPanel>
    </div>
  );
}

function RenameForm({
  group,
  onCancel,
  onRenamed,
}: {
  group: Group;
  onCancel: () => void;
  onRenamed: (message: string) => void;
}) {
  const { t } = useTranslation();
  const rename = useRenameGroup(group.client.id);
  const form = useForm({
    resolver: zodResolver(groupNameBodySchema),
    defaultValues: { name: group.name },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<NameValues>[]>(() => [{ name: 'name', label: t('groups.rename.name') }], [t]);
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async ({ name }) => {
    feedback.clear();
    try {
      const renamed = await rename.mutateAsync(name);
      onRenamed(t('groups.rename.done', { name: renamed.name }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <>
      <ApiForm form={form} feedback={feedback} onSubmit={onSubmit} submitLabel={t('groups.rename.submit')}>
        <TextFieldControl control={form.control} name="name" label={t('groups.rename.name')} autoComplete="off" isRequired />
      </ApiForm>
      <p className="group-actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('groups.rename.cancel')}
        </button>
      </p>
    </>
  );
}
