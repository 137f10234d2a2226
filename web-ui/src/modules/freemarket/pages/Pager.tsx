import { useTranslation } from 'react-i18next';

/** Previous and next page of a list the server pages. */
export function Pager({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation('freemarket');
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('list.pages')} className="d-flex gap-2">
      <button type="button" className="btn btn-outline-primary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('list.previous')}
      </button>
      <span className="align-self-center">{t('list.page', { page: page + 1, pages })}</span>
      <button type="button" className="btn btn-outline-primary" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t('list.next')}
      </button>
    </nav>
  );
}
