import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useEndSessions } from './api.js';
import { BusyButton } from '../../components/BusyButton.js';

/**
 * For the admin, on a professional in the list: sign them out on every device (a lost phone or
 * laptop). Asks first, in place, and says what happened.
 */
export function EndSessionsButton({ professional }: { professional: { id: string; name: string } }) {
  const { t } = useTranslation();
  const endSessions = useEndSessions();
  const [asking, setAsking] = useState(false);
  const askRef = useRef<HTMLButtonElement>(null);
  const name = professional.name;

  const close = () => {
    setAsking(false);
    // Back to the button that opened the question, which is back in the page now.
    setTimeout(() => askRef.current?.focus(), 0);
  };

  return (
    <div className="end-sessions">
      {endSessions.isError && <ProblemAlert error={endSessions.error} />}
      <p role="status" className={endSessions.isSuccess ? 'form-status form-status--success' : 'form-status'}>
        {endSessions.isSuccess ? t('signIn.endSessions.done', { name }) : ''}
      </p>
      {asking ? (
        <div role="group" aria-label={t('signIn.endSessions.button')}>
          <p>{t('signIn.endSessions.question', { name })}</p>
          <p>
            {/* The question replaces the button that asked it: focus goes to its first answer. */}
            <BusyButton
              variant="primary"
              autoFocus
              isPending={endSessions.isPending}
              onPress={() => endSessions.mutate(professional.id, { onSettled: close })}
            >
              {t('signIn.endSessions.confirm')}
            </BusyButton>{' '}
            <button type="button" className="button button--quiet" onClick={close}>
              {t('signIn.endSessions.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <button
          ref={askRef}
          type="button"
          className="button"
          onClick={() => {
            endSessions.reset();
            setAsking(true);
          }}
        >
          {t('signIn.endSessions.button')}
        </button>
      )}
    </div>
  );
}
