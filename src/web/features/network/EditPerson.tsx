import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkPerson, NetworkPersonBody } from '../../../shared/network.js';
import { useUpdatePerson } from './api.js';
import { useMapFeedback } from './feedback.js';
import { PersonForm } from './PersonForm.js';
import { forPerson } from './words.js';

/** "Wijzigen": the person's form opens in their card; saving or stopping closes it and focus goes back to the button. */
export function EditPerson({ clientId, person }: { clientId: string; person: NetworkPerson }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const feedback = useMapFeedback();
  const update = useUpdatePerson(clientId);
  const openerRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    // Focus follows the step: to the form's heading when it opens, back to the button when it closes.
    if (open) headingRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const save = async (body: NetworkPersonBody) => {
    const saved = await update.mutateAsync({ personId: person.id, body });
    setOpen(false);
    feedback.say(t('network.form.saved', { name: saved.name }));
    return null;
  };

  if (!open)
    return (
      <button
        ref={openerRef}
        type="button"
        className="button button--quiet"
        aria-label={forPerson(t('network.list.edit'), person.name)}
        onClick={() => setOpen(true)}
      >
        {t('network.list.edit')}
      </button>
    );

  const { name, relation, formality, lifeArea, ring, wish, email, phone, notes } = person;
  return (
    <div className="network-person__panel">
      <h4 ref={headingRef} tabIndex={-1} className="network-person__panel-title">
        {t('network.form.editTitle', { name })}
      </h4>
      <PersonForm
        defaultValues={{ name, relation, formality, lifeArea, ring, wish, email, phone, notes }}
        submitLabel={t('network.form.save')}
        onSave={save}
      />
      <p className="network-actions">
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          {t('network.form.cancel')}
        </button>
      </p>
    </div>
  );
}
