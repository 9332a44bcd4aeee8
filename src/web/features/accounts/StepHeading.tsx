import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The h1 of a step of a page that stays at one address (the steps of signing in). A later step
 * takes focus when it appears, as a new page's heading does, so that screen reader and keyboard
 * users start at the new step instead of a button that is gone.
 */
export function StepHeading({ children, focus }: { children: string; focus: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.pageTitle', { page: children });
  }, [t, children]);

  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
