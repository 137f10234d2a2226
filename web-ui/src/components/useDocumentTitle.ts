import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page says what it is in the browser tab (WCAG 2.4.2). */
export function useDocumentTitle(title: string | null) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
