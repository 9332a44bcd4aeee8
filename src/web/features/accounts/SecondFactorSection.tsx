import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me, RecoveryCodes } from '../../../shared/accounts.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { meKey, useRenewRecoveryCodes, useStartSecondFactor } from './api.js';
import { RecoveryCodesList } from './RecoveryCodesList.js';
import { SecondFactorSetup } from './SecondFactorSetup.js';
import { BusyButton } from '../../components/BusyButton.js';

/**
 * Two-step verification on one's own details page: clients and relatives may turn it on (it cannot
 * be turned off here, and professionals always have it); whoever has it can make new recovery codes.
 */
export function SecondFactorSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const titleId = useId();
  const queryClient = useQueryClient();
  const start = useStartSecondFactor();
  const renew = useRenewRecoveryCodes();
  const [shown, setShown] = useState<{ codes: RecoveryCodes; status: string } | null>(null);
  const [done, setDone] = useState('');

  const finish = () => {
    if (shown) queryClient.setQueryData(meKey, shown.codes.me);
    setDone(shown?.status ?? '');
    setShown(null);
    start.reset();
    renew.reset();
  };

  let content;
  if (shown !== null) {
    content = <RecoveryCodesList codes={shown.codes.recoveryCodes} level={3} status={shown.status} onDone={finish} />;
  } else if (start.data !== undefined) {
    content = (
      <SecondFactorSetup
        enrolment={start.data}
        level={3}
        onConfirmed={(codes) => setShown({ codes, status: t('myDetails.secondFactor.turnedOn') })}
      />
    );
  } else if (me.secondFactor.enabled) {
    content = (
      <>
        <p>{t('myDetails.secondFactor.on')}</p>
        <p>{t('myDetails.secondFactor.newCodesIntro')}</p>
        {renew.isError && <ProblemAlert error={renew.error} />}
        <p>
          <BusyButton
            isPending={renew.isPending}
            onPress={() => {
              setDone('');
              renew.mutate(undefined, { onSuccess: (codes) => setShown({ codes, status: t('myDetails.secondFactor.newCodesMade') }) });
            }}
          >
            {t('myDetails.secondFactor.newCodes')}
          </BusyButton>
        </p>
      </>
    );
  } else {
    content = (
      <>
        <p>{t('myDetails.secondFactor.offIntro')}</p>
        {start.isError && <ProblemAlert error={start.error} />}
        <p>
          <BusyButton
            variant="primary"
            isPending={start.isPending}
            onPress={() => {
              setDone('');
              start.mutate();
            }}
          >
            {t('myDetails.secondFactor.turnOn')}
          </BusyButton>
        </p>
      </>
    );
  }

  return (
    <section aria-labelledby={titleId} className="section">
      <h2 id={titleId}>{t('myDetails.secondFactor.title')}</h2>
      <p role="status" className={done === '' ? 'form-status' : 'form-status form-status--success'}>
        {done}
      </p>
      {content}
    </section>
  );
}
