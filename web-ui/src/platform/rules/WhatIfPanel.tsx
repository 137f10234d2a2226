import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Explanation, useLabel } from '../../components/Explanation';
import { SelectField, SubmitButton, TextField, fieldId } from '../../components/fields';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useWhatIf, type RuleSetView, type RuleVersionView } from './api';

/** "What if": facts typed in, evaluated with this version; nothing is stored. */
export function WhatIfPanel({ ruleSet, version }: { ruleSet: RuleSetView; version: RuleVersionView }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [values, setValues] = useState<Record<string, string>>({});
  const whatIf = useWhatIf(ruleSet.id);
  const facts = () =>
    Object.fromEntries(
      ruleSet.facts
        .filter((fact) => (values[fact.name] ?? '') !== '')
        .map((fact) => {
          const text = values[fact.name]!;
          return [fact.name, fact.type === 'BOOLEAN' ? text === 'true' : fact.type === 'NUMBER' ? Number(text) : text];
        }),
    );
  return (
    <section aria-labelledby="what-if" className="mt-5">
      <h2 id="what-if" className="h4">
        {t('rules.whatIf.title')}
      </h2>
      <p>{t('rules.whatIf.explain')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          whatIf.mutate({ facts: facts(), version: version.id });
        }}
      >
        <div className="row">
          {ruleSet.facts.map((fact) => {
            const id = fieldId(`whatIf.${fact.name}`);
            const value = values[fact.name] ?? '';
            const onChange = (next: string) => setValues((current) => ({ ...current, [fact.name]: next }));
            return (
              <div key={fact.name} className="col-12 col-md-6 col-lg-4">
                {fact.type === 'NUMBER' ? (
                  <TextField id={id} label={`${label(fact.label)} (${t(`rules.unitName.${fact.unit}`)})`} type="number" inputMode="decimal" value={value} onChange={onChange} />
                ) : (
                  <SelectField
                    id={id}
                    label={label(fact.label)}
                    value={value}
                    onChange={onChange}
                    placeholder={t('rules.value.unknown')}
                    options={
                      fact.type === 'BOOLEAN'
                        ? [
                            { value: 'true', label: t('rules.value.yes') },
                            { value: 'false', label: t('rules.value.no') },
                          ]
                        : fact.values.map((choice) => ({ value: choice, label: t(`rules.choice.${choice}`, { defaultValue: choice }) }))
                    }
                  />
                )}
              </div>
            );
          })}
        </div>
        <SubmitButton pending={whatIf.isPending} pendingLabel={t('rules.whatIf.pending')}>
          {t('rules.whatIf.action')}
        </SubmitButton>
      </form>
      {whatIf.isError && <ProblemAlert error={whatIf.error} />}
      {whatIf.data && (
        <div className="mt-3" aria-live="polite">
          <Explanation evaluation={whatIf.data} />
        </div>
      )}
    </section>
  );
}
