import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

export type Evaluation = Schemas['Evaluation'];
export type CriterionResult = Schemas['CriterionResult'];
type Unit = CriterionResult['unit'];

/** A text the server gives in both languages (a rule's labels). */
export function useLabel() {
  const { i18n } = useTranslation();
  return (label: { it: string; en: string } | null | undefined) => (label ? (i18n.language === 'en' ? label.en : label.it) : '');
}

/** A fact or threshold in the unit it counts: "26.000 €", "30 %", "7 giorni"; yes/no in words. */
export function useRuleValue() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'it-IT';
  return (value: unknown, unit: Unit): string => {
    if (value === null || value === undefined) return t('rules.value.unknown');
    if (typeof value === 'boolean' || value === 'true' || value === 'false') {
      return t(value === true || value === 'true' ? 'rules.value.yes' : 'rules.value.no');
    }
    const number = typeof value === 'number' ? value : Number(value);
    if (typeof value === 'string' && Number.isNaN(number)) return t(`rules.choice.${value}`, { defaultValue: value });
    if (unit === 'EURO') {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(number);
    }
    const formatted = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(number);
    return unit === 'NONE' ? formatted : t(`rules.unit.${unit}`, { count: number, value: formatted });
  };
}

/**
 * Why an outcome: one row per criterion with the fact as given, the threshold it was compared with (and the
 * parameter it comes from) and whether it was met, under the act that adopted the version. Triage and every module
 * whose decisions come from a rule set show their explanations with it.
 */
export function Explanation({ evaluation, caption }: { evaluation: Evaluation; caption?: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const value = useRuleValue();
  const act = evaluation.act;
  return (
    <div className="casa-explanation">
      <p className="mb-2">
        <span className="fw-semibold">{t('rules.explanation.outcome')}: </span>
        <span data-testid="explanation-outcome">{label(evaluation.outcomeLabel)}</span>
      </p>
      <p className="small text-secondary mb-2">
        {t('rules.explanation.version', {
          key: evaluation.versionKey,
          act: t(`rules.actKind.${act.kind}`),
          number: act.number,
          body: act.body,
        })}
      </p>
      {evaluation.unknownFacts.length > 0 && (
        <p className="small" role="note">
          {t('rules.explanation.incomplete', { count: evaluation.unknownFacts.length })}
        </p>
      )}
      <div className="table-responsive">
        <table className="table table-sm align-middle">
          <caption>{caption ?? t('rules.explanation.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rules.explanation.criterion')}</th>
              <th scope="col">{t('rules.explanation.fact')}</th>
              <th scope="col">{t('rules.explanation.threshold')}</th>
              <th scope="col">{t('rules.explanation.result')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.criteria.map((criterion) => (
              <tr key={criterion.criterion}>
                <th scope="row" className="fw-normal">
                  {label(criterion.label)}
                </th>
                <td>
                  <span className="d-block small text-secondary">{label(criterion.factLabel)}</span>
                  {value(criterion.value, criterion.unit)}
                </td>
                <td>
                  {t(`rules.operator.${criterion.operator}`)}{' '}
                  {criterion.thresholds
                    .map((threshold) => value(threshold.value, criterion.operator === 'IS' || criterion.operator === 'ONE_OF' ? 'NONE' : criterion.unit))
                    .join(criterion.operator === 'BETWEEN' ? ` ${t('rules.operator.and')} ` : ', ')}
                  {criterion.thresholds.some((threshold) => threshold.parameter) && (
                    <span className="d-block small text-secondary">
                      {criterion.thresholds
                        .filter((threshold) => threshold.parameter)
                        .map((threshold) => label(threshold.label))
                        .join(', ')}
                    </span>
                  )}
                </td>
                <td>
                  <span className={`badge ${RESULT_CLASS[criterion.result]}`}>{t(`rules.result.${criterion.result}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

const RESULT_CLASS: Record<CriterionResult['result'], string> = {
  MET: 'bg-success',
  NOT_MET: 'bg-danger',
  UNKNOWN: 'bg-secondary',
};
