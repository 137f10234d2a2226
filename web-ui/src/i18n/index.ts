import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import it from './locales/it.json';
import { moduleTranslations } from '../modules';

export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'casa.language';

function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.find((language) => language === stored) ?? 'it';
}

/** Italian first: English only when the user chose it, remembered in this browser. */
export function initI18n(language: Language = storedLanguage()) {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    localStorage.setItem(STORAGE_KEY, lng);
  });
  void instance.use(initReactI18next).init({
    // Each module brings its texts as its own namespace (src/modules/<name>/locales).
    resources: {
      it: { translation: it, ...moduleTranslations('it') },
      en: { translation: en, ...moduleTranslations('en') },
    },
    lng: language,
    fallbackLng: 'it',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
