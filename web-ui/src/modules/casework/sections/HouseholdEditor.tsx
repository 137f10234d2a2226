import { Button } from 'design-react-kit';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../../api/client';
import { RELATIONSHIPS, SEXES } from '../../../api/options';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useCaseMutation, type HouseholdView } from '../api';
import { ConflictPanel } from '../components/ConflictPanel';
import { ErrorSummary, FieldSet, fieldId, ProgressBar, SubmitButton, TextField, type FieldErrors } from '../../../components/fields';
import { MemberFields } from '../components/MemberFields';
import { useReportDirty } from '../components/UnsavedChanges';
import { today } from '../../../components/format';
import { mergeFields } from '../merge';
import { INCOME_BANDS } from '../options';
import { fieldErrorsOf, isStaleEdit, ruleMessage } from '../problems';
import { emptyMember, LIMITS, toHouseholdBody, validateHousehold, withContactFields, type HouseholdForm, type MemberForm } from '../requestForm';

/** The household as its form holds it: the first phone, e-mail and residence address are editable. */
export function householdFormOf(household: HouseholdView): HouseholdForm {
  const contact = (kind: 'PHONE' | 'EMAIL') => household.contacts.find((c) => c.kind === kind)?.value ?? '';
  const residence = household.addresses.find((address) => address.kind === 'RESIDENCE');
  return {
    members: household.members.map(
      (member, index): MemberForm => ({
        key: `member-${index}`,
        givenName: member.givenName,
        familyName: member.familyName,
        relationship: member.relationship,
        birthDate: member.birthDate,
        sex: member.sex,
        fiscalCode: member.fiscalCode ?? '',
        citizenship: member.citizenship ?? '',
        residencePermitExpiry: member.residencePermitExpiry ?? '',
        incomeBand: member.incomeBand ?? '',
        disabled: member.disabled,
      }),
    ),
    phone: contact('PHONE'),
    email: contact('EMAIL'),
    street: residence?.street ?? '',
    postalCode: residence?.postalCode ?? '',
    town: residence?.town ?? '',
  };
}

const comparable = (form: HouseholdForm) =>
  JSON.stringify({ ...form, members: form.members.map(({ key: _, ...member }) => member) });

/**
 * Replaces a household's members and contacts (PUT with the version read). Contacts and addresses the form does not
 * show (a second phone, a domicile) are sent back as they were.
 */
