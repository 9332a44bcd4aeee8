import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentMe } from '../../app/me-context.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useClientAuditLog } from './api.js';
import { defaultPeriod } from './audit-days.js';
import { AuditEventList } from './AuditEventList.js';
import { AuditPeriodForm } from './AuditPeriodForm.js';
import './audit-log.css';

/** "Wie keek in mijn gegevens?": the client sees who looked at or changed their data, and when. */
export function ClientAuditLogPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const [period, setPeriod] = useState(defaultPeriod);
  const log = useClientAuditLog(me.clientId, period);
  return (
    <>
      <PageHeading>{t('auditLog.client.title')}</PageHeading>
      {me.clientId === null ? (
        <p>{t('auditLog.client.onlyClients')}</p>
      ) : (
        <>
          <p>{t('auditLog.client.intro')}</p>
          <AuditPeriodForm period={period} onChoose={setPeriod} />
          <AuditEventList query={log} period={period} perspective="client" emptyText={t('auditLog.client.empty')} readerName={me.name} />
        </>
      )}
    </>
  );
}
