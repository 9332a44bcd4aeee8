import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useController, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  addAgendaItem,
  agendaItemCodes,
  agendaLimits,
  isAgendaItemCode,
  moveAgendaItem,
  normaliseItemTitle,
  removeAgendaItem,
  type AgendaChange,
} from '../../../domain/meetings.js';
import type { MeetingBody } from '../../../shared/meetings.js';
import { useFieldIdPrefix } from '../../components/form-ids.js';
import { fieldErrorMessage } from '../../components/messages.js';
import { useNotice } from '../../components/notice.js';
import { SelectControl } from '../../components/SelectControl.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { newEntryKey, type AgendaEntry, type MeetingValues } from './meeting-form.js';
import { FormSection } from './FormSection.js';
import { agendaTitle } from './meeting-words.js';

type Direction = 'up' | 'down';

/** Moves focus to the first of `ids` that is in the page, once the changed list is rendered. */
function useFocusLater() {
  const pending = useRef<readonly string[] | null>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    const ids = pending.current;
    if (ids === null) return;
    pending.current = null;
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element) {
        element.focus();
        return;
      }
    }
  }, [request]);
  return useCallback((...ids: string[]) => {
    pending.current = ids;
    setRequest((n) => n + 1);
  }, []);
}

/**
 * The agenda, made by the client from the template of the kind of meeting: items moved up and down,
 * removed, and added (one of the method's standard items, or one of their own), within the method's
 * limits (src/domain/meetings.ts). Every button names its item, and after a move focus stays on the
 * same button of the moved item, so that it can be moved on with the same key.
 */
