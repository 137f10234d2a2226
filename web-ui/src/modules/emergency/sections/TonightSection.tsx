import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../../api/client';
import { useFormat } from '../../../components/format';
import { useEmergencyMutation, useOffers } from '../api';
import { Choices, ErrorSummary, SubmitButton, TextField } from '../components/fields';
import { MEASURE_KINDS } from '../options';
import { fieldErrorsOf } from '../problems';
import { SaveProblem, Section, useReload, type SectionProps } from './Section';

/** Tonight's placement: the current measure, the offers available, and the form for a new measure. */
export function TonightSection({ view, municipality, open }: SectionProps) {
  const { t } = useTranslation('emergency');
  const format = useFormat();
  const reload = useReload(municipality, view.id);
  const offers = useOffers(municipality, open);
  const [form, setForm] = useState({ kind: '', placeName: '', arrangedBy: '', cost: '', until: '', offerReference: '' });
  const [attempted, setAttempted] = useState(false);
  const save = useEmergencyMutation(municipality, view.id, (api, body: typeof form) =>
    unwrap(
      api.POST('/api/emergency/emergencies/{emergencyId}/measures', {
        params: { path: { emergencyId: view.id } },
        body: {
          version: view.version,
          kind: body.kind as (typeof MEASURE_KINDS)[number],
          ...(body.placeName.trim() ? { placeName: body.placeName.trim() } : {}),
          ...(body.arrangedBy.trim() ? { arrangedBy: body.arrangedBy.trim() } : {}),
          ...(body.cost.trim() ? { cost: Number(body.cost.replace(',', '.')) } : {}),
          ...(body.until ? { until: body.until } : {}),
          ...(body.offerReference ? { offerReference: body.offerReference } : {}),
        },
      }),
    ),
  );
  const serverErrors = fieldErrorsOf(save.error, t);
  const errors: Record<string, string> = { ...serverErrors };
  if (attempted && !form.kind) errors.kind = t('rules.NotNull');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (form.kind) save.mutate(form);
  };
  const current = view.currentMeasure;
  return (
    <Section id="tonight" title={t('tonight.title')}>
      {current ? (
        <p>
          <strong>{t(`measureKind.${current.kind}`)}</strong>
          {current.placeName && ` – ${current.placeName}`}
          {current.until && `, ${t('tonight.until', { date: format.date(current.until) })}`}
          {current.arrangedBy && `. ${t('tonight.arrangedBy', { by: current.arrangedBy })}`}
          {current.cost != null && `. ${t('tonight.cost', { cost: format.money(current.cost) })}`}
        </p>
      ) : (
        <p>{t('tonight.none')}</p>
      )}
      {open && (
        <>
          <h3 className="h5">{t('tonight.offers')}</h3>
          {offers.isSuccess && offers.data.length === 0 && <p>{t('tonight.noOffers')}</p>}
          {offers.isSuccess && offers.data.length > 0 && (
            <ul>
              {offers.data.map((offer) => (
                <li key={offer.reference}>
                  {offer.description} ({t('tonight.places', { count: offer.places })}){' '}
                  <Button color="primary" outline size="sm" onClick={() => setForm({ ...form, kind: offer.kind, placeName: offer.description, offerReference: offer.reference })}>
                    {t('tonight.useOffer')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <form noValidate onSubmit={submit} style={{ maxWidth: '40rem' }}>
            <ErrorSummary errors={attempted ? errors : serverErrors} labels={{ kind: t('tonight.kind'), until: t('tonight.untilLabel'), cost: t('tonight.costLabel') }} />
            <Choices name="kind" legend={t('tonight.kind')} required value={form.kind} error={errors.kind}
              options={MEASURE_KINDS.map((value) => ({ value, label: t(`measureKind.${value}`) }))}
              onChange={(kind) => setForm({ ...form, kind })} />
            <TextField id="measure-placeName" label={t('tonight.placeName')} value={form.placeName} maxLength={200}
              onChange={(placeName) => setForm({ ...form, placeName })} />
            <TextField id="measure-arrangedBy" label={t('tonight.arrangedByLabel')} value={form.arrangedBy} maxLength={200}
              onChange={(arrangedBy) => setForm({ ...form, arrangedBy })} />
            <div className="d-flex flex-wrap gap-3">
              <TextField id="cost" label={t('tonight.costLabel')} value={form.cost} inputMode="decimal" error={errors.cost}
                onChange={(cost) => setForm({ ...form, cost })} />
              <TextField id="until" type="date" label={t('tonight.untilLabel')} value={form.until} error={errors.until}
                onChange={(until) => setForm({ ...form, until })} />
            </div>
            <SaveProblem error={save.error} onReload={reload} />
            <SubmitButton pending={save.isPending}>{t('tonight.submit')}</SubmitButton>
          </form>
        </>
      )}
    </Section>
  );
}