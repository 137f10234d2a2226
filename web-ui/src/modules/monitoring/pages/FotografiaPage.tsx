import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useFotografia, type Fotografia } from '../api';
import { reportQuery } from '../filters';

type Section = Fotografia['sections'][number];
type Table = Section['tables'][number];

/** A query string of the given parameters, repeated ones (grade) once per value; absent ones left out. */
function queryString(values: Record<string, string | number | number[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(one));
  }
  return params.toString();
}

/**
 * The "Fotografia" to print, in the press kit's layout: each module's part in the server's order (the agency's
 * activity in the period: interviews, requests by municipality, housing situations, household compositions; then the
 * social emergency service's; then any later module's), then the notes. The server lays it out (the same texts and counts as the PDF, small counts already hidden for the public
 * version); this page arranges it for the screen and for paper, where the application's header and the buttons
 * are left out.
 */
export function FotografiaPage() {
  const { t, i18n } = useTranslation('monitoring');
  const [params] = useSearchParams();
  const query = useMemo(() => reportQuery(params, i18n.language), [params, i18n.language]);
  const report = useFotografia(query);
  useDocumentTitle(report.data?.title ?? t('fotografia.title'));
  const publicVersion = query.audience === 'public';
  // The same filters without audience and language: for the other version of this page and for the dashboard.
  const filters = { ...query, audience: undefined, lang: undefined };

  return (
    <>
      <nav aria-label={t('fotografia.actions')} className="d-print-none d-flex flex-wrap gap-2 mb-4">
        <button type="button" className="btn btn-primary btn-sm" onClick={() => window.print()}
          disabled={!report.isSuccess}>
          {t('fotografia.print')}
        </button>
        <a className="btn btn-outline-primary btn-sm" href={`/api/monitoring/fotografia.pdf?${queryString(query)}`} download>
          {t('fotografia.pdf')}
        </a>
        <Link className="btn btn-outline-secondary btn-sm"
          to={`/monitoring/fotografia?${queryString({ ...filters, audience: publicVersion ? undefined : 'public' })}`}>
          {publicVersion ? t('fotografia.showInternal') : t('fotografia.showPublic')}
        </Link>
        <Link className="btn btn-link btn-sm" to={`/monitoring?${queryString({ preset: 'custom', ...filters })}`}>
          {t('fotografia.back')}
        </Link>
      </nav>
      {report.isPending && (
        <>
          <h1 tabIndex={-1}>{t('fotografia.title')}</h1>
          <Loading label={t('dashboard.loading')} />
        </>
      )}
      {report.isError && (
        <>
          <h1 tabIndex={-1}>{t('fotografia.title')}</h1>
          <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />
        </>
      )}
      {report.isSuccess && <Report report={report.data} />}
    </>
  );
}

function Report({ report }: { report: Fotografia }) {
  return (
    <article className="casa-fotografia">
      <header className="border-bottom border-primary border-2 pb-2 mb-3">
        <p className="fw-semibold small mb-0">{report.agency}</p>
        <p className="small mb-0">{report.agencySubtitle}</p>
      </header>
      <p className="mb-1">{report.activity}</p>
      <h1 tabIndex={-1} className="text-primary">
        {report.title}
      </h1>
      <p className="mb-0">{report.scope}</p>
      {report.gradeLine && <p className="mb-0">{report.gradeLine}</p>}
      <p className="small fst-italic">{report.audienceLine}</p>

      {report.sections.map((section, index) => (
        // Each module's part of the report, in the server's order (docs/adr/0016).
        <FotografiaSection key={section.title ?? `section-${index}`} section={section} totalLabel={report.totalLabel} />
      ))}

      <section aria-labelledby="fotografia-notes" className="mt-4">
        <h2 id="fotografia-notes" className="h5">
          {report.notesTitle}
        </h2>
        <ol className="small">
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function FotografiaSection({ section, totalLabel }: { section: Section; totalLabel: string }) {
  const headline = section.headline?.rows[0];
  return (
    <>
      {section.title && <h2 className="text-primary mt-5 casa-fotografia-break">{section.title}</h2>}
      {section.headline && headline && (
        <p className="h4 my-4">
          {section.headline.title}: <span className="text-primary">{headline.count}</span>
        </p>
      )}
      {section.tables.map((table) => (
        <FotografiaTable key={table.id} table={table} totalLabel={totalLabel} />
      ))}
    </>
  );
}

function FotografiaTable({ table, totalLabel }: { table: Table; totalLabel: string }) {
  const id = `fotografia-${table.id}`;
  return (
    <section aria-labelledby={id} className="mb-4 casa-fotografia-table">
      <h2 id={id} className="h4">
        {table.title}
        {table.total !== null && table.total !== undefined && <>: {table.total}</>}
      </h2>
      <table className="table table-sm">
        <thead className="table-light">
          <tr>
            <th scope="col">{table.labelHeading || <span className="visually-hidden">{table.title}</span>}</th>
            <th scope="col" className="text-end">
              {table.countHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" className="fw-normal">
                {row.label}
              </th>
              <td className="text-end">{row.count}</td>
            </tr>
          ))}
        </tbody>
        {table.total !== null && table.total !== undefined && (
          <tfoot>
            <tr>
              <th scope="row">{totalLabel}</th>
              <td className="text-end fw-bold">{table.total}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </section>
  );
}
