import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../../api/client';
import { useEmergencyMutation } from '../api';
import { Choices, ErrorSummary, SubmitButton, TextArea, TextField } from '../components/fields';
import { NAMEABLE_KINDS, PROBLEM_TYPES, REPORTING_ENTITY_KINDS } from '../options';
import { fieldErrorsOf } from '../problems';
import { optionsOf, SaveProblem, Section, useReload, type SectionProps } from './Section';

/** The correction of the intake (who reported, what happened, where), while the emergency is open. */
export function IntakeSection({ view, municipality, open }: SectionProps) {
  const { t } = useTranslation('emergency');
  const reload = useReload(municipality, view.id);
  const [kind, setKind] = useState<string>(view.reportingEntity.kind);
  const [name, setName] = useState(view.reportingEntity.name ?? '');
  const [problem, setProblem] = useState<string>(view.problem.type);
  const [description, setDescription] = useState(view.problem.description ?? '');
  const [place, setPlace] = useState(view.place ?? '');
  const save = useEmergencyMutation(municipality, view.id, (api, _: void) =>
    unwrap(
      api.PUT('/api/emergency/emergencies/{emergencyId}/intake', {
        params: { path: { emergencyId: view.id } },
        body: {
          version: view.version,
          reportingEntity: {
            kind: kind as (typeof REPORTING_ENTITY_KINDS)[number],
            ...(NAMEABLE_KINDS.includes(kind) && name.trim() ? { name: name.trim() } : {}),
          },
          problem: { type: problem as (typeof PROBLEM_TYPES)[number], ...(description.trim() ? { description: description.trim() } : {}) },
          ...(place.trim() ? { place: place.trim() } : {}),
        },
      }),
    ),
  );
  if (!open) return null;
  const errors = fieldErrorsOf(save.error, t);
  const options = (values: readonly string[], prefix: string) => optionsOf(t, values, prefix);
  return (
    <Section id="intake" title={t('intake.correctTitle')}>
      <form noValidate onSubmit={(event) => { event.preventDefault(); save.mutate(); }} style={{ maxWidth: '40rem' }}>
        <ErrorSummary errors={errors} labels={{}} />
        <Choices name="correction.kind" legend={t('intake.reportingEntity')} required value={kind}
          options={options(REPORTING_ENTITY_KINDS, 'reportingEntityKind')} onChange={setKind} />
        {NAMEABLE_KINDS.includes(kind) && (
          <TextField id="correction-name" label={t('intake.reportingEntityName')} value={name} maxLength={100}
            error={errors['reportingEntity.name']} onChange={setName} />
        )}
        <Choices name="correction.problem" legend={t('intake.problem')} required value={problem}
          options={options(PROBLEM_TYPES, 'problemType')} onChange={setProblem} />
        <TextArea id="correction-description" label={t('intake.problemDescription')} value={description} maxLength={500}
          required={problem === 'OTHER'} error={errors['problem.description']} onChange={setDescription} />
        <TextField id="correction-place" label={t('intake.place')} value={place} maxLength={200} error={errors.place} onChange={setPlace} />
        <SaveProblem error={save.error} onReload={reload} />
        <SubmitButton pending={save.isPending}>{t('intake.correct')}</SubmitButton>
      </form>
    </Section>
  );
}