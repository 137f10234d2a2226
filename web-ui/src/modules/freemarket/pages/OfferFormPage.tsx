import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Me } from '../../../api/me';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { Checkbox, ErrorSummary, FieldSet, SelectField, SubmitButton, TextField } from '../../../components/fields';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { keys, useOffer, useSaveOffer, type OfferView } from '../api';
import { EMPTY_FORM, formErrors, formOf, requestOf, sameForm, type OfferForm } from '../offerForm';
import { CONTRACT_TYPES, ENERGY_CLASSES, HEATINGS } from '../options';
import { fieldErrorsOf, isStaleEdit } from '../problems';
import { usePartner } from '../usePartner';
import { OfferFacts } from './OfferFacts';

/** Writes a new offer (a draft) or changes one; a stale change shows both versions side by side. */
export function OfferFormPage({ me }: { me: Me }) {
  const { t } = useTranslation('freemarket');
  const { offerId } = useParams();
  const offer = useOffer(offerId);
  if (offerId && offer.isPending) return <Loading label={t('offer.loading')} />;
  if (offerId && offer.isError) return <ProblemAlert error={offer.error} headingLevel={1} onRetry={() => void offer.refetch()} />;
  return <OfferFormContent me={me} offer={offerId ? offer.data : undefined} />;
}

