import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { handoverBodySchema, type Group } from '../../../shared/groups.js';
import { ApiForm } from '../../components/ApiForm.js';
import { Loading } from '../../components/Loading.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { SelectControl } from '../../components/SelectControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useGroupCandidates, useHandover } from './api.js';
import { Notice, useNotice } from '../../components/notice.js';

type HandoverValues = z.input<typeof handoverBodySchema>;

/**
 * Who the coordinator is (the client always sees it) and, for the coordinator or team lead, the warm
 * handover: choosing the successor and confirming are one act, and afterwards the section names the
 * new coordinator.
 */
export function CoordinatorSection({ group, own }: { group: Group; own: boolean }) {
  const { t } = useTranslation();
  const { ref: noticeRef, message: noticeMessage, announce } = useNotice();
  const name = group.coordinator.name;
  return (
    <section aria-labelledby="regieondersteuner" className="section">
      <h2 id="regieondersteuner" ref={noticeRef} tabIndex={-1}>
        {t('groups.coordinator.title')}
      </h2>
      <p>{own ? t('groups.coordinator.own', { name }) : t('groups.coordinator.of', { name, client: group.client.name })}</p>
      <Notice message={noticeMessage} />
      {group.abilities.handover && <Handover group={group} onHandedOver={announce} />}
    </section>
  );
}

function Handover({ group, onHandedOver }: { group: Group; onHandedOver: (message: string) => void }) {
  const { t } = useTranslation();
  const candidates = useGroupCandidates(group.client.id);
  if (candidates.isPending) return <Loading />;
  if (candidates.isError) return <ProblemAlert error={candidates.error} />;
  const successors = candidates.data.filter((candidate) => candidate.canBecomeCoordinator);
  if (successors.length === 0) return <p>{t('groups.handover.none')}</p>;
  return <HandoverForm group={group} successors={successors} onHandedOver={onHandedOver} />;
}

interface HandoverFormProps {
  group: Group;
  successors: readonly { id: string; name: string }[];
  onHandedOver: (message: string) => void;
}

function HandoverForm({ group, successors, onHandedOver }: HandoverFormProps) {
  const { t } = useTranslation();
  const handover = useHandover(group.client.id);
  const form = useForm({ resolver: zodResolver(handoverBodySchema), shouldFocusError: false });
  const fields = useMemo<FormField<HandoverValues>[]>(
    () => [{ name: 'successorProfessionalId', label: t('groups.handover.successor') }],
    [t],
  );
  const feedback = useFormFeedback(form, fields);

  const onSubmit = form.handleSubmit(async ({ successorProfessionalId }) => {
    feedback.clear();
    try {
      const after = await handover.mutateAsync(successorProfessionalId);
      onHandedOver(t('groups.handover.done', { name: after.coordinator.name }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <ApiForm
      form={form}
      feedback={feedback}
      onSubmit={onSubmit}
      title={t('groups.handover.title')}
      intro={t('groups.handover.intro', { name: group.coordinator.name, client: group.client.name })}
      submitLabel={t('groups.handover.submit')}
    >
      <SelectControl
        control={form.control}
        name="successorProfessionalId"
        label={t('groups.handover.successor')}
        placeholder={t('groups.handover.placeholder')}
        options={successors.map(({ id, name }) => ({ id, label: name }))}
        isRequired
      />
    </ApiForm>
  );
}
