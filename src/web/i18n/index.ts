import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../shared/roles.js';
import { en, nl } from './texts.js';

export const resources = {
  nl: { translation: nl },
  en: { translation: en },
} as const;

const storageKey = 'regie.locale';

/** The language chosen on this device before (not sensitive: it is kept in localStorage). */
export function storedLocale(): Locale {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function currentLocale(): Locale {
  return i18next.language === 'en' ? 'en' : 'nl';
}

/** Switches the language of the page, and remembers it on this device. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Storage may be blocked; the language still switches for this visit.
  }
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

/** Sets up the texts before the first render; they are bundled, so this is synchronous. */
export function initI18n(): void {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18next.use(initReactI18next).init({
    resources,
    lng: storedLocale(),
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
}
