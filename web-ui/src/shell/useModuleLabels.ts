import { useTranslation } from 'react-i18next';

/**
 * Translated name and description of a module, from the module's own namespace (`module.name`, `module.description`);
 * a module this UI has no screens for shows its own name.
 */
export function useModuleLabels() {
  const { t } = useTranslation();
  return {
    name: (module: string) => t('module.name', { ns: module, defaultValue: module }),
    description: (module: string) =>
      t('module.description', { ns: module, defaultValue: t('moduleHome.defaultDescription') }),
  };
}
