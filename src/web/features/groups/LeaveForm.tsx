import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { leaveReasons } from '../../../domain/membership.js';
import { leaveBodySchema, type Group, type Member } from '../../../shared/groups.js';
import { ApiForm } from '../../components/ApiForm.js';
import { SelectControl } from '../../components/SelectControl.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useLeave } from './api.js';
import { CancelButton } from '../../components/ActionPanel.js';

type LeaveValues = z.input<typeof leaveBodySchema>;

// A handover is written by the handover itself, with its successor; it is not a reason to choose here.
const choosableReasons = leaveReasons.filter((reason): reason is Exclude<typeof reason, 'handover'> => reason !== 'handover');

interface LeaveFormProps {
  member: Member;
  group: Group;
  onCancel: () => void;
  onDone: (message: string) => void;
}

/**
 * The confirmation of a member leaving (or a nominee not being asked after all), with a reason. It
 * says what follows: the membership stays in the history, and a relative's view of the client ends.
 */
export function LeaveForm({ member, group, onCancel, onDone }: LeaveFormProps) {
  const { t } = useTranslation();
  const leave = useLeave(group.client.id);
  const form = useForm({ resolver: zodResolver(leaveBodySchema), defaultValues: { note: null }, shouldFocusError: false });
  const fields = useMemo<FormField<LeaveValues>[]>(
    () => [
      { name: 'reason', label: t('groups.leave.reason') },
      { name: 'note', label: t('groups.leave.note') },
    ],
    [t],
  );
  const feedback = useFormFeedback(form, fields);
  const name = member.name;
  const nominee = member.status === 'nominated';
  const intro = [
    t(nominee ? 'groups.leave.introNominee' : 'groups.leave.intro', { name }),
    ...(member.relativeId !== null ? [t('groups.leave.introRelative', { name, client: group.client.name })] : []),
  ].join(' ');

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      await leave.mutateAsync({ memberId: member.id, ...body });
      onDone(t(nominee ? 'groups.leave.doneNominee' : 'groups.leave.done', { name }));
    } catch (error) {
      feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <>
      <ApiForm
        form={form}
        feedback={feedback}
        onSubmit={onSubmit}
        intro={intro}
        submitLabel={t(nominee ? 'groups.leave.submitNominee' : 'groups.leave.submit', { name })}
      >
        <SelectControl
          control={form.control}
          name="reason"
          label={t('groups.leave.reason')}
          placeholder={t('groups.leave.reasonPlaceholder')}
          options={choosableReasons.map((reason) => ({
            id: reason,
            label: t(`groups.leave.choices.${reason}`, { name, client: group.client.name }),
          }))}
          isRequired
        />
        <TextFieldControl
          control={form.control}
          name="note"
          label={t('groups.leave.note')}
          description={t('groups.leave.noteHelp')}
          autoComplete="off"
          emptyAsNull
          maxLength={300}
        />
      </ApiForm>
      <CancelButton label={t('groups.leave.cancel')} onCancel={onCancel} />
    </>
  );
}
