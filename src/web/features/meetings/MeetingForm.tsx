import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { durationMinutesRange, needsTheme, suggestedThemes, type MeetingKind } from '../../../domain/meetings.js';
import type { Meeting, MeetingBody, MeetingMember } from '../../../shared/meetings.js';
import { paths } from '../../app/paths.js';
import { ApiForm } from '../../components/ApiForm.js';
import { DateFieldControl } from '../../components/DateFieldControl.js';
import { fieldErrorMessage } from '../../components/messages.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { AgendaEditor } from './AgendaEditor.js';
import { FormSection } from './FormSection.js';
import { LocationFields } from './LocationFields.js';
import { meetingResolver, withFormFields, type MeetingValues } from './meeting-form.js';
import { MeetingProblem, meetingProblemKey } from './MeetingProblem.js';
import { PeopleFields } from './PeopleFields.js';

/** How the meeting's page hears that it comes from this form, so that it can say what happened. */
export interface MeetingSavedState {
  meetingSaved: 'planned' | 'changed';
}

interface MeetingFormProps {
  clientId: string;
  kind: MeetingKind;
  initial: MeetingValues;
  /** The group's active members, to chair or take the minutes. */
  members: readonly MeetingMember[];
  /** People the meeting still names who have left the group since. */
  formerMembers?: readonly { id: string; name: string }[];
  clientName: string;
  /** True when the client plans their own meeting (the form then speaks of "u"). */
  own: boolean;
  /** Regie's proposal for the minute-taker, for a new meeting. */
  suggestedMinuteTakerId?: string | null;
  isNew: boolean;
  save: (body: MeetingBody) => Promise<Meeting>;
  /** Where "stop" leads: the list for a new meeting, the meeting for a change. */
  cancelTo: string;
}

/**
 * A meeting planned or changed whole: when, where, who chairs and takes the minutes, how the group
 * keeps in touch, and the agenda. Mistakes are told at their field and in a summary that takes
 * focus; a refusal about the meeting as a whole (a second start meeting, one that has begun) in words
 * of its own. After saving, the meeting's page opens.
 */
export function MeetingForm({
  clientId,
  kind,
  initial,
  members,
  formerMembers = [],
  clientName,
  own,
  suggestedMinuteTakerId,
  isNew,
  save,
  cancelTo,
}: MeetingFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const resolver = useMemo(() => meetingResolver(kind), [kind]);
  const form = useForm<MeetingValues, unknown, MeetingBody>({ resolver, defaultValues: initial, shouldFocusError: false });
  const locationKind = useWatch({ control: form.control, name: 'locationKind' });
  const fields = useMemo<FormField<MeetingValues>[]>(
    () => [
      { name: 'date', label: t('meetings.form.date') },
      { name: 'time', label: t('meetings.form.time') },
      { name: 'durationMinutes', label: t('meetings.form.duration') },
      ...(needsTheme(kind) ? [{ name: 'theme' as const, label: t('meetings.form.theme') }] : []),
      { name: 'locationKind', label: t('meetings.form.locationKind') },
      ...(locationKind === 'elsewhere' ? [{ name: 'place' as const, label: t('meetings.form.place') }] : []),
      ...(locationKind === 'video' ? [{ name: 'videoLink' as const, label: t('meetings.form.videoLink') }] : []),
      { name: 'chair', label: t('meetings.form.chair') },
      { name: 'minuteTaker', label: t('meetings.form.minuteTaker') },
      { name: 'channel', label: t('meetings.form.channel') },
      { name: 'agenda', label: t('meetings.agenda.title') },
    ],
    [t, kind, locationKind],
  );
  const feedback = useFormFeedback(form, fields);
  const [refusal, setRefusal] = useState<unknown>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal !== null) refusalRef.current?.focus();
  }, [refusal]);

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    setRefusal(null);
    try {
      const saved = await save(body);
      const state: MeetingSavedState = { meetingSaved: isNew ? 'planned' : 'changed' };
      await navigate(paths.meeting(clientId, saved.id), { state });
    } catch (error) {
      const placed = withFormFields(error, form.getValues('locationKind'));
      if (placed !== null) feedback.fail(placed);
      else if (meetingProblemKey(error, 'plan') !== null) setRefusal(error);
      else feedback.fail(error);
    }
  }, feedback.onInvalid);

  return (
    <>
      {refusal !== null && (
        <div ref={refusalRef} tabIndex={-1} className="meeting-refusal">
          <MeetingProblem error={refusal} action="plan" />
        </div>
      )}
      <ApiForm
        form={form}
        feedback={feedback}
        onSubmit={onSubmit}
        submitLabel={isNew ? t('meetings.form.submitNew') : t('meetings.form.submitChange')}
      >
        <WhenFields form={form} />
        {needsTheme(kind) && <ThemeFields form={form} />}
        <LocationFields control={form.control} clientName={clientName} own={own} />
        <PeopleFields
          control={form.control}
          members={members}
          formerMembers={formerMembers}
          clientName={clientName}
          own={own}
          {...(suggestedMinuteTakerId !== undefined ? { suggestedMinuteTakerId } : {})}
        />
        <AgendaEditor form={form} />
      </ApiForm>
      <p className="meeting-form__stop">
        <Link to={cancelTo}>{isNew ? t('meetings.form.cancelNew') : t('meetings.form.cancelChange')}</Link>
      </p>
    </>
  );
}

type MeetingFormApi = UseFormReturn<MeetingValues, unknown, MeetingBody>;

/** The day, the start time (Amsterdam's clock) and how long it takes. */
function WhenFields({ form }: { form: MeetingFormApi }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('meetings.form.when')} divided>
      <DateFieldControl
        control={form.control}
        name="date"
        label={t('meetings.form.date')}
        description={t('meetings.form.dateHelp')}
        describeError={(type) => (type === 'in_past' ? t('meetings.errors.in_past') : fieldErrorMessage(t, type))}
      />
      <TextFieldControl
        control={form.control}
        name="time"
        label={t('meetings.form.time')}
        description={t('meetings.form.timeHelp')}
        maxLength={5}
        autoComplete="off"
        literal
        isRequired
      />
      <TextFieldControl
        control={form.control}
        name="durationMinutes"
        label={t('meetings.form.duration')}
        description={t('meetings.form.durationHelp', durationMinutesRange)}
        inputMode="numeric"
        maxLength={3}
        autoComplete="off"
        literal
        isRequired
      />
    </FormSection>
  );
}

/** A theme meeting's theme: in the client's words, or one of the themes the method suggests. */
function ThemeFields({ form }: { form: MeetingFormApi }) {
  const { t } = useTranslation();
  const picksId = useId();
  const pick = (theme: string) => {
    form.setValue('theme', theme, { shouldValidate: form.formState.isSubmitted, shouldDirty: true });
    // Into the field, where the chosen words are heard and can be changed.
    form.setFocus('theme');
  };
  return (
    <FormSection title={t('meetings.form.themeTitle')} divided>
      <TextFieldControl
        control={form.control}
        name="theme"
        label={t('meetings.form.theme')}
        description={t('meetings.form.themeHelp')}
        maxLength={120}
        autoComplete="off"
        isRequired
      />
      <div role="group" aria-labelledby={picksId} className="meeting-form__picks">
        <p id={picksId} className="meeting-form__picks-title">
          {t('meetings.form.themePicks')}
        </p>
        {suggestedThemes.map((code) => {
          const theme = t(`meetings.themes.${code}`);
          return (
            <button key={code} type="button" className="button button--quiet" onClick={() => pick(theme)}>
              {theme}
            </button>
          );
        })}
      </div>
    </FormSection>
  );
}
