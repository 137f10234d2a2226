import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useFormat } from '../../components/format';

export type Wording = Schemas['Wording'];

/**
 * Words what the server wrote into a record as a code and its parameters (docs/adr/0021), in the reader's language:
 * dates and times in their format, enumeration codes by their labels, counts with their plurals. Text a person typed
 * (a place, a description) is shown as typed.
 */
export function useWording() {
  const { t } = useTranslation('casework');
  const format = useFormat();
  return (wording: Wording): string => {
    const p = wording.parameters;
    switch (wording.code) {
      case 'referral.emergency.urgency': {
        const parts = [
          t('wording.referral.emergency.urgency.call', {
            problem: t(`emergencyProblem.${p.problem}`),
            calledAt: format.dateTime(p.calledAt),
          }),
        ];
        if (p.place) parts.push(t('wording.referral.emergency.urgency.place', { place: p.place }));
        let people = t('wording.referral.emergency.urgency.people', { count: Number(p.people) });
        if (p.minors) people += t('wording.referral.emergency.urgency.minors', { count: Number(p.minors) });
        if (p.fragile === 'true') people += t('wording.referral.emergency.urgency.fragile');
        parts.push(`${people}.`);
        if (p.measure) {
          parts.push(p.measureUntil
            ? t('wording.referral.emergency.urgency.measureUntil', { measure: t(`emergencyMeasure.${p.measure}`), until: format.date(p.measureUntil) })
            : t('wording.referral.emergency.urgency.measure', { measure: t(`emergencyMeasure.${p.measure}`) }));
        }
        return parts.join(' ');
      }
      case 'referral.emergency.problem':
        return p.description
          ? t('wording.referral.emergency.problemDescribed', { description: p.description })
          : t('wording.referral.emergency.problem', { problem: t(`emergencyProblem.${p.problem}`) });
      case 'project.revised': {
        const parts = (['goalsAdded', 'goalsRemoved', 'actionsAdded', 'actionsChanged', 'actionsRemoved'] as const)
          .filter((name) => p[name])
          .map((name) => t(`wording.project.${name}`, { count: Number(p[name]) }));
        if (p.waysAndTimes) parts.push(t('wording.project.waysAndTimes'));
        return parts.length === 0 ? t('wording.project.noChange') : parts.join(', ');
      }
      default:
        return t(`wording.${wording.code}`, { ...p, defaultValue: wording.code });
    }
  };
}
