import { useEffect, useId, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Questionnaire, ResponseBody } from '../../../shared/evaluations.js';
import { isApiError } from '../../app/http.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { answerFieldErrors, isQuestion, questionnaireDefinition, readDrafts, walkItems } from './answer-state.js';
import { EvaluationProblem } from './EvaluationProblem.js';
import { answerErrorText, summaryLine } from './evaluation-words.js';
import { QuestionItem } from './QuestionItem.js';

/**
 * Where the form's response goes: the signed-in route (useSendResponse) or a personal link's
 * (useSendLinkResponse). A refusal rejects with the API's problem, as a mutation does.
 */
export interface ResponseSender {
  isPending: boolean;
  mutateAsync: (body: ResponseBody) => Promise<unknown>;
}

interface QuestionnaireFormProps {
  questionnaire: Questionnaire;
  send: ResponseSender;
  onSent: () => void;
}

interface SummaryEntry {
  key: string;
  label: string;
  message: string;
  /** The field to focus, when the form has one for it. */
  targetId: string | null;
}

/**
 * The respondent's questionnaire as a form: its items, then the consent to be shown when alone and
 * whether remarks carry their name (both off unless ticked), then send. The answers are checked with
 * the domain's own rules before they go (the server checks again), and every problem is named next
 * to its question and in a summary that takes focus.
 */
export function QuestionnaireForm({ questionnaire, send, onSent }: QuestionnaireFormProps) {
  const { t } = useTranslation();
  const prefix = useId();
  const definition = useMemo(() => questionnaireDefinition(questionnaire.instrument), [questionnaire.instrument]);
  const questions = useMemo(() => walkItems(definition.item).filter(isQuestion), [definition]);
  const indexOf = useMemo(() => new Map(questions.map((item, index) => [item.linkId, index] as const)), [questions]);
  const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [stray, setStray] = useState<readonly { field: string; code: string }[]>([]);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [showWhenAlone, setShowWhenAlone] = useState(false);
  const [signed, setSigned] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const refusalRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal !== null) refusalRef.current?.focus();
  }, [refusal]);

  const { enabled } = readDrafts(definition, drafts);
  const idOf = (linkId: string) => `${prefix}-q${indexOf.get(linkId) ?? linkId.replace(/[^\w-]/g, '_')}`;
  const hasRemarks = questions.some((item) => item.type === 'text' || item.type === 'string');
  const markOptional = questions.some((item) => item.required === true);
  const consentId = `${prefix}-consent`;
  const signedId = `${prefix}-signed`;
  const type = questionnaire.respondentType;

  const change = (linkId: string, value: string) => {
    setDrafts((before) => ({ ...before, [linkId]: value }));
    // A corrected answer loses its message; the others stay until the next try.
    if (errors[linkId] !== undefined)
      setErrors((before) => Object.fromEntries(Object.entries(before).filter(([id]) => id !== linkId)));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (send.isPending) return;
    setRefusal(null);
    setStray([]);
    const read = readDrafts(definition, drafts);
    if (Object.keys(read.problems).length > 0) {
      setErrors(read.problems);
      setFocusRequest((n) => n + 1);
      return;
    }
    setErrors({});
    try {
      await send.mutateAsync({ answers: read.answers, showWhenAlone, signed });
      onSent();
    } catch (error) {
      const fieldErrors = isApiError(error) ? (error.problem.errors ?? []) : [];
      if (fieldErrors.length === 0) {
        setRefusal(error);
        return;
      }
      const placed = answerFieldErrors(
        fieldErrors,
        questions.map((item) => item.linkId),
      );
      setErrors(placed.byItem);
      setStray(placed.other);
      setFocusRequest((n) => n + 1);
    }
  };

  const strayLabel = (field: string) =>
    field === 'showWhenAlone'
      ? t(`evaluations.questionnaire.consent.label.${type}`)
      : field === 'signed'
        ? t('evaluations.questionnaire.signedLabel')
        : null;
  const summary: SummaryEntry[] = [
    ...questions.flatMap((item) => {
      const code = errors[item.linkId];
      return code === undefined
        ? []
        : [{ key: item.linkId, label: item.text ?? item.linkId, message: answerErrorText(t, code), targetId: idOf(item.linkId) }];
    }),
    ...stray.map((error) => ({
      key: `stray-${error.field}`,
      label: strayLabel(error.field) ?? error.field,
      message: answerErrorText(t, error.code),
      targetId: error.field === 'showWhenAlone' ? consentId : error.field === 'signed' ? signedId : null,
    })),
  ];

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form questionnaire">
      {refusal !== null && (
        <div ref={refusalRef} tabIndex={-1}>
          <EvaluationProblem error={refusal} action="answer" />
        </div>
      )}
      <AnswerSummary entries={summary} focusRequest={focusRequest} />
      {definition.item.map((item) => (
        <QuestionItem
          key={item.linkId}
          item={item}
          drafts={drafts}
          enabled={enabled}
          errorOf={(linkId) => (errors[linkId] === undefined ? null : answerErrorText(t, errors[linkId]))}
          onChange={change}
          idOf={idOf}
          markOptional={markOptional}
        />
      ))}
      <fieldset className="questionnaire__group questionnaire__end">
        <legend className="questionnaire__legend">{t('evaluations.questionnaire.end')}</legend>
        <CheckboxWithHelp
          id={consentId}
          label={t(`evaluations.questionnaire.consent.label.${type}`)}
          help={
            questionnaire.alone
              ? t(`evaluations.questionnaire.consent.alone.${type}`)
              : t(`evaluations.questionnaire.consent.maybe.${type}`)
          }
          checked={showWhenAlone}
          onChange={setShowWhenAlone}
        />
        {hasRemarks && (
          <CheckboxWithHelp
            id={signedId}
            label={t('evaluations.questionnaire.signedLabel')}
            help={t('evaluations.questionnaire.signedHelp')}
            checked={signed}
            onChange={setSigned}
          />
        )}
      </fieldset>
      <p>{t('evaluations.questionnaire.sendNote')}</p>
      <SubmitButton isPending={send.isPending}>{t('evaluations.questionnaire.submit')}</SubmitButton>
    </form>
  );
}

