import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../../api/client';
import { RELATIONSHIPS, SEXES } from '../../../api/options';
import { useFormat } from '../../../components/format';
import { useEmergencyMutation, type EmergencyView, type PersonRequest } from '../api';
import { Checkbox, ErrorSummary, SelectField, Stepper, SubmitButton, TextField } from '../components/fields';
import { MAX_PEOPLE } from '../options';
import { fieldErrorsOf } from '../problems';
import { optionsOf, SaveProblem, Section, useReload, type SectionProps } from './Section';

interface PersonForm {
  key: string;
  givenName: string;
  familyName: string;
  fiscalCode: string;
  birthDate: string;
  sex: string;
  role: string;
}
/** The people involved: how many, and each one named as far as known (case work needs them all for a hand-over). */
export function PeopleSection({ view, municipality, open }: SectionProps) {
  const { t } = useTranslation('emergency');
  const reload = useReload(municipality, view.id);
  const [count, setCount] = useState(view.people.count);
  const [minors, setMinors] = useState(view.people.minors);
  const [fragile, setFragile] = useState(view.people.fragileMembers);
  const [phone, setPhone] = useState(view.people.contactPhone ?? '');
  const [persons, setPersons] = useState<PersonForm[]>(() =>
    view.people.persons.map((person, index) => ({
      key: `p${index}`,
      givenName: person.givenName ?? '',
      familyName: person.familyName ?? '',
      fiscalCode: person.fiscalCode ?? '',
      birthDate: person.birthDate ?? '',
      sex: person.sex ?? '',
      role: person.role ?? '',
    })),
  );
  const save = useEmergencyMutation(municipality, view.id, (api, _: void) =>
    unwrap(
      api.PUT('/api/emergency/emergencies/{emergencyId}/people', {
        params: { path: { emergencyId: view.id } },
        body: {
          version: view.version,
          count,
          minors,
          fragileMembers: fragile,
          ...(phone.trim() ? { contactPhone: phone.trim() } : {}),
          persons: persons.map((person): PersonRequest => ({
            ...(person.givenName.trim() ? { givenName: person.givenName.trim() } : {}),
            ...(person.familyName.trim() ? { familyName: person.familyName.trim() } : {}),
            ...(person.fiscalCode.trim() ? { fiscalCode: person.fiscalCode.trim() } : {}),
            ...(person.birthDate ? { birthDate: person.birthDate } : {}),
            ...(person.sex ? { sex: person.sex as PersonRequest['sex'] } : {}),
            ...(person.role ? { role: person.role as PersonRequest['role'] } : {}),
          })),
        },
      }),
    ),
  );
  // The server names fields from the body's root (persons[0].fiscalCode); the ids here start with people-.
  const errors = Object.fromEntries(Object.entries(fieldErrorsOf(save.error, t)).map(([field, message]) => [`people.${field}`, message]));
  const update = (index: number, change: Partial<PersonForm>) =>
    setPersons(persons.map((person, i) => (i === index ? { ...person, ...change } : person)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const options = (values: readonly string[], prefix: string) => optionsOf(t, values, prefix);

  if (!open) {
    return (
      <Section id="people" title={t('people.title')}>
        <PeopleList view={view} />
      </Section>
    );
  }
  return (
    <Section id="people" title={t('people.title')}>
      <p>{t('people.lead')}</p>
      <form noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} labels={{}} />
        <div className="d-flex flex-wrap gap-4">
          <Stepper id="people-count" label={t('intake.people')} required value={count} min={1} max={MAX_PEOPLE} error={errors['people.count']}
            lessLabel={t('intake.fewerPeople')} moreLabel={t('intake.morePeople')} onChange={setCount} />
          <Stepper id="people-minors" label={t('intake.minors')} value={minors} min={0} max={MAX_PEOPLE} error={errors['people.minors']}
            lessLabel={t('intake.fewerMinors')} moreLabel={t('intake.moreMinors')} onChange={setMinors} />
        </div>
        <Checkbox id="people-fragile" label={t('intake.fragile')} checked={fragile} onChange={setFragile} />
        <TextField id="people-contactPhone" type="tel" inputMode="tel" label={t('people.phone')} value={phone}
          error={errors['people.contactPhone']} onChange={setPhone} />
        {errors['people.persons'] && <div className="alert alert-danger py-2">{errors['people.persons']}</div>}
        {persons.map((person, index) => {
          const id = (field: string) => `people-persons-${index}-${field}`;
          const error = (field: string) => errors[`people.persons[${index}].${field}`];
          return (
            <fieldset key={person.key} className="border rounded p-3 mb-3">
              <legend className="h6 float-none w-auto px-1">{t('people.person', { n: index + 1 })}</legend>
              <div className="row">
                <TextField className="col-12 col-md-6 mb-3" id={id('givenName')} label={t('person.givenName')} value={person.givenName}
                  maxLength={100} autoComplete="off" error={error('givenName')} onChange={(givenName) => update(index, { givenName })} />
                <TextField className="col-12 col-md-6 mb-3" id={id('familyName')} label={t('person.familyName')} value={person.familyName}
                  maxLength={100} error={error('familyName')} onChange={(familyName) => update(index, { familyName })} />
                <SelectField className="col-12 col-md-6 mb-3" id={id('role')} label={t('person.role')} value={person.role}
                  placeholder={t('form.notKnown')} options={options(RELATIONSHIPS, 'role')} onChange={(role) => update(index, { role })} />
                <TextField className="col-12 col-md-6 mb-3" id={id('birthDate')} type="date" label={t('person.birthDate')}
                  value={person.birthDate} error={error('birthDate')} onChange={(birthDate) => update(index, { birthDate })} />
                <SelectField className="col-12 col-md-6 mb-3" id={id('sex')} label={t('person.sex')} value={person.sex}
                  placeholder={t('form.notKnown')} options={options(SEXES, 'sex')} onChange={(sex) => update(index, { sex })} />
                <TextField className="col-12 col-md-6 mb-3" id={id('fiscalCode')} label={t('person.fiscalCode')} value={person.fiscalCode}
                  maxLength={20} error={error('fiscalCode')} onChange={(fiscalCode) => update(index, { fiscalCode })} />
              </div>
              <Button color="danger" outline size="sm" type="button" onClick={() => setPersons(persons.filter((_, i) => i !== index))}>
                {t('people.remove', { n: index + 1 })}
              </Button>
            </fieldset>
          );
        })}
        {persons.length < count && (
          <p>
            <Button color="primary" outline type="button" style={{ minHeight: '3rem' }}
              onClick={() => setPersons([...persons, { key: `n${Date.now()}`, givenName: '', familyName: '', fiscalCode: '', birthDate: '', sex: '', role: persons.length === 0 ? 'REFERENCE_PERSON' : '' }])}>
              {t('people.add')}
            </Button>
          </p>
        )}
        <SaveProblem error={save.error} onReload={reload} />
        <SubmitButton pending={save.isPending}>{t('people.submit')}</SubmitButton>
      </form>
    </Section>
  );
}

function PeopleList({ view }: { view: EmergencyView }) {
  const { t } = useTranslation('emergency');
  const format = useFormat();
  if (view.people.persons.length === 0) return <p>{t('people.noneNamed')}</p>;
  return (
    <ul>
      {view.people.persons.map((person, index) => (
        <li key={index}>
          {[person.givenName, person.familyName].filter(Boolean).join(' ') || t('people.person', { n: index + 1 })}
          {person.role && ` – ${t(`role.${person.role}`)}`}
          {person.birthDate && `, ${format.date(person.birthDate)}`}
        </li>
      ))}
    </ul>
  );
}