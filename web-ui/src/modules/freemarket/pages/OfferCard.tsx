import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../components/format';
import type { OfferView } from '../api';
import { useDecimal } from '../numbers';

/** One offer in a list: where, how big, what it costs, its energy class (listings must show it) and its status. */
export function OfferCard({ offer, to, showPartner = false }: { offer: OfferView; to: string; showPartner?: boolean }) {
  const { t } = useTranslation('freemarket');
  const format = useFormat();
  const decimal = useDecimal();
  const { details } = offer;
  return (
    <li className="border rounded p-3 mb-2">
      <h2 className="h5 mb-1">
        <Link to={to}>{t('offer.title', { rooms: details.rooms, municipality: offer.municipalityName, zone: details.zone })}</Link>
      </h2>
      <p className="mb-1">
        {showPartner && <strong>{offer.organisationName ?? t('offer.ofAgency')} · </strong>}
        {t('offer.area', { area: decimal(details.floorArea) })} · {t('offer.rent', { rent: format.money(details.monthlyRent) })} ·{' '}
        {t(`contractType.${details.contractType}`)} · {t('offer.energy', { energyClass: details.energyClass, index: decimal(details.energyIndex) })}
      </p>
      <p className="mb-0">
        <span className={`badge ${offer.status === 'PUBLISHED' ? 'bg-success' : 'bg-secondary'}`}>{t(`status.${offer.status}`)}</span>
      </p>
    </li>
  );
}
