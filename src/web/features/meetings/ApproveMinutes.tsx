import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionPanel, CancelButton } from '../../components/ActionPanel.js';
import { BusyButton } from '../../components/BusyButton.js';
import { useApproveMinutes } from './api.js';
import { MeetingProblem } from './MeetingProblem.js';

interface ApproveMinutesProps {
  clientId: string;
  meetingId: string;
  clientName: string;
  /** True when the client approves their own minutes; otherwise someone does it for them. */
  own: boolean;
  /** Changes typed but not saved would be left out of what is approved: they are saved first. */
  isDirty: boolean;
  onApproved: (message: string) => void;
}

/**
 * "Goedkeuren": the client's word that the minutes are right. It says what follows before it is
 * done (the members read them, the scores and agreements go into the plan, nobody changes them any
 * more), because it cannot be undone here.
 */
export function ApproveMinutes({ clientId, meetingId, clientName, own, isDirty, onApproved }: ApproveMinutesProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const approve = useApproveMinutes(clientId, meetingId);

  // Awaited rather than a callback of mutate: once the fresh minutes are in, they are approved and
  // this section is gone, and the callbacks of an unmounted component are never called.
  const confirm = async (close: (returnFocus?: boolean) => void) => {
    try {
      await approve.mutateAsync();
    } catch {
      return; // approve.error says what went wrong, in the panel
    }
    close(false);
    onApproved(t('minutes.approve.done'));
  };

  return (
    <section aria-labelledby={titleId} className="section minutes-section minutes-approve">
      <h2 id={titleId}>{t('minutes.approve.title')}</h2>
      <p>{own ? t('minutes.approve.whenOwn') : t('minutes.approve.whenFor', { name: clientName })}</p>
      <ActionPanel label={t('minutes.approve.title')} title={t('minutes.approve.panelTitle')} level={3} variant="primary">
        {(close) => (
          <div className="minutes-approve__panel">
            {isDirty ? (
              <p className="minutes-approve__unsaved">{t('minutes.approve.unsaved')}</p>
            ) : (
              <>
                <p>{own ? t('minutes.approve.introOwn') : t('minutes.approve.introFor', { name: clientName })}</p>
                <ul className="minutes-approve__list">
                  <li>{own ? t('minutes.approve.readersOwn') : t('minutes.approve.readersFor', { name: clientName })}</li>
                  <li>{t('minutes.approve.scores')}</li>
                  <li>{t('minutes.approve.agreements')}</li>
                  <li>{t('minutes.approve.final')}</li>
                </ul>
                {approve.isError && <MeetingProblem error={approve.error} action="minutes" />}
                <p>
                  <BusyButton variant="primary" isPending={approve.isPending} onPress={() => void confirm(close)}>
                    {t('minutes.approve.confirm')}
                  </BusyButton>
                </p>
              </>
            )}
            <CancelButton label={t('minutes.approve.cancel')} onCancel={() => close()} />
          </div>
        )}
      </ActionPanel>
    </section>
  );
}
