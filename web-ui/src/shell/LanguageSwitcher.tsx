import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

/** Italian first, English on request: two toggle buttons, each named in its own language. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('header.language.label')} className="casa-language">
      {LANGUAGES.map((language) => {
        const active = i18n.resolvedLanguage === language;
        return (
          <button
            key={language}
            type="button"
            lang={language}
            className={`btn btn-xs casa-language-option${active ? ' active' : ''}`}
            aria-pressed={active}
            onClick={() => void i18n.changeLanguage(language)}
          >
            {`${language.toUpperCase()} `}
            <span className="visually-hidden">{t(`header.language.${language}`)}</span>
          </button>
        );
      })}
    </div>
  );
}