interface CheckboxWithHelpProps {
  id: string;
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One box to tick, its label beside it and what it means under it (read with it by screen readers). */
function CheckboxWithHelp({ id, label, help, checked, onChange }: CheckboxWithHelpProps) {
  const helpId = `${id}-help`;
  return (
    <div className="field">
      <label className="choice-field__option">
        <input
          id={id}
          type="checkbox"
          className="choice-field__input"
          checked={checked}
          aria-describedby={helpId}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span>{label}</span>
      </label>
      <p id={helpId} className="field__description questionnaire__help">
        {help}
      </p>
    </div>
  );
}

/**
 * After a failed try: every answer that needs attention, in the questionnaire's order, each a link
 * to its question. It takes focus, so that the respondent hears what to fix before anything else.
 * (The app's ErrorSummary serves react-hook-form's forms; this form's fields are the instrument's.)
 */
function AnswerSummary({ entries, focusRequest }: { entries: readonly SummaryEntry[]; focusRequest: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const visible = entries.length > 0;
  const handledRequest = useRef(0);
  useEffect(() => {
    if (!visible || focusRequest <= handledRequest.current) return;
    handledRequest.current = focusRequest;
    ref.current?.focus();
  }, [focusRequest, visible]);

  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} className="error-summary" aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {t('errors.summaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {entries.map(({ key, label, message, targetId }) =>
          targetId === null ? (
            <li key={key}>{summaryLine(label, message)}</li>
          ) : (
            <li key={key}>
              <a
                href={`#${targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(targetId);
                }}
              >
                {summaryLine(label, message)}
              </a>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

/** Into the field itself: the chosen answer of a radio group (or its first), the input of a text field. */
function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
    element.focus();
    return;
  }
  const inner = element.querySelector<HTMLElement>('input:checked, input, textarea');
  (inner ?? element).focus();
  element.scrollIntoView({ block: 'center' });
}
