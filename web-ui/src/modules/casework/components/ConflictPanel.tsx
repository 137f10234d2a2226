import { Button } from 'design-react-kit';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A stale edit (409 version.stale): someone saved this while the user was editing it. Both versions are shown side
 * by side, and nothing is lost whichever the user picks: keeping theirs discards only the user's unsaved form (after
 * they saw it), applying again sends the user's form on top of theirs (with their version number).
 */
export function ConflictPanel({
  theirs,
  yours,
  onKeepTheirs,
  onApplyYours,
  applying,
}: {
  theirs: ReactNode;
  yours: ReactNode;
  onKeepTheirs: () => void;
  onApplyYours: () => void;
  applying: boolean;
}) {
  const { t } = useTranslation('casework');
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} tabIndex={-1} className="casa-conflict alert alert-warning" aria-labelledby="conflict-title" role="alert">
      <h3 id="conflict-title" className="h5 alert-heading">
        {t('conflict.title')}
      </h3>
      <p>{t('conflict.text')}</p>
      <div className="row g-3">
        <div className="col-12 col-md-6">
          <div className="casa-version border rounded p-3 bg-white h-100">
            <h4 className="h6">{t('conflict.theirs')}</h4>
            {theirs}
          </div>
        </div>
        <div className="col-12 col-md-6">
          <div className="casa-version border rounded p-3 bg-white h-100">
            <h4 className="h6">{t('conflict.yours')}</h4>
            {yours}
          </div>
        </div>
      </div>
      <div className="d-flex flex-wrap gap-2 mt-3">
        <Button color="primary" outline onClick={onKeepTheirs} disabled={applying}>
          {t('conflict.keepTheirs')}
        </Button>
        <Button color="primary" onClick={onApplyYours} disabled={applying}>
          {t('conflict.applyYours')}
        </Button>
      </div>
    </section>
  );
}
