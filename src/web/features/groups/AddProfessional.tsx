import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Group } from '../../../shared/groups.js';
import { roleSchema } from '../../../shared/roles.js';
import { ApiForm } from '../../components/ApiForm.js';
import { SelectControl } from '../../components/SelectControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useAddProfessional } from './api.js';
import { CheckboxFieldControl } from '../../components/CheckboxFieldControl.js';
import { placeIds } from './NextStep.js';
import { joinableCandidates, type Candidate } from './words.js';

const addSchema = z.object({ professionalId: z.string().min(1), clinician: z.boolean() });
type AddValues = z.input<typeof addSchema>;

interface AddProfessionalProps {
  group: Group;
  candidates: readonly Candidate[];
  onAdded: (message: string) => void;
}

/** The coordinator (or team lead) adds a professional of the client's team: the responsible clinician, say. */
export function AddProfessional({ group, candidates, onAdded }: AddProfessionalProps) {
  const { t } = useTranslation();
  const add = useAddProfessional(group.client.id);
  const form = useForm({ resolver: zodResolver(addSchema), defaultValues: { clinician: false }, shouldFocusError: false });
  const fields = useMemo<FormField<AddValues>[]>(
    () => [
      { name: 'professionalId', label: t('groups.addProfessional.professional') },
      { name: 'clinician', label: t('groups.addProfessional.clinician', { name: group.client.name }) },
    ],
    [t, group.client.name],
  );
  const feedback = useFormFeedback(form, fields);
  const joinable = joinableCandidates(candidates, group.members);
  const options = joinable.map((candidate) => {
    const role = roleSchema.safeParse(candidate.role);
    return {
      id: candidate.id,
      label: role.success
        ? t('groups.addProfessional.option', { name: candidate.name, role: t(`roles.${role.data}`) })
        : candidate.name,
    };
  });

  const onSubmit = form.handleSubmit(async ({ professionalId, clinician }) => {
    feedback.clear();
    try {
      const member = await add.mutateAsync({ professionalId, role: clinician ? 'clinician' : null });
      form.reset({ clinician: false });
      onAdded(t('groups.addProfessional.done', { name: member.name }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <div id={placeIds.addProfessional} tabIndex={-1}>
      {joinable.length === 0 ? (
        <p>{t('groups.addProfessional.none')}</p>
      ) : (
        <ApiForm
          form={form}
          feedback={feedback}
          onSubmit={onSubmit}
          title={t('groups.addProfessional.title')}
          intro={t('groups.addProfessional.intro', { name: group.client.name })}
          submitLabel={t('groups.addProfessional.submit')}
        >
          <SelectControl
            control={form.control}
            name="professionalId"
            label={t('groups.addProfessional.professional')}
            placeholder={t('groups.addProfessional.placeholder')}
            options={options}
            isRequired
          />
          <CheckboxFieldControl
            control={form.control}
            name="clinician"
            label={t('groups.addProfessional.clinician', { name: group.client.name })}
          />
        </ApiForm>
      )}
    </div>
  );
}
