import { Button } from 'design-react-kit';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useEmergency, type EmergencyView } from '../api';
import { isStaleEdit } from '../problems';

/** What every section of the emergency page is given; `open` says whether the user may still change it. */
export interface SectionProps {
  view: EmergencyView;
  municipality: string;
  open: boolean;
}

/** A section of the emergency page, reachable from the page's section links by its id. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mb-5">
      <h2 id={`${id}-title`} className="h3">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A failed save: a stale version asks to reload (nothing was saved), anything else is shown as it is. */
export function SaveProblem({ error, onReload }: { error: ApiError | null; onReload: () => void }) {
  const { t } = useTranslation('emergency');
  if (!error) return null;
  if (isStaleEdit(error)) {
    return (
      <div className="alert alert-warning" role="alert">
        <p>{t('conflict.text')}</p>
        <Button color="primary" outline size="sm" onClick={onReload}>
          {t('conflict.reload')}
        </Button>
      </div>
    );
  }
  if (isApiError(error) && error.status === 400) return null;
  return <ProblemAlert error={error} />;
}

/** Reloads the emergency, after a stale save. */
export function useReload(municipality: string, id: string) {
  const emergency = useEmergency(municipality, id);
  return () => void emergency.refetch();
}

/** The choices of a select or radio group, labelled by the translations under `prefix`. */
export function optionsOf(t: TFunction<'emergency'>, values: readonly string[], prefix: string) {
  return values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
}