export function AgendaEditor({ form }: { form: UseFormReturn<MeetingValues, unknown, MeetingBody> }) {
  const { t } = useTranslation();
  const prefix = useFieldIdPrefix();
  // Taken apart at once: the React compiler treats an object holding a ref as a ref as a whole.
  const {
    field: { ref, value: agenda, onChange },
    fieldState,
  } = useController({ control: form.control, name: 'agenda' });
  const { message, announce } = useNotice();
  const focusLater = useFocusLater();
  const headingId = `${prefix}-agenda-title`;
  const addButtonId = `${prefix}-agenda-add`;
  const buttonId = (entry: AgendaEntry, action: Direction | 'remove') => `${prefix}-agenda-${entry.key}-${action}`;
  const count = agenda.length;
  const full = count >= agendaLimits.maxItems;

  const apply = (change: AgendaChange<AgendaEntry>): AgendaEntry[] | null => {
    if (!change.ok) return null;
    onChange(change.items);
    return change.items;
  };

  const moveFrom = (index: number, direction: Direction) => {
    const entry = agenda[index];
    const to = direction === 'up' ? index - 1 : index + 1;
    if (entry === undefined || apply(moveAgendaItem(agenda, index, to)) === null) return;
    // The same button again, to move on; at the top or bottom it is gone, so the other one.
    focusLater(buttonId(entry, direction), buttonId(entry, direction === 'up' ? 'down' : 'up'));
    announce(t('meetings.agenda.moved', { title: agendaTitle(t, entry), number: to + 1, count }), false);
  };

  const removeAt = (index: number) => {
    const entry = agenda[index];
    const items = entry === undefined ? null : apply(removeAgendaItem(agenda, index));
    if (entry === undefined || items === null) return;
    const next = items[index] ?? items[index - 1];
    focusLater(...(next === undefined ? [headingId] : [buttonId(next, 'remove')]));
    announce(t('meetings.agenda.removed', { title: agendaTitle(t, entry) }), false);
  };

  /** After an item is added, focus stays to add the next; when the agenda is full, it goes to the new item. */
  const added = (items: AgendaEntry[], entry: AgendaEntry, fallbackId: string) => {
    focusLater(fallbackId, buttonId(entry, 'remove'));
    announce(t('meetings.agenda.added', { title: agendaTitle(t, entry), number: items.length }), false);
  };

  const addStandard = () => {
    const code = form.getValues('newItemCode');
    if (code === null || !isAgendaItemCode(code)) {
      form.setError('newItemCode', { type: 'required' });
      form.setFocus('newItemCode');
      return;
    }
    const entry: AgendaEntry = { key: newEntryKey(), code };
    const items = apply(addAgendaItem(agenda, entry));
    if (items === null) return;
    form.setValue('newItemCode', null);
    form.clearErrors('newItemCode');
    added(items, entry, addButtonId);
  };

  const addOwnButtonId = `${prefix}-agenda-add-own`;
  const addOwn = () => {
    const entry: AgendaEntry = { key: newEntryKey(), code: 'custom', title: normaliseItemTitle(form.getValues('newItemTitle')) };
    const change = addAgendaItem(agenda, entry);
    if (!change.ok) {
      form.setError('newItemTitle', { type: change.reason === 'title_too_long' ? 'too_big' : 'too_small' });
      form.setFocus('newItemTitle');
      return;
    }
    onChange(change.items);
    form.setValue('newItemTitle', '');
    form.clearErrors('newItemTitle');
    added(change.items, entry, addOwnButtonId);
  };

  // Enter in the title adds the item; it would otherwise send the whole form.
  const addOnEnter = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      addOwn();
    }
  };

  return (
    <FormSection title={t('meetings.agenda.title')} divided headingId={headingId} headingRef={ref}>
      <p className="field__description">{t('meetings.agenda.intro')}</p>
      {fieldState.invalid && <p className="field__error">{fieldErrorMessage(t, fieldState.error?.type)}</p>}
      <p className="agenda-editor__count">{t('meetings.agenda.count', { number: count })}</p>
      {count === 0 ? (
        <p>{t('meetings.agenda.empty')}</p>
      ) : (
        <ol className="agenda-editor__list">
          {agenda.map((entry, index) => {
            const title = agendaTitle(t, entry);
            return (
              <li key={entry.key} className="agenda-editor__item">
                <span className="agenda-editor__title">{title}</span>
                <span className="agenda-editor__actions">
                  {index > 0 && (
                    <button
                      id={buttonId(entry, 'up')}
                      type="button"
                      className="button button--quiet"
                      aria-label={t('meetings.agenda.upNamed', { title })}
                      onClick={() => moveFrom(index, 'up')}
                    >
                      {t('meetings.agenda.up')}
                    </button>
                  )}
                  {index < count - 1 && (
                    <button
                      id={buttonId(entry, 'down')}
                      type="button"
                      className="button button--quiet"
                      aria-label={t('meetings.agenda.downNamed', { title })}
                      onClick={() => moveFrom(index, 'down')}
                    >
                      {t('meetings.agenda.down')}
                    </button>
                  )}
                  <button
                    id={buttonId(entry, 'remove')}
                    type="button"
                    className="button button--quiet"
                    aria-label={t('meetings.agenda.removeNamed', { title })}
                    onClick={() => removeAt(index)}
                  >
                    {t('meetings.agenda.remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <p role="status" className="visually-hidden">
        {message}
      </p>
      {full ? (
        <p className="agenda-editor__full">{t('meetings.agenda.full')}</p>
      ) : (
        <>
          <AddStandardItem form={form} addButtonId={addButtonId} onAdd={addStandard} />
          <div className="agenda-editor__add" onKeyDown={addOnEnter}>
            <TextFieldControl
              control={form.control}
              name="newItemTitle"
              label={t('meetings.agenda.addOwn')}
              description={t('meetings.agenda.addOwnHelp')}
              maxLength={agendaLimits.titleMaxLength}
              autoComplete="off"
            />
            <button id={addOwnButtonId} type="button" className="button" onClick={addOwn}>
              {t('meetings.agenda.addOwnButton')}
            </button>
          </div>
        </>
      )}
    </FormSection>
  );
}

interface AddStandardItemProps {
  form: UseFormReturn<MeetingValues, unknown, MeetingBody>;
  addButtonId: string;
  onAdd: () => void;
}

/** One of the method's items that is not on the agenda yet, chosen from a list. */
function AddStandardItem({ form, addButtonId, onAdd }: AddStandardItemProps) {
  const { t } = useTranslation();
  const agenda = useWatch({ control: form.control, name: 'agenda' });
  const missing = agendaItemCodes.filter((code) => !agenda.some((entry) => entry.code === code));
  if (missing.length === 0) return <p>{t('meetings.agenda.allStandardOnAgenda')}</p>;
  return (
    <div className="agenda-editor__add">
      <SelectControl
        control={form.control}
        name="newItemCode"
        label={t('meetings.agenda.addStandard')}
        placeholder={t('meetings.agenda.addStandardPlaceholder')}
        options={missing.map((code) => ({ id: code, label: agendaTitle(t, { code }) }))}
      />
      <button id={addButtonId} type="button" className="button" onClick={onAdd}>
        {t('meetings.agenda.addStandardButton')}
      </button>
    </div>
  );
}