export function HouseholdEditor({
  household,
  municipality,
  caseId,
  onDone,
}: {
  household: HouseholdView;
  municipality: string;
  caseId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('casework');
  const [base, setBase] = useState(() => householdFormOf(household));
  const [form, setForm] = useState(base);
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState(false);
  useReportDirty('household', comparable(form) !== comparable(base));

  const save = useCaseMutation(municipality, caseId, (api, values: { version: number; form: HouseholdForm }) => {
    const body = toHouseholdBody(values.form);
    const phone = household.contacts.find((c) => c.kind === 'PHONE');
    const email = household.contacts.find((c) => c.kind === 'EMAIL');
    const residence = household.addresses.find((a) => a.kind === 'RESIDENCE');
    return unwrap(
      api.PUT('/api/casework/households/{householdId}', {
        params: { path: { householdId: household.id } },
        body: {
          version: values.version,
          members: body.members,
          contacts: [...(body.contacts ?? []), ...household.contacts.filter((c) => c !== phone && c !== email)],
          addresses: [...(body.addresses ?? []), ...household.addresses.filter((a) => a !== residence)],
        },
      }),
    );
  });

  const clientErrors = useMemo(() => validateHousehold(form, today(), ''), [form]);
  const collected: FieldErrors = { ...serverErrors };
  if (attempt > 0) for (const [field, code] of Object.entries(clientErrors)) collected[field] = ruleMessage(t, code);
  // The phone's and the e-mail's problems on their fields (ids "household-phone" and "household-email").
  const errors = withContactFields(collected, form, '', 'household.');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (Object.keys(clientErrors).length > 0) return;
    setServerErrors({});
    save.mutate(
      { version: household.version, form },
      {
        onSuccess: () => onDone(),
        onError: (error) => {
          if (isStaleEdit(error)) setConflict(true);
          else setServerErrors(fieldErrorsOf(error, t));
        },
      },
    );
  };

  const theirs = householdFormOf(household);
  const update = (change: Partial<HouseholdForm>) => setForm((current) => ({ ...current, ...change }));
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: String(t(`${prefix}.${value}`)) }));

  return (
    <form noValidate onSubmit={submit} className="border rounded p-3 mb-3" aria-labelledby="household-form-title">
      <h3 id="household-form-title" className="h4">
        {t('case.household.editTitle')}
      </h3>
      {conflict && (
        <ConflictPanel
          theirs={<HouseholdSummary form={theirs} />}
          yours={<HouseholdSummary form={form} />}
          applying={save.isPending}
          onKeepTheirs={() => {
            setBase(theirs);
            setForm(theirs);
            setConflict(false);
          }}
          onApplyYours={() => {
            setForm(mergeFields(base, theirs, form));
            setBase(theirs);
            setConflict(false);
          }}
        />
      )}
      <ErrorSummary errors={attempt > 0 ? errors : {}} labels={{}} attempt={attempt} />
      {save.isError && !isStaleEdit(save.error) && Object.keys(serverErrors).length === 0 && (
        <ProblemAlert error={save.error} headingLevel={3} />
      )}
      {errors.members && (
        <div id="members" tabIndex={-1} className="alert alert-danger py-2">
          {errors.members}
        </div>
      )}
      {form.members.map((member, index) => (
        <MemberFields
          key={member.key}
          prefix="members"
          index={index}
          member={member}
          errors={errors}
          onChange={(change) =>
            update({ members: form.members.map((m, i) => (i === index ? { ...m, ...change } : m)) })
          }
          onRemove={form.members.length > 1 ? () => update({ members: form.members.filter((_, i) => i !== index) }) : undefined}
          relationshipOptions={options(RELATIONSHIPS, 'relationship')}
          sexOptions={options(SEXES, 'sex')}
          incomeOptions={options(INCOME_BANDS, 'incomeBand')}
        />
      ))}
      {form.members.length < LIMITS.members && (
        <Button color="primary" outline size="sm" type="button" className="mb-3"
          onClick={() => update({ members: [...form.members, emptyMember()] })}>
          {t('request.addMember')}
        </Button>
      )}
      <FieldSet legend={t('request.contacts')}>
        <div className="row">
          <TextField className="col-12 col-md-6 mb-3" id="household-phone" label={t('request.phone')} type="tel"
            value={form.phone} maxLength={LIMITS.contact} error={errors['household.phone']} onChange={(phone) => update({ phone })} />
          <TextField className="col-12 col-md-6 mb-3" id="household-email" label={t('request.email')} type="email"
            value={form.email} maxLength={LIMITS.contact} error={errors['household.email']} onChange={(email) => update({ email })} />
          <TextField className="col-12 col-md-6 mb-3" id={fieldId('addresses[0].street')} label={t('request.street')}
            value={form.street} error={errors['addresses[0].street']} onChange={(street) => update({ street })} />
          <TextField className="col-6 col-md-2 mb-3" id={fieldId('addresses[0].postalCode')} label={t('request.postalCode')}
            value={form.postalCode} error={errors['addresses[0].postalCode']} maxLength={5}
            onChange={(postalCode) => update({ postalCode })} />
          <TextField className="col-6 col-md-4 mb-3" id={fieldId('addresses[0].town')} label={t('request.town')}
            value={form.town} error={errors['addresses[0].town']} onChange={(town) => update({ town })} />
        </div>
      </FieldSet>
      {save.isPending && <ProgressBar label={t('form.saving')} />}
      <div className="d-flex flex-wrap gap-2">
        <SubmitButton pending={save.isPending}>{t('case.household.save')}</SubmitButton>
        <Button color="primary" outline type="button" onClick={onDone}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}

function HouseholdSummary({ form }: { form: HouseholdForm }) {
  const { t } = useTranslation('casework');
  return (
    <ul className="small mb-0">
      {form.members.map((member) => (
        <li key={member.key}>
          {member.givenName} {member.familyName}
          {member.relationship && ` (${t(`relationship.${member.relationship}`)})`}
          {member.birthDate && `, ${member.birthDate}`}
          {member.fiscalCode && `, ${member.fiscalCode}`}
        </li>
      ))}
      {form.phone && <li>{t('request.phone')}: {form.phone}</li>}
      {form.email && <li>{t('request.email')}: {form.email}</li>}
      {form.street && <li>{t('request.street')}: {form.street}, {form.postalCode} {form.town}</li>}
    </ul>
  );
}
