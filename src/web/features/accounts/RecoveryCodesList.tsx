import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface RecoveryCodesListProps {
  codes: readonly string[];
  level: 1 | 2 | 3;
  /** Says what went well before the codes (shown once, as a status). */
  status?: string;
  onDone: () => void;
}

/** The recovery codes, shown this once, with one way on: the person says they kept them. */
export function RecoveryCodesList({ codes, level, status, onDone }: RecoveryCodesListProps) {
  const { t } = useTranslation();
  const Heading = (['h1', 'h2', 'h3'] as const)[level - 1] ?? 'h2';
  const ref = useRef<HTMLHeadingElement>(null);

  // The form that led here is gone: start at this heading.
  useEffect(() => {
    ref.current?.focus();
    if (level === 1) document.title = t('app.pageTitle', { page: t('signIn.recoveryCodes.title') });
  }, [level, t]);

  return (
    <>
      <Heading ref={ref} tabIndex={-1} className={level === 1 ? 'page-heading' : undefined}>
        {t('signIn.recoveryCodes.title')}
      </Heading>
      {status !== undefined && (
        <p role="status" className="form-status form-status--success">
          {status}
        </p>
      )}
      <p>{t('signIn.recoveryCodes.intro')}</p>
      <p>{t('signIn.recoveryCodes.keep')}</p>
      <ol aria-label={t('signIn.recoveryCodes.listLabel')} className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('signIn.recoveryCodes.done')}
        </button>
      </p>
    </>
  );
}
