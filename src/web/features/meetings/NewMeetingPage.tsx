import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingKind } from '../../../domain/meetings.js';
import type { MeetingList } from '../../../shared/meetings.js';
import { paths } from '../../app/paths.js';
import { ApiForm } from '../../components/ApiForm.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { RadioFieldControl } from '../../components/RadioFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useMeetingDraft, usePlanMeeting } from './api.js';
import { MeetingForm } from './MeetingForm.js';
import { valuesFromDraft } from './meeting-form.js';
import { useClientMeetings } from './meeting-params.js';
import { MeetingProblem } from './MeetingProblem.js';
import { MeetingsLoadProblem } from './MeetingsPage.js';
import { kindName, offeredKinds } from './meeting-words.js';
import './meetings.css';

/**
 * Planning a meeting in two steps: first what kind (a group has one start meeting, so that is
 * offered only while it has none), then the meeting itself, from what Regie proposes for that kind:
 * the method's agenda, a chair, a minute-taker who is not the client or the coordinator.
 */
export function NewMeetingPage() {
  const { t } = useTranslation();
  const { clientId, own, query, list } = useClientMeetings();

  return (
    <div className="meetings-page">
      <PageHeadingFor list={list} own={own} />
      {query.isPending && <Loading />}
      {query.isError && <MeetingsLoadProblem error={query.error} own={own} />}
      {list && !list.abilities.plan && (
        <p>{own ? t('meetings.new.notAllowedOwn') : t('meetings.new.notAllowed', { name: list.client.name })}</p>
      )}
      {list?.abilities.plan && <PlanSteps clientId={clientId} list={list} own={own} />}
      <p className="section">
        <Link to={paths.meetings(clientId)}>{t('meetings.links.toList')}</Link>
      </p>
    </div>
  );
}

function PageHeadingFor({ list, own }: { list: MeetingList | undefined; own: boolean }) {
  const { t } = useTranslation();
  const documentTitle = list && !own ? t('meetings.new.documentTitleOf', { name: list.client.name }) : undefined;
  return <PageHeading {...(documentTitle !== undefined ? { documentTitle } : {})}>{t('meetings.new.title')}</PageHeading>;
}

function PlanSteps({ clientId, list, own }: { clientId: string; list: MeetingList; own: boolean }) {
  const { t } = useTranslation();
  const kinds = offeredKinds(list.meetings);
  const [kind, setKind] = useState<MeetingKind | null>(null);
  // Coming back to the first step, the kind chosen before is still chosen, and focus goes to it.
  const [before, setBefore] = useState<MeetingKind | null>(null);
  return (
    <>
      <p>{own ? t('meetings.new.introOwn') : t('meetings.new.introFor', { name: list.client.name })}</p>
      {kind === null ? (
        <KindStep
          kinds={kinds}
          initial={before !== null && kinds.includes(before) ? before : null}
          focusOnMount={before !== null}
          onChosen={setKind}
        />
      ) : (
        <DetailsStep
          clientId={clientId}
          list={list}
          own={own}
          kind={kind}
          onOtherKind={() => {
            setBefore(kind);
            setKind(null);
          }}
        />
      )}
    </>
  );
}

interface KindStepProps {
  kinds: readonly MeetingKind[];
  initial: MeetingKind | null;
  focusOnMount: boolean;
  onChosen: (kind: MeetingKind) => void;
}

type KindValues = { kind: string };

/** Start, follow-up or theme meeting, each with a line on what it is. */
function KindStep({ kinds, initial, focusOnMount, onChosen }: KindStepProps) {
  const { t } = useTranslation();
  const form = useForm<KindValues>({ defaultValues: { kind: initial ?? kinds[0] ?? 'follow_up' }, shouldFocusError: false });
  const fields = useMemo<FormField<KindValues>[]>(() => [{ name: 'kind', label: t('meetings.new.kindQuestion') }], [t]);
  const feedback = useFormFeedback(form, fields);
  useEffect(() => {
    if (focusOnMount) form.setFocus('kind');
  }, [focusOnMount, form]);

  const onSubmit = form.handleSubmit(({ kind }) => {
    const chosen = kinds.find((candidate) => candidate === kind);
    if (chosen === undefined) {
      form.setError('kind', { type: 'invalid_value' });
      feedback.onInvalid();
      return;
    }
    onChosen(chosen);
  }, feedback.onInvalid);

  return (
    <ApiForm form={form} feedback={feedback} onSubmit={onSubmit} submitLabel={t('meetings.new.next')}>
      <RadioFieldControl
        control={form.control}
        name="kind"
        label={t('meetings.new.kindQuestion')}
        {...(kinds.includes('start') ? {} : { description: t('meetings.new.startTaken') })}
        choices={kinds.map((id) => ({ id, label: `${kindName(t, id)}. ${t(`meetings.kindHelp.${id}`)}` }))}
      />
    </ApiForm>
  );
}

interface DetailsStepProps {
  clientId: string;
  list: MeetingList;
  own: boolean;
  kind: MeetingKind;
  onOtherKind: () => void;
}

/** The meeting itself, once Regie's proposal for its kind is in. */
function DetailsStep({ clientId, list, own, kind, onOtherKind }: DetailsStepProps) {
  const { t } = useTranslation();
  const draft = useMeetingDraft(clientId, kind);
  const plan = usePlanMeeting(clientId);
  const chosenRef = useRef<HTMLParagraphElement>(null);
  // The first step's button is gone: focus goes to what was chosen, from where the form follows.
  useEffect(() => {
    chosenRef.current?.focus();
  }, []);

  return (
    <>
      <div className="meeting-chosen">
        <p ref={chosenRef} tabIndex={-1} className="meeting-chosen__kind">
          {t('meetings.chosenKind', { kind: kindName(t, kind) })}
        </p>
        <button type="button" className="button button--quiet" onClick={onOtherKind}>
          {t('meetings.new.otherKind')}
        </button>
      </div>
      {draft.isPending && <Loading />}
      {draft.isError && <MeetingProblem error={draft.error} action="plan" />}
      {draft.data && (
        <MeetingForm
          key={kind}
          clientId={clientId}
          kind={kind}
          initial={valuesFromDraft(draft.data)}
          members={draft.data.members}
          clientName={list.client.name}
          own={own}
          suggestedMinuteTakerId={draft.data.minuteTakerMemberId}
          isNew
          save={(body) => plan.mutateAsync(body)}
          cancelTo={paths.meetings(clientId)}
        />
      )}
    </>
  );
}
