import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { createSnapshotBodySchema, type NetworkMap, type SnapshotSummary } from '../../../shared/network.js';
import { ApiForm } from '../../components/ApiForm.js';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useSaveSnapshot, useSnapshots } from './api.js';
import { SnapshotCompare } from './SnapshotCompare.js';
import { formatDay } from './words.js';

/** "Kaarten van eerder": save today's map, see the saved ones, and put two side by side. */
export function Snapshots({ clientId, map, isOwn }: { clientId: string; map: NetworkMap; isOwn: boolean }) {
  const { t } = useTranslation();
  const snapshots = useSnapshots(clientId);
  return (
    <section className="section" aria-labelledby="network-snapshots-title">
      <h2 id="network-snapshots-title">{t('network.snapshots.title')}</h2>
      <p>{isOwn ? t('network.snapshots.intro') : t('network.snapshots.introOf', { name: map.client.name })}</p>
      {map.abilities.edit && <SaveSnapshotForm clientId={clientId} />}
      {snapshots.isPending && <Loading />}
      {snapshots.isError && <ProblemAlert error={snapshots.error} />}
      {snapshots.data && <SnapshotList snapshots={snapshots.data} />}
      {snapshots.data && snapshots.data.length > 0 && (
        <SnapshotCompare clientId={clientId} map={map} snapshots={snapshots.data} />
      )}
    </section>
  );
}

type SnapshotValues = z.input<typeof createSnapshotBodySchema>;

function SaveSnapshotForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const save = useSaveSnapshot(clientId);
  const form = useForm({
    resolver: zodResolver(createSnapshotBodySchema),
    defaultValues: { label: null },
    shouldFocusError: false,
  });
  const fields = useMemo<FormField<SnapshotValues>[]>(() => [{ name: 'label', label: t('network.snapshots.label') }], [t]);
  const feedback = useFormFeedback(form, fields);
  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      await save.mutateAsync(body);
      form.reset();
      feedback.succeed(t('network.snapshots.saved'));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);
  return (
    <ApiForm form={form} feedback={feedback} onSubmit={onSubmit} submitLabel={t('network.snapshots.save')}>
      <TextFieldControl
        control={form.control}
        name="label"
        label={t('network.snapshots.label')}
        description={t('network.snapshots.labelHelp')}
        autoComplete="off"
        emptyAsNull
        maxLength={80}
      />
    </ApiForm>
  );
}

/** "31 maart 2026, voor de startbijeenkomst, 6 mensen". */
export function useSnapshotName() {
  const { t, i18n } = useTranslation();
  return (snapshot: SnapshotSummary) => {
    const date = formatDay(snapshot.takenAt, i18n.language);
    const people = t('network.snapshots.people', { count: snapshot.people });
    return snapshot.label === null
      ? t('network.snapshots.optionNoLabel', { date, people })
      : t('network.snapshots.option', { date, label: snapshot.label, people });
  };
}

function SnapshotList({ snapshots }: { snapshots: readonly SnapshotSummary[] }) {
  const { t } = useTranslation();
  const name = useSnapshotName();
  return (
    <>
      <h3 className="snapshot-list-title">{t('network.snapshots.listTitle')}</h3>
      {snapshots.length === 0 ? (
        <p>{t('network.snapshots.empty')}</p>
      ) : (
        <ul className="link-list">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id}>{name(snapshot)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
