import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, isStaleEdit } from '../../api/problem';
import { useLabel } from '../../components/Explanation';
import { ErrorSummary, FieldSet, SelectField, SubmitButton, TextField, fieldId } from '../../components/fields';
import { ProblemAlert } from '../../components/ProblemAlert';
import { requestOf, useChangeDraft, type RuleVersionRequest, type RuleVersionView } from './api';

const ACT_KINDS = [
  'REGIONAL_LAW',
  'REGIONAL_REGULATION',
  'REGIONAL_RESOLUTION',
  'MAYORS_ASSEMBLY_RESOLUTION',
  'MUNICIPAL_RESOLUTION',
  'MANAGER_DECISION',
  'AGENCY_PROCEDURE',
] as const;

/**
 * What changes from one act to the next: the act, the dates and the parameters' values. Criteria and the decision
 * are shown as the draft has them; changing their shape is a new version file or an API call.
 */
export function DraftForm({ ruleSet, version }: { ruleSet: string; version: RuleVersionView }) {
  const { t } = useTranslation();
  const label = useLabel();
  const [form, setForm] = useState<RuleVersionRequest>(() => requestOf(version));
  // The parameters as typed: a half-typed number is not a number yet.
  const [values, setValues] = useState<Record<string, string>>(() => valuesOf(version));
  const [attempt, setAttempt] = useState(0);
  const [notNumbers, setNotNumbers] = useState<Record<string, string>>({});
  const save = useChangeDraft(ruleSet, version.id);
  // A saved draft comes back with its new revision: the form starts again from what the server holds.
  useEffect(() => {
    setForm(requestOf(version));
    setValues(valuesOf(version));
  }, [version]);
  const errors = {
    ...fieldErrorsOf(save.error, (code, fallback) => t(`rules.problem.${code}`, { defaultValue: fallback ?? code })),
    ...notNumbers,
  };
  const set = (patch: Partial<RuleVersionRequest>) => setForm((current) => ({ ...current, ...patch }));
  const setAct = (patch: Partial<RuleVersionRequest['act']>) => setForm((current) => ({ ...current, act: { ...current.act, ...patch } }));
  const labels: Record<string, string> = {
    key: t('rules.versions.key'),
    'act.number': t('rules.draft.actNumber'),
    'act.body': t('rules.draft.actBody'),
    effectiveFrom: t('rules.draft.effectiveFrom'),
    effectiveTo: t('rules.draft.effectiveTo'),
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setAttempt((count) => count + 1);
        const invalid = Object.fromEntries(
          form.parameters
            .filter((parameter) => !isNumber(values[parameter.name]))
            .map((parameter) => [`parameters.${parameter.name}`, t('rules.draft.notANumber')]),
        );
        setNotNumbers(invalid);
        if (Object.keys(invalid).length > 0) return;
        const parameters = form.parameters.map((parameter) => ({ ...parameter, value: Number(values[parameter.name]) }));
        save.mutate({ version: { ...form, parameters }, revision: version.revision });
      }}
    >
      <ErrorSummary errors={errors} labels={labels} attempt={attempt} />
      {isStaleEdit(save.error) && <ProblemAlert error={save.error} />}
      <TextField id={fieldId('key')} label={labels.key!} required value={form.key} onChange={(key) => set({ key })} error={errors.key} maxLength={60} />
      <FieldSet legend={t('rules.versions.act')}>
        <SelectField
          id={fieldId('act.kind')}
          label={t('rules.draft.actKind')}
          required
          value={form.act.kind}
          onChange={(kind) => setAct({ kind: kind as RuleVersionRequest['act']['kind'] })}
          options={ACT_KINDS.map((kind) => ({ value: kind, label: t(`rules.actKind.${kind}`) }))}
        />
        <TextField id={fieldId('act.number')} label={labels['act.number']!} required value={form.act.number} onChange={(number) => setAct({ number })} error={errors['act.number']} />
        <TextField id={fieldId('act.date')} label={t('rules.draft.actDate')} type="date" required value={form.act.date} onChange={(date) => setAct({ date })} error={errors['act.date']} />
        <TextField id={fieldId('act.body')} label={labels['act.body']!} required value={form.act.body} onChange={(body) => setAct({ body })} error={errors['act.body']} />
      </FieldSet>
      <FieldSet legend={t('rules.versions.effective')}>
        <TextField id={fieldId('effectiveFrom')} label={labels.effectiveFrom!} type="date" required value={form.effectiveFrom} onChange={(effectiveFrom) => set({ effectiveFrom })} error={errors.effectiveFrom} />
        <TextField
          id={fieldId('effectiveTo')}
          label={labels.effectiveTo!}
          type="date"
          hint={t('rules.draft.effectiveToHint')}
          value={form.effectiveTo ?? ''}
          onChange={(effectiveTo) => set({ effectiveTo: effectiveTo || null })}
          error={errors.effectiveTo}
        />
      </FieldSet>
      <FieldSet legend={t('rules.version.parameters')}>
        {form.parameters.map((parameter) => (
          <TextField
            key={parameter.name}
            id={fieldId(`parameters.${parameter.name}`)}
            label={`${label(parameter.label)} (${t(`rules.unitName.${parameter.unit}`)})`}
            type="number"
            inputMode="decimal"
            required
            value={values[parameter.name] ?? ''}
            error={errors[`parameters.${parameter.name}`]}
            onChange={(text) => setValues((current) => ({ ...current, [parameter.name]: text }))}
          />
        ))}
      </FieldSet>
      {save.isError && !isStaleEdit(save.error) && Object.keys(errors).length === 0 && <ProblemAlert error={save.error} />}
      {save.isSuccess && (
        <p role="status" className="text-success">
          {t('rules.draft.saved')}
        </p>
      )}
      <SubmitButton pending={save.isPending}>{t('rules.draft.save')}</SubmitButton>
    </form>
  );
}

function valuesOf(version: RuleVersionView): Record<string, string> {
  return Object.fromEntries(version.parameters.map((parameter) => [parameter.name, String(parameter.value)]));
}

function isNumber(text: string | undefined): boolean {
  return text !== undefined && text.trim() !== '' && Number.isFinite(Number(text));
}
