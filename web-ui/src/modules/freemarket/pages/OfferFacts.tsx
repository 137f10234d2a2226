import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../components/format';
import type { OfferDetails } from '../api';
import { useDecimal } from '../numbers';

/** An offer's details as a list of facts: the listing, and each side of a conflict. */
export function OfferFacts({ details }: { details: OfferDetails }) {
  const { t } = useTranslation('freemarket');
  const format = useFormat();
  const decimal = useDecimal();
  const facts: [string, string][] = [
    [t('field.zone'), details.zone],
    [t('field.floorArea'), t('offer.area', { area: decimal(details.floorArea) })],
    [t('field.rooms'), String(details.rooms)],
    [t('field.floor'), String(details.floor)],
    [t('field.lift'), details.lift ? t('yes') : t('no')],
    [t('field.stepFreeAccess'), details.stepFreeAccess ? t('yes') : t('no')],
    [t('field.heating'), t(`heating.${details.heating}`)],
    [t('field.energyClass'), details.energyClass],
    [t('field.energyIndex'), t('offer.energyIndex', { index: decimal(details.energyIndex) })],
    [t('field.contractType'), t(`contractType.${details.contractType}`)],
    [t('field.monthlyRent'), format.money(details.monthlyRent)],
    [t('field.monthlyCharges'), format.money(details.monthlyCharges)],
    [t('field.availableFrom'), format.date(details.availableFrom)],
  ];
  return (
    <dl className="row mb-0">
      {facts.map(([label, value]) => (
        <div key={label} className="col-12 col-sm-6 d-flex gap-2">
          <dt className="fw-semibold">{label}</dt>
          <dd className="mb-1">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
