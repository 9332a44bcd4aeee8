import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryCodes } from '../../../shared/accounts.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { switchPerson, useStartSecondFactor } from './api.js';
import { RecoveryCodesList } from './RecoveryCodesList.js';
import { SecondFactorSetup } from './SecondFactorSetup.js';
import { StepHeading } from './StepHeading.js';
import { BusyButton } from '../../components/BusyButton.js';

/**
 * A professional without a second factor sets one up before anything else. Only after they have
 * seen their recovery codes do they become the signed-in person (and the layout takes them home).
 */
export function EnrolmentStep({ onStartOver }: { onStartOver: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const start = useStartSecondFactor();
  const [confirmed, setConfirmed] = useState<RecoveryCodes | null>(null);

  if (confirmed !== null) {
    return <RecoveryCodesList codes={confirmed.recoveryCodes} level={1} onDone={() => switchPerson(queryClient, confirmed.me)} />;
  }

  return (
    <>
      <StepHeading focus>{t('signIn.enrolment.title')}</StepHeading>
      <p>{t('signIn.enrolment.why')}</p>
      {start.isError && <ProblemAlert error={start.error} />}
      {start.data === undefined ? (
        <p>
          <BusyButton variant="primary" isPending={start.isPending} onPress={() => start.mutate()}>
            {t('signIn.enrolment.start')}
          </BusyButton>
        </p>
      ) : (
        <SecondFactorSetup enrolment={start.data} level={2} onConfirmed={setConfirmed} />
      )}
      <p>
        <button type="button" className="button button--quiet" onClick={onStartOver}>
          {t('signIn.code.startOver')}
        </button>
      </p>
    </>
  );
}
