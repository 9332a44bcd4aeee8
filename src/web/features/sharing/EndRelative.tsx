import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { endRelativeBodySchema } from '../../../shared/clients.js';
import { ApiForm } from '../../components/ApiForm.js';
import { TextFieldControl } from '../../components/TextFieldControl.js';
import { useFormFeedback, type FormField } from '../../components/use-form-feedback.js';
import { useEndRelative } from './api.js';

type EndRelativeValues = z.input<typeof endRelativeBodySchema>;

interface EndRelativeProps {
  clientId: string;
  relative: { id: string; name: string };
  /** Null when the client themself ends the place; otherwise the client's name, for the wording. */
  clientName: string | null;
  /** Called after the place ended, with the message to announce. */
  onEnded: (message: string) => void;
}

/**
 * "Uit de groep halen", with a confirmation step that says what happens: the relative sees nothing
 * of the client from their next click on, even while signed in. A reason may be given.
 */
export function EndRelative({ clientId, relative, clientName, onEnded }: EndRelativeProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    // Focus follows the step: into the confirmation when it opens, back to the button when it closes.
    if (open) panelRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <div className="sharing-actions">
      {!open && (
        <button ref={openerRef} type="button" className="button button--quiet" onClick={() => setOpen(true)}>
          {t('sharing.end.button', { name: relative.name })}
        </button>
      )}
      <div ref={panelRef} className="sharing-confirm" {...(open ? { tabIndex: -1 } : {})}>
        {open && (
          <EndRelativeForm
            clientId={clientId}
            relative={relative}
            clientName={clientName}
            onEnded={onEnded}
            onCancel={() => setOpen(false)}
          />
        )}
      </div>
    </div>
  );
}

function EndRelativeForm({ clientId, relative, clientName, onEnded, onCancel }: EndRelativeProps & { onCancel: () => void }) {
  const { t } = useTranslation();
  const endRelative = useEndRelative(clientId);
  const form = useForm({ resolver: zodResolver(endRelativeBodySchema), defaultValues: { reason: null }, shouldFocusError: false });
  const fields = useMemo<FormField<EndRelativeValues>[]>(() => [{ name: 'reason', label: t('sharing.end.reason') }], [t]);
  const feedback = useFormFeedback(form, fields);
  const name = relative.name;

  const onSubmit = form.handleSubmit(async (body) => {
    feedback.clear();
    try {
      await endRelative.mutateAsync({ relativeId: relative.id, ...body });
      onEnded(clientName === null ? t('sharing.end.done', { name }) : t('sharing.end.doneFor', { name, client: clientName }));
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
        title={t('sharing.end.confirmTitle', { name })}
        intro={clientName === null ? t('sharing.end.confirmText', { name }) : t('sharing.end.confirmTextFor', { name, client: clientName })}
        submitLabel={t('sharing.end.confirm', { name })}
      >
        <TextFieldControl
          control={form.control}
          name="reason"
          label={t('sharing.end.reason')}
          description={t('sharing.end.reasonHelp', { name })}
          autoComplete="off"
          emptyAsNull
        />
      </ApiForm>
      <p className="sharing-actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('sharing.end.cancel')}
        </button>
      </p>
    </>
  );
}