function OfferFormContent({ me, offer }: { me: Me; offer: OfferView | undefined }) {
  const { t, i18n } = useTranslation('freemarket');
  const title = offer ? t('form.editTitle') : t('form.newTitle');
  useDocumentTitle(title);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const partner = usePartner(Boolean(me.organisation));
  const save = useSaveOffer(offer?.id);
  const start = offer ? formOf(offer) : EMPTY_FORM;
  const [base, setBase] = useState<OfferView | undefined>(offer);
  const [form, setForm] = useState<OfferForm>(start);
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [theirs, setTheirs] = useState<OfferView | null>(null);
  const saved = useRef(false);
  useEffect(() => setServerErrors({}), [form]);

  const clientErrors = formErrors(form);
  const shownErrors: Record<string, string> = attempt > 0
    ? { ...Object.fromEntries(Object.entries(clientErrors).map(([field, key]) => [field, String(t(key))])), ...serverErrors }
    : serverErrors;
  const dirty = !sameForm(form, base ? formOf(base) : EMPTY_FORM);
  const municipalities = me.organisation
    ? Object.entries(partner.data?.municipalityNames ?? {}).map(([value, label]) => ({ value, label }))
    : me.tenants.map((tenant) => ({ value: tenant.id, label: tenant.name }));
  const update = (change: Partial<OfferForm>) => setForm((current) => ({ ...current, ...change }));
  const options = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: String(t(`${prefix}.${value}`)) }));
  const labels: Record<string, string> = Object.fromEntries(
    Object.keys(EMPTY_FORM).map((field) => [field, String(t(`field.${field}`))]),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (Object.keys(clientErrors).length > 0) return;
    save.mutate(
      { version: base ? base.version : null, offer: requestOf(form) },
      {
        onSuccess: (view) => {
          saved.current = true;
          void navigate(`/freemarket/offers/${view.id}`);
        },
        onError: async (error) => {
          if (isStaleEdit(error) && base) {
            await queryClient.invalidateQueries({ queryKey: keys.offer(base.id, false) });
            setTheirs(queryClient.getQueryData<OfferView>(keys.offer(base.id, false)) ?? null);
          } else setServerErrors(fieldErrorsOf(error, t, i18n.language));
        },
      },
    );
  };

  const id = (field: keyof OfferForm) => field;
  const field = (name: keyof OfferForm, props: { type?: 'text' | 'number' | 'date'; hint?: string; required?: boolean } = {}) => (
    // Numbers as text with a decimal keypad: "120,5" as Italians write it works in every browser.
    <TextField id={id(name)} label={labels[name] ?? name} value={String(form[name])} type={props.type === 'date' ? 'date' : 'text'}
      required={props.required ?? true} hint={props.hint} error={shownErrors[name]}
      inputMode={props.type === 'number' ? 'decimal' : undefined} onChange={(value) => update({ [name]: value })} />
  );

  return (
    <form noValidate onSubmit={submit} aria-labelledby="offer-form-title">
      <UnsavedChangesGuard dirty={dirty} allowLeave={saved} />
      <h1 id="offer-form-title" tabIndex={-1}>{title}</h1>
      {theirs && base && (
        <section className="alert alert-warning" role="alert" aria-labelledby="conflict-title">
          <h2 id="conflict-title" className="h5 alert-heading">{t('conflict.title')}</h2>
          <p>{t('conflict.text')}</p>
          <div className="row g-3">
            <div className="col-12 col-md-6">
              <h3 className="h6">{t('conflict.theirs')}</h3>
              <OfferFacts details={theirs.details} />
            </div>
            <div className="col-12 col-md-6">
              <h3 className="h6">{t('conflict.yours')}</h3>
              <OfferFacts details={{ ...theirs.details, ...requestOf(form) }} />
            </div>
          </div>
          <div className="d-flex gap-2 mt-3">
            <button type="button" className="btn btn-outline-primary" onClick={() => {
              setBase(theirs);
              setForm(formOf(theirs));
              setTheirs(null);
            }}>{t('conflict.keepTheirs')}</button>
            <button type="button" className="btn btn-primary" onClick={() => {
              setBase(theirs);
              setTheirs(null);
            }}>{t('conflict.applyYours')}</button>
          </div>
        </section>
      )}
      <ErrorSummary errors={shownErrors} labels={labels} attempt={attempt} />
      {save.isError && !isStaleEdit(save.error) && Object.keys(serverErrors).length === 0 && <ProblemAlert error={save.error} />}
      <FieldSet legend={t('form.where')}>
        <SelectField id="municipality" label={labels.municipality ?? ''} required value={form.municipality}
          placeholder={t('form.choose')} options={municipalities} error={shownErrors.municipality}
          onChange={(value) => update({ municipality: value })} />
        {field('zone', { hint: t('form.zoneHint') })}
      </FieldSet>
      <FieldSet legend={t('form.home')}>
        {field('floorArea', { type: 'number' })}
        {field('rooms', { type: 'number' })}
        {field('floor', { type: 'number', hint: t('form.floorHint') })}
        <Checkbox id="lift" label={labels.lift ?? ''} checked={form.lift} onChange={(value) => update({ lift: value })} />
        <Checkbox id="stepFreeAccess" label={labels.stepFreeAccess ?? ''} checked={form.stepFreeAccess}
          onChange={(value) => update({ stepFreeAccess: value })} />
        <SelectField id="heating" label={labels.heating ?? ''} required value={form.heating} placeholder={t('form.choose')}
          options={options(HEATINGS, 'heating')} error={shownErrors.heating} onChange={(value) => update({ heating: value })} />
        <SelectField id="energyClass" label={labels.energyClass ?? ''} required value={form.energyClass}
          placeholder={t('form.choose')} options={ENERGY_CLASSES.map((value) => ({ value, label: value }))}
          hint={t('form.energyHint')} error={shownErrors.energyClass} onChange={(value) => update({ energyClass: value })} />
        {field('energyIndex', { type: 'number', hint: t('form.energyIndexHint') })}
      </FieldSet>
      <FieldSet legend={t('form.lease')}>
        <SelectField id="contractType" label={labels.contractType ?? ''} required value={form.contractType}
          placeholder={t('form.choose')} options={options(CONTRACT_TYPES, 'contractType')} error={shownErrors.contractType}
          hint={form.contractType === 'AGREED_RENT_3_2' ? t('form.agreedRentHint') : undefined}
          onChange={(value) => update({ contractType: value })} />
        {field('monthlyRent', { type: 'number', hint: t('form.rentHint') })}
        {field('monthlyCharges', { type: 'number' })}
        {field('availableFrom', { type: 'date' })}
      </FieldSet>
      <SubmitButton pending={save.isPending}>{offer ? t('form.save') : t('form.create')}</SubmitButton>
    </form>
  );
}
