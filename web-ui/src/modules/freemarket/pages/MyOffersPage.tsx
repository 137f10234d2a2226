import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../../api/me';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useMyOffers } from '../api';
import { OfferCard } from './OfferCard';
import { Pager } from './Pager';

/** A partner's own offers (or, for the agency's operators, the agency's own), the most recently changed first. */
export function MyOffersPage({ me }: { me: Me }) {
  const { t } = useTranslation('freemarket');
  const title = me.organisation ? t('mine.title', { name: me.organisation.name }) : t('mine.agencyTitle');
  useDocumentTitle(title);
  const [page, setPage] = useState(0);
  const list = useMyOffers(page);
  const items = list.data?.items ?? [];

  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p>
        <Link to="/freemarket/offers/new" className="btn btn-primary">
          {t('menu.newOffer')}
        </Link>
      </p>
      {list.isPending && <Loading label={t('list.loading')} />}
      {list.isError && <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && items.length === 0 && <p>{t('mine.empty')}</p>}
      {list.isSuccess && items.length > 0 && (
        <ul className="list-unstyled" aria-label={t('mine.caption')}>
          {items.map((offer) => (
            <OfferCard key={offer.id} offer={offer} to={`/freemarket/offers/${offer.id}`} />
          ))}
        </ul>
      )}
      {list.isSuccess && <Pager page={page} size={list.data.size} total={list.data.total} onPage={setPage} />}
    </>
  );
}
