import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useController, useForm, type Control, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  conversationNotesSchema,
  conversationThemes,
  conversationThemeSchema,
  type Conversation,
  type ConversationTheme,
} from '../../../shared/conversations.js';
import { amsterdamDay } from '../../../domain/amsterdam-time.js';
import { isApiError } from '../../app/http.js';
import { DateFieldControl } from '../../components/DateFieldControl.js';
import { FieldIdPrefixContext } from '../../components/form-ids.js';
import { SubmitButton } from '../../components/SubmitButton.js';
import { useRecordConversation } from './api.js';
import { ConversationProblem } from './ConversationProblem.js';

// The API's rules (src/shared/conversations.ts), checked before asking, plus the server's own: a
// conversation is recorded once it was held. Empty first, so that an empty date is told to be filled.
const formSchema = z.object({
  heldOn: z
    .string()
    .trim()
    .min(1)
    .pipe(z.iso.date())
    .refine((day) => day <= amsterdamDay(new Date()), { params: { code: 'in_future' } }),
  themes: z.array(conversationThemeSchema),
  notes: conversationNotesSchema,
});
type FormValues = z.infer<typeof formSchema>;
type FieldName = keyof FormValues;
const fieldNames: readonly FieldName[] = ['heldOn', 'themes', 'notes'];

/** The text for an error of a field, by the code Zod or the server gave it. */
function errorKey(field: FieldName, code: string | undefined) {
  if (field === 'heldOn') {
    if (code === 'too_small') return 'conversations.errors.heldOnEmpty' as const;
    if (code === 'custom' || code === 'in_future') return 'conversations.errors.heldOnFuture' as const;
    return 'conversations.errors.heldOnInvalid' as const;
  }
  if (field === 'themes') return 'conversations.errors.themes' as const;
  if (code === 'too_big') return 'conversations.errors.notesTooLong' as const;
  if (code === 'invalid_format') return 'conversations.errors.notesCharacters' as const;
  return 'conversations.errors.generic' as const;
}

/** The form field a server error names: `themes.0` is about the themes. */
const formField = (field: string): FieldName | undefined =>
  fieldNames.find((name) => field === name || field.startsWith(`${name}.`));

interface ConversationFormProps {
  clientId: string;
  memberId: string;
  memberName: string;
  clientName: string;
  conversation: Conversation | null;
  onSaved: (message: string) => void;
}

/**
 * The coordinator records one member's conversation: the date, the themes that came up and a short
 * note. Mistakes are told next to their field and in a summary that takes focus, as in the app's
 * other forms (whose messages are generic; these are about a date and themes).
 */
export function ConversationForm({ clientId, memberId, memberName, clientName, conversation, onSaved }: ConversationFormProps) {
  const { t } = useTranslation();
  const prefix = useId();
  const save = useRecordConversation(clientId, memberId);
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: conversation
      ? { heldOn: conversation.heldOn, themes: conversation.themes, notes: conversation.notes }
      : { heldOn: '', themes: [], notes: '' },
    shouldFocusError: false,
  });
  const [focusRequest, setFocusRequest] = useState(0);
  const [problem, setProblem] = useState<unknown>(null);

  const onSubmit = form.handleSubmit(
    async (values) => {
      setProblem(null);
      try {
        await save.mutateAsync(values);
        onSaved(t('conversations.form.saved', { name: memberName }));
      } catch (error) {
        const fieldErrors = isApiError(error) ? (error.problem.errors ?? []) : [];
        const placed = fieldErrors.flatMap(({ field, code }) => {
          const name = formField(field);
          if (name) form.setError(name, { type: code });
          return name ? [name] : [];
        });
        if (placed.length === 0) setProblem(error);
        else setFocusRequest((n) => n + 1);
      }
    },
    () => {
      setProblem(null);
      setFocusRequest((n) => n + 1);
    },
  );

  return (
    <form
      noValidate
      onSubmit={(event) => {
        if (form.formState.isSubmitting) event.preventDefault();
        else void onSubmit(event);
      }}
      className="form conversation-form"
      aria-labelledby={`${prefix}-title`}
    >
      <h3 id={`${prefix}-title`} className="form__title">
        {t('conversations.form.title', { name: memberName })}
      </h3>
      <p className="form__intro">{t('conversations.form.help', { client: clientName })}</p>
      {conversation?.sharing === 'agreed' && (
        <p className="conversation-form__warning">
          {t('conversations.form.changeWarning', { name: memberName, client: clientName })}
        </p>
      )}
      <FormErrorSummary form={form} prefix={prefix} focusRequest={focusRequest} />
      {problem !== null && <ConversationProblem error={problem} />}
      <FieldIdPrefixContext.Provider value={prefix}>
        <DateFieldControl
          control={form.control}
          name="heldOn"
          label={t('conversations.form.heldOn')}
          max={amsterdamDay(new Date())}
          describeError={(type) => t(errorKey('heldOn', type))}
        />
      </FieldIdPrefixContext.Provider>
      <ThemesField control={form.control} prefix={prefix} />
      <NotesField control={form.control} id={`${prefix}-notes`} />
      <SubmitButton isPending={form.formState.isSubmitting}>{t('conversations.form.submit')}</SubmitButton>
    </form>
  );
}

