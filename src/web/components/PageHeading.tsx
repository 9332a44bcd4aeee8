import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

interface PageHeadingProps {
  children: string;
  /** The page's name in the browser tab, when it differs from the heading. */
  documentTitle?: string;
}

/**
 * The one h1 of a page. It names the page in the browser tab, and after a navigation it takes focus,
 * so that screen reader and keyboard users start at the new page instead of the old link.
 */
export function PageHeading({ children, documentTitle }: PageHeadingProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  const page = documentTitle ?? children;

  useEffect(() => {
    document.title = t('app.pageTitle', { page });
  }, [t, page]);

  useEffect(() => {
    // "default" is the entry the browser opened the app on: leave focus where the browser put it.
    if (key !== 'default') ref.current?.focus();
  }, [key]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
