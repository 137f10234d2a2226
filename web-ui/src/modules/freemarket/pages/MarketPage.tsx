import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SelectField } from '../../../components/fields';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import type { Me } from '../../../api/me';
import { useMarket, type MarketQuery, type OfferStatus } from '../api';
import { OFFER_STATUSES } from '../options';
import { OfferCard } from './OfferCard';
import { Pager } from './Pager';

/** The agency's view of the market: every partner's offers and its own (no other's drafts), with filters. */
export function MarketPage({ me }: { me: Me }) {
  const { t } = useTranslation('freemarket');
  useDocumentTitle(t('market.title'));
  const [status, setStatus] = useState<OfferStatus | ''>('PUBLISHED');
  const [municipality, setMunicipality] = useState('');
  const [page, setPage] = useState(0);
  const query: MarketQuery = { ...(status ? { status } : {}), ...(municipality ? { municipality } : {}), page, size: 20 };
  const list = useMarket(query);
  const items = list.data?.items ?? [];

  return (
    <>
      <h1 tabIndex={-1}>{t('market.title')}</h1>
      <p className="lead">{t('market.lead')}</p>
      <form className="d-flex flex-wrap gap-3 align-items-end mb-3" aria-label={t('market.filters')}
        onSubmit={(event) => event.preventDefault()}>
        <SelectField id="market-status" className="mb-0" label={t('market.status')} value={status}
          placeholder={t('market.anyStatus')}
          options={OFFER_STATUSES.filter((value) => value !== 'DRAFT').map((value) => ({ value, label: t(`status.${value}`) }))}
          onChange={(value) => {
            setStatus(value as OfferStatus | '');
            setPage(0);
          }} />
        <SelectField id="market-municipality" className="mb-0" label={t('field.municipality')} value={municipality}
          placeholder={t('market.anyMunicipality')}
          options={me.tenants.map((tenant) => ({ value: tenant.id, label: tenant.name }))}
          onChange={(value) => {
            setMunicipality(value);
            setPage(0);
          }} />
      </form>
      {list.isPending && <Loading label={t('list.loading')} />}
      {list.isError && <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && items.length === 0 && <p>{t('market.empty')}</p>}
      {list.isSuccess && items.length > 0 && (
        <ul className="list-unstyled" aria-label={t('market.caption')}>
          {items.map((offer) => (
            <OfferCard key={offer.id} offer={offer} showPartner
              to={offer.organisation ? `/freemarket/market/${offer.id}` : `/freemarket/offers/${offer.id}`} />
          ))}
        </ul>
      )}
      {list.isSuccess && <Pager page={page} size={list.data.size} total={list.data.total} onPage={setPage} />}
    </>
  );
}