function FormErrorSummary({
  form,
  prefix,
  focusRequest,
}: {
  form: UseFormReturn<FormValues>;
  prefix: string;
  focusRequest: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const label = {
    heldOn: t('conversations.form.heldOn'),
    themes: t('conversations.form.themesLegend'),
    notes: t('conversations.form.notes'),
  };
  const items = fieldNames.flatMap((name) => {
    const error = form.getFieldState(name, form.formState).error;
    return error ? [{ name, message: t(errorKey(name, error.type)) }] : [];
  });
  const visible = items.length > 0;

  // Once per failed submit, when the errors are there to read.
  const handledRequest = useRef(0);
  useEffect(() => {
    if (!visible || focusRequest <= handledRequest.current) return;
    handledRequest.current = focusRequest;
    ref.current?.focus();
  }, [focusRequest, visible]);

  if (!visible) return null;
  return (
    <div ref={ref} tabIndex={-1} className="error-summary" aria-labelledby={`${prefix}-summary`}>
      <h4 id={`${prefix}-summary`} className="error-summary__title">
        {t('errors.summaryTitle')}
      </h4>
      <ul className="error-summary__list">
        {items.map(({ name, message }) => (
          <li key={name}>
            <a
              href={`#${prefix}-${name}`}
              onClick={(event) => {
                event.preventDefault();
                form.setFocus(name);
              }}
            >
              {label[name]}: {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The method's five themes as checkboxes in a fieldset, its legend the question they answer. */
function ThemesField({ control, prefix }: { control: Control<FormValues>; prefix: string }) {
  const { t } = useTranslation();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name: 'themes' });
  const helpId = `${prefix}-themes-help`;
  const errorId = `${prefix}-themes-error`;
  const toggle = (theme: ConversationTheme, checked: boolean) => {
    const chosen = new Set(checked ? [...value, theme] : value.filter((item) => item !== theme));
    onChange(conversationThemes.filter((item) => chosen.has(item)));
  };
  return (
    <fieldset
      className={fieldState.invalid ? 'conversation-themes conversation-themes--invalid' : 'conversation-themes'}
      aria-describedby={fieldState.invalid ? `${helpId} ${errorId}` : helpId}
    >
      <legend className="field__label">{t('conversations.form.themesLegend')}</legend>
      <p id={helpId} className="field__description">
        {t('conversations.form.themesHelp')}
      </p>
      {fieldState.invalid && (
        <p id={errorId} className="field__error">
          {t(errorKey('themes', fieldState.error?.type))}
        </p>
      )}
      {conversationThemes.map((theme, index) => {
        const id = index === 0 ? `${prefix}-themes` : `${prefix}-themes-${theme}`;
        return (
          <div key={theme} className="conversation-themes__option">
            <input
              id={id}
              ref={index === 0 ? ref : undefined}
              type="checkbox"
              className="conversation-themes__input"
              checked={value.includes(theme)}
              onChange={(event) => toggle(theme, event.currentTarget.checked)}
              onBlur={onBlur}
            />
            <label htmlFor={id} className="conversation-themes__label">
              {t(`conversations.themes.${theme}`)}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The note: a placeholder and a description both say to record themes, not what was said. */
function NotesField({ control, id }: { control: Control<FormValues>; id: string }) {
  const { t } = useTranslation();
  const {
    field: { ref, name, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name: 'notes' });
  return (
    <TextField
      id={id}
      className="field"
      name={name}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      isInvalid={fieldState.invalid}
      validationBehavior="aria"
    >
      <Label className="field__label">{t('conversations.form.notes')}</Label>
      <Text slot="description" className="field__description">
        {t('conversations.form.notesHelp')}
      </Text>
      <FieldError className="field__error">{t(errorKey('notes', fieldState.error?.type))}</FieldError>
      <TextArea
        ref={ref}
        className="field__input conversation-form__notes"
        rows={5}
        placeholder={t('conversations.form.notesPlaceholder')}
      />
    </TextField>
  );
}
