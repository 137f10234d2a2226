import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Me } from '../../../api/me';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SubmitButton } from '../../../components/fields';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useMoveOffer, useOffer, type OfferView } from '../api';
import { OfferFacts } from './OfferFacts';

/**
 * One offer: its listing and its status. Its author may change it while it is a draft or published, and move it along
 * (publish, reserve, let, withdraw, reopen) as the server allows; the agency reads other partners' offers only.
 */
export function OfferPage({ me, market = false }: { me: Me; market?: boolean }) {
  const { t } = useTranslation('freemarket');
  const { offerId } = useParams();
  const offer = useOffer(offerId, market);
  useDocumentTitle(offer.data ? title(offer.data, t) : t('offer.loading'));
  if (offer.isPending) return <Loading label={t('offer.loading')} />;
  if (offer.isError) return <ProblemAlert error={offer.error} headingLevel={1} onRetry={() => void offer.refetch()} />;
  return <OfferContent me={me} offer={offer.data} readOnly={market} />;
}

function title(offer: OfferView, t: TFunction): string {
  return String(t('offer.title', { rooms: offer.details.rooms, municipality: offer.municipalityName, zone: offer.details.zone }));
}

function OfferContent({ me, offer, readOnly }: { me: Me; offer: OfferView; readOnly: boolean }) {
  const { t } = useTranslation('freemarket');
  const move = useMoveOffer(offer.id);
  const editable = !readOnly && (offer.status === 'DRAFT' || offer.status === 'PUBLISHED');
  return (
    <>
      <h1 tabIndex={-1}>{title(offer, t)}</h1>
      <p className="lead">
        <span className={`badge ${offer.status === 'PUBLISHED' ? 'bg-success' : 'bg-secondary'} me-2`}>
          {t(`status.${offer.status}`)}
        </span>
        {readOnly && (offer.organisationName ?? t('offer.ofAgency'))}
        {!readOnly && me.organisation && t('offer.byYou')}
      </p>
      <OfferFacts details={offer.details} />
      {offer.bandRuleVersion != null && <p className="mt-2">{t('offer.bandChecked', { version: offer.bandRuleVersion })}</p>}
      {move.isError && <ProblemAlert error={move.error} />}
      {!readOnly && (
        <div className="d-flex flex-wrap gap-2 mt-3" role="group" aria-label={t('offer.actions')}>
          {editable && (
            <Link to={`/freemarket/offers/${offer.id}/edit`} className="btn btn-outline-primary">
              {t('offer.edit')}
            </Link>
          )}
          {offer.nextStatuses.map((status) => (
            <SubmitButton key={status} type="button" color={status === 'WITHDRAWN' ? 'danger' : 'primary'}
              pending={move.isPending && move.variables?.status === status}
              onClick={() => move.mutate({ version: offer.version, status })}>
              {t(`action.${status}`)}
            </SubmitButton>
          ))}
        </div>
      )}
    </>
  );
}
