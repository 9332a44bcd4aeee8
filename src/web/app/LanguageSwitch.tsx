import { useTranslation } from 'react-i18next';
import { useSaveLocale } from '../features/accounts/index.js';
import { applyLocale, currentLocale } from '../i18n/index.js';

/**
 * One button that offers the other language, named in that language (and marked with its lang, so
 * that screen readers pronounce it right). Signed in, the choice is also saved with the account.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const saveLocale = useSaveLocale();
  const other = i18n.language === 'en' ? 'nl' : 'en';

  const switchLanguage = () => {
    void applyLocale(other);
    if (signedIn) saveLocale.mutate(currentLocale());
  };

  return (
    <button type="button" lang={other} className="button button--quiet language-switch" onClick={switchLanguage}>
      {t(`language.${other}`)}
    </button>
  );
}
