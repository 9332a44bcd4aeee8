import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkPerson } from '../../../shared/network.js';
import { isApiError } from '../../app/http.js';
import { BusyButton } from '../../components/BusyButton.js';
import { useRemovePerson } from './api.js';
import { useMapFeedback } from './feedback.js';
import { forPerson, networkProblemMessage } from './words.js';

interface RemovePersonProps {
  clientId: string;
  person: NetworkPerson;
  /** After the person is gone (and their card with the focus): where focus goes instead. */
  onRemoved: () => void;
}

/** "Weghalen", with a question first; someone nominated for or in the group cannot be taken off (409). */
export function RemovePerson({ clientId, person, onRemoved }: RemovePersonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const remove = useRemovePerson(clientId);
  const feedback = useMapFeedback();
  const openerRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) questionRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  // A promise rather than mutate's callbacks: once removed, this card is gone before they would run.
  const confirm = () =>
    remove.mutateAsync(person.id).then(
      () => {
        feedback.say(t('network.remove.done', { name: person.name }));
        onRemoved();
      },
      // The confirm button may go (nothing to confirm while they are in the group): the question keeps focus.
      () => questionRef.current?.focus(),
    );
  const cancel = () => {
    remove.reset();
    setOpen(false);
  };

  if (!open)
    return (
      <button
        ref={openerRef}
        type="button"
        className="button button--quiet"
        aria-label={forPerson(t('network.list.remove'), person.name)}
        onClick={() => setOpen(true)}
      >
        {t('network.list.remove')}
      </button>
    );

  const inGroup = isApiError(remove.error) && remove.error.code === 'person_in_group';
  return (
    <div className="network-person__panel">
      <p ref={questionRef} tabIndex={-1} className="network-person__question">
        {t('network.remove.question', { name: person.name })}
      </p>
      {remove.isError && (
        <div role="alert" className="alert alert--error">
          <p>{inGroup ? t('network.remove.inGroup', { name: person.name }) : networkProblemMessage(t, remove.error)}</p>
        </div>
      )}
      <div className="network-actions">
        {!inGroup && (
          <BusyButton
            variant="primary"
            isPending={remove.isPending}
            onPress={() => void confirm()}
            aria-label={forPerson(t('network.remove.confirm'), person.name)}
          >
            {t('network.remove.confirm')}
          </BusyButton>
        )}
        <button type="button" className="button button--quiet" onClick={cancel}>
          {t('network.remove.cancel')}
        </button>
      </div>
    </div>
  );
}
