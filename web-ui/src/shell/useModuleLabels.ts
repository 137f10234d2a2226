import { useTranslation } from 'react-i18next';

/**
 * Translated name and description of a module, from the module's own namespace (`module.name`, `module.description`);
 * a page of the platform itself (the rules) from the shell's `platformPages`; anything else shows its own name.
 */
export function useModuleLabels() {
  const { t } = useTranslation();
  return {
    name: (module: string) =>
      t('module.name', { ns: module, defaultValue: t(`platformPages.${module}.name`, { defaultValue: module }) }),
    description: (module: string) =>
      t('module.description', {
        ns: module,
        defaultValue: t(`platformPages.${module}.description`, { defaultValue: t('moduleHome.defaultDescription') }),
      }),
  };
}
