import { useTranslation } from 'react-i18next';
import { ActionPanel } from '../../components/ActionPanel.js';
import { BusyButton } from '../../components/BusyButton.js';
import { useCloseRound } from './api.js';
import { EvaluationProblem } from './EvaluationProblem.js';

interface CloseRoundProps {
  clientId: string;
  roundId: string;
  /** Said once closed; focus goes where the caller announces it, because this button is then gone. */
  onClosed: (message: string) => void;
}

/** Closing a round before its last day, after a question that says what that means. */
export function CloseRound({ clientId, roundId, onClosed }: CloseRoundProps) {
  const { t } = useTranslation();
  const close = useCloseRound(clientId, roundId);
  return (
    <div className="evaluations-actions">
      <ActionPanel label={t('evaluations.close.open')} title={t('evaluations.close.title')} level={3}>
        {(hide) => (
          <>
            <p>{t('evaluations.close.question')}</p>
            <p>{t('evaluations.close.consequence')}</p>
            {close.isError && <EvaluationProblem error={close.error} action="close" />}
            <p className="evaluations-actions">
              <BusyButton
                variant="primary"
                isPending={close.isPending}
                onPress={() =>
                  // A promise rather than mutate's callbacks: once closed, this panel is gone before those would run.
                  void close.mutateAsync().then(
                    () => {
                      hide(false);
                      onClosed(t('evaluations.close.done'));
                    },
                    () => undefined,
                  )
                }
              >
                {t('evaluations.close.confirm')}
              </BusyButton>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  close.reset();
                  hide();
                }}
              >
                {t('evaluations.close.keep')}
              </button>
            </p>
          </>
        )}
      </ActionPanel>
    </div>
  );
}
