import { useTranslation } from 'react-i18next';

/** Translated name and description of a module; a module this UI does not know yet shows its own name. */
export function useModuleLabels() {
  const { t } = useTranslation();
  return {
    name: (module: string) => t(`modules.${module}.name`, { defaultValue: module }),
    description: (module: string) =>
      t(`modules.${module}.description`, { defaultValue: t('moduleHome.defaultDescription') }),
  };
}
