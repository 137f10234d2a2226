import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { LIMITS, type MemberForm } from '../requestForm';
import { Checkbox, fieldId, SelectField, TextField, type FieldErrors } from './forms';

/** The fields of one household member, named by the server's paths so that its errors land on them. */
export function MemberFields({
  prefix = 'household.members',
  index,
  member,
  errors,
  onChange,
  onRemove,
  relationshipOptions,
  sexOptions,
  incomeOptions,
}: {
  /** The server's path of the member list: household.members in a request, members for a household. */
  prefix?: string;
  index: number;
  member: MemberForm;
  errors: FieldErrors;
  onChange: (change: Partial<MemberForm>) => void;
  onRemove?: () => void;
  relationshipOptions: { value: string; label: string }[];
  sexOptions: { value: string; label: string }[];
  incomeOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation('casework');
  const path = `${prefix}[${index}]`;
  const id = (field: string) => fieldId(`${path}.${field}`);
  const e = (field: string) => errors[`${path}.${field}`];
  return (
    <fieldset className="casa-member border rounded p-3 mb-3">
      <legend className="h6 float-none w-auto px-2 mb-0">{t('request.member', { number: index + 1 })}</legend>
      <div className="row">
        <TextField className="col-12 col-md-6 mb-3" id={id('givenName')} label={t('member.givenName')} required
          value={member.givenName} error={e('givenName')} maxLength={LIMITS.name}
          onChange={(givenName) => onChange({ givenName })} />
        <TextField className="col-12 col-md-6 mb-3" id={id('familyName')} label={t('member.familyName')} required
          value={member.familyName} error={e('familyName')} maxLength={LIMITS.name}
          onChange={(familyName) => onChange({ familyName })} />
        <SelectField className="col-12 col-md-4 mb-3" id={id('relationship')} label={t('member.relationship')} required
          value={member.relationship} error={e('relationship')} placeholder={t('form.choose')} options={relationshipOptions}
          onChange={(relationship) => onChange({ relationship: relationship as MemberForm['relationship'] })} />
        <TextField className="col-12 col-md-4 mb-3" id={id('birthDate')} type="date" label={t('member.birthDate')} required
          value={member.birthDate} error={e('birthDate')} onChange={(birthDate) => onChange({ birthDate })} />
        <SelectField className="col-12 col-md-4 mb-3" id={id('sex')} label={t('member.sex')} required
          value={member.sex} error={e('sex')} placeholder={t('form.choose')} options={sexOptions}
          onChange={(sex) => onChange({ sex: sex as MemberForm['sex'] })} />
        <TextField className="col-12 col-md-6 mb-3" id={id('fiscalCode')} label={t('member.fiscalCode')}
          hint={t('member.fiscalCodeHint')} value={member.fiscalCode} error={e('fiscalCode')} maxLength={20}
          onChange={(fiscalCode) => onChange({ fiscalCode })} />
        <TextField className="col-12 col-md-6 mb-3" id={id('citizenship')} label={t('member.citizenship')}
          value={member.citizenship} error={e('citizenship')} maxLength={LIMITS.citizenship}
          onChange={(citizenship) => onChange({ citizenship })} />
        <TextField className="col-12 col-md-6 mb-3" id={id('residencePermitExpiry')} type="date"
          label={t('member.residencePermitExpiry')} value={member.residencePermitExpiry} error={e('residencePermitExpiry')}
          onChange={(residencePermitExpiry) => onChange({ residencePermitExpiry })} />
        <SelectField className="col-12 col-md-6 mb-3" id={id('incomeBand')} label={t('member.incomeBand')}
          value={member.incomeBand} error={e('incomeBand')} placeholder={t('form.notKnown')} options={incomeOptions}
          onChange={(incomeBand) => onChange({ incomeBand: incomeBand as MemberForm['incomeBand'] })} />
      </div>
      <Checkbox id={id('disabled')} label={t('member.disabled')} checked={member.disabled}
        onChange={(disabled) => onChange({ disabled })} />
      {onRemove && (
        <Button color="danger" outline size="sm" type="button" onClick={onRemove}>
          {t('request.removeMember', { number: index + 1 })}
        </Button>
      )}
    </fieldset>
  );
}
