import type { ReactNode } from 'react';
import { FieldError, Input, Label, RadioButton, RadioField, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { InstrumentItem } from '../../../domain/instruments.js';
import { optionKey, optionLabel } from './answer-state.js';

/** The longest answer in words the API takes. */
export const answerMaxLength = 4000;

export interface QuestionItemProps {
  item: InstrumentItem;
  drafts: Readonly<Record<string, string>>;
  enabled: ReadonlySet<string>;
  /** The words for what is wrong with an item's answer, when something is. */
  errorOf: (linkId: string) => string | null;
  onChange: (linkId: string, value: string) => void;
  /** The element id of an item's field, for the error summary's links. */
  idOf: (linkId: string) => string;
  /** Whether optional questions say so: only when some questions are required, or it is noise. */
  markOptional: boolean;
}

/**
 * One item of an instrument, drawn by its type: a group as a fieldset with its text as the legend, a
 * text to read, a choice as radio buttons (yes/no too), words in a text field, a number in a field
 * that opens the number keys on a phone. Items not asked (enableWhen) are not drawn at all.
 */
export function QuestionItem(props: QuestionItemProps) {
  const { item, enabled } = props;
  if (!enabled.has(item.linkId)) return null;
  switch (item.type) {
    case 'group':
      return <GroupItem {...props} />;
    case 'display':
      return <p className="questionnaire__display">{item.text}</p>;
    case 'choice':
      return (
        <ChoiceQuestion
          {...props}
          options={(item.answerOption ?? []).map((option) => ({ key: optionKey(option), label: optionLabel(option) }))}
        />
      );
    case 'boolean':
      return <BooleanQuestion {...props} />;
    default:
      return <TextQuestion {...props} />;
  }
}

function GroupItem(props: QuestionItemProps) {
  const children = (props.item.item ?? []).map((child) => <QuestionItem key={child.linkId} {...props} item={child} />);
  // A group without a text has no legend to give; a fieldset without one says nothing.
  if (props.item.text === undefined || props.item.text.trim() === '')
    return <div className="questionnaire__group">{children}</div>;
  return (
    <fieldset className="questionnaire__group">
      <legend className="questionnaire__legend">{props.item.text}</legend>
      {children}
    </fieldset>
  );
}

function QuestionLabel({ item, markOptional }: { item: InstrumentItem; markOptional: boolean }) {
  const { t } = useTranslation();
  return (
    <Label className="field__label">
      {item.text}
      {markOptional && item.required !== true && (
        <span className="questionnaire__optional"> {t('evaluations.questionnaire.optional')}</span>
      )}
    </Label>
  );
}

function BooleanQuestion(props: QuestionItemProps) {
  const { t } = useTranslation();
  return (
    <ChoiceQuestion
      {...props}
      options={[
        { key: 'true', label: t('evaluations.questionnaire.yes') },
        { key: 'false', label: t('evaluations.questionnaire.no') },
      ]}
    />
  );
}

/**
 * React Aria's radio group: arrow keys move between the answers, as keyboard users expect. Each answer
 * is a large target with a round mark that is filled when chosen (its shape, not only its colour).
 */
function ChoiceQuestion({
  item,
  drafts,
  errorOf,
  onChange,
  idOf,
  markOptional,
  options,
}: QuestionItemProps & { options: readonly { key: string; label: string }[] }) {
  const error = errorOf(item.linkId);
  const value = drafts[item.linkId] ?? '';
  return (
    <RadioGroup
      id={idOf(item.linkId)}
      className="field questionnaire__choice"
      value={value === '' ? null : value}
      onChange={(next) => onChange(item.linkId, next)}
      isInvalid={error !== null}
      isRequired={item.required === true}
      validationBehavior="aria"
    >
      <QuestionLabel item={item} markOptional={markOptional} />
      <FieldError className="field__error">{error}</FieldError>
      <div className="answer-options">
        {options.map((option) => (
          <RadioField key={option.key} value={option.key} className="answer-option">
            <RadioButton className="answer-option__button">
              <span aria-hidden="true" className="answer-option__mark" />
              <span>{option.label}</span>
            </RadioButton>
          </RadioField>
        ))}
      </div>
    </RadioGroup>
  );
}

/** Words on one line or several, or a number (a comma is fine for decimals). */
function TextQuestion({ item, drafts, errorOf, onChange, idOf, markOptional }: QuestionItemProps) {
  const { t } = useTranslation();
  const error = errorOf(item.linkId);
  const numeric = item.type === 'integer' || item.type === 'decimal';
  let control: ReactNode;
  if (item.type === 'text')
    control = <TextArea className="field__input questionnaire__text" rows={4} maxLength={answerMaxLength} />;
  else
    control = (
      <Input
        className={numeric ? 'field__input questionnaire__number' : 'field__input'}
        maxLength={answerMaxLength}
        {...(numeric ? { inputMode: item.type === 'integer' ? 'numeric' : 'decimal', autoComplete: 'off' } : {})}
      />
    );
  return (
    <TextField
      id={idOf(item.linkId)}
      className="field"
      value={drafts[item.linkId] ?? ''}
      onChange={(next) => onChange(item.linkId, next)}
      isInvalid={error !== null}
      isRequired={item.required === true}
      validationBehavior="aria"
    >
      <QuestionLabel item={item} markOptional={markOptional} />
      {numeric && (
        <Text slot="description" className="field__description">
          {t('evaluations.questionnaire.numberHelp')}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      {control}
    </TextField>
  );
}
