import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { planPdfUrl } from './api.js';

/** Print the plan from the browser (plans.css leaves out what is not the plan), or download it as PDF in Dutch or English. */
export function PlanDownloads({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="section plan-section plan-downloads">
      <h2 id={titleId}>{t('plans.downloads.title')}</h2>
      <p>{t('plans.downloads.intro')}</p>
      <p>
        <button type="button" className="button button--quiet" onClick={() => window.print()}>
          {t('plans.downloads.print')}
        </button>
      </p>
      <ul className="link-list">
        <li>
          <a href={planPdfUrl(clientId, { part: 'plan', lang: 'nl' })} hrefLang="nl" type="application/pdf" download>
            {t('plans.downloads.pdfNl')}
          </a>
        </li>
        <li>
          <a href={planPdfUrl(clientId, { part: 'plan', lang: 'en' })} hrefLang="en" type="application/pdf" download>
            {t('plans.downloads.pdfEn')}
          </a>
        </li>
      </ul>
    </section>
  );
}
