import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentMe } from '../../app/me-context.js';
import { readsProfessionalAuditLog } from '../../app/navigation.js';
import { paths } from '../../app/paths.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useProfessionals } from '../organisations/index.js';
import { useProfessionalAuditLog } from './api.js';
import { defaultPeriod } from './audit-days.js';
import { AuditEventList } from './AuditEventList.js';
import { AuditPeriodForm } from './AuditPeriodForm.js';
import './audit-log.css';

/**
 * The organisation admin checks what one professional did. The log names no clients here: which
 * client someone looked at is client data, and the admin sees none.
 */
export function ProfessionalAuditLogPage() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const { professionalId = '' } = useParams();
  const [period, setPeriod] = useState(defaultPeriod);
  const log = useProfessionalAuditLog(professionalId, period);
  // The name for the heading; the log itself answers for who may read it.
  const professionals = useProfessionals(readsProfessionalAuditLog(me.role));
  const name = professionals.data?.find((professional) => professional.id === professionalId)?.name;
  return (
    <>
      <PageHeading>{name === undefined ? t('auditLog.professional.fallbackTitle') : t('auditLog.professional.title', { name })}</PageHeading>
      <p>{t('auditLog.professional.intro')}</p>
      <AuditPeriodForm period={period} onChoose={setPeriod} />
      <AuditEventList query={log} period={period} perspective="professional" emptyText={t('auditLog.professional.empty')} />
      <p>
        <Link to={paths.organisation}>{t('auditLog.professional.back')}</Link>
      </p>
    </>
  );
}
