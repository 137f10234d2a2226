import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface Row {
  key: string;
  label: string;
  count: number;
}

/** Bootstrap Italia's primary blue, and a darker one for totals over time. */
const COLOURS = { bars: '#0066cc', columns: '#004d99' } as const;

/** The longest line of a category's name beside its bar: longer names wrap, they are never cut. */
const LINE_CHARACTERS = 38;
const LINE_HEIGHT = 16;

/** A category's name in lines of at most {@link LINE_CHARACTERS}, broken between words. */
export function wrapLabel(label: string, max = LINE_CHARACTERS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The axis tick of a category: its whole name, on as many lines as it needs, centred on its bar. */
function CategoryTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const lines = wrapLabel(payload?.value ?? '');
  const first = -((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={x} y={y} textAnchor="end" fontSize={13} fill="#1a1a1a" dominantBaseline="middle">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? first : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A bar chart with its title and its data: the chart is one image for assistive technologies (its label says every
 * value), and the same figures are a real table one click away. Categories run down the side (their names are long),
 * months along the bottom.
 */
export function BarFigure({
  title,
  rows,
  orientation = 'categories',
  note,
}: {
  title: string;
  rows: Row[];
  orientation?: 'categories' | 'months';
  note?: string;
}) {
  const { t } = useTranslation('monitoring');
  const id = useId();
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const summary = `${title}: ${rows.map((row) => `${row.label} ${row.count}`).join('; ')}`;
  const horizontal = orientation === 'categories';
  // Every bar gets the room of the longest name's lines (the chart's bands are equal).
  const band = Math.max(34, Math.max(1, ...rows.map((row) => wrapLabel(row.label).length)) * LINE_HEIGHT + 14);
  const height = horizontal ? Math.max(120, rows.length * band + 40) : 280;

  return (
    <figure className="mb-5" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="h5">
        {title}
        {rows.length > 0 && <span className="fw-normal"> · {t('charts.total')} {total}</span>}
      </figcaption>
      {note && <p className="small text-muted mb-2">{note}</p>}
      {rows.length === 0 || total === 0 ? (
        <p>{t('charts.empty')}</p>
      ) : (
        <div role="img" aria-label={summary} style={{ width: '100%', height }}>
          <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
            {horizontal ? (
              <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 40, top: 4, bottom: 4 }}
                accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={300} tick={<CategoryTick />} interval={0} />
                <Tooltip />
                <Bar dataKey="count" name={t('charts.count')} fill={COLOURS.bars} isAnimationActive={false}>
                  <LabelList dataKey="count" position="right" />
                </Bar>
              </BarChart>
            ) : (
              <BarChart data={rows} margin={{ left: 0, right: 16, top: 16, bottom: 4 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="count" name={t('charts.count')} fill={COLOURS.columns} isAnimationActive={false}>
                  <LabelList dataKey="count" position="top" />
                </Bar>
              </BarChart>
            )}
          </ResponsiveContainer>
        </div>
      )}
      {rows.length > 0 && (
        <details className="mt-2">
          <summary>{t('charts.showTable')}</summary>
          <table className="table table-sm mt-2">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{orientation === 'months' ? t('charts.month') : t('charts.category')}</th>
                <th scope="col" className="text-end">
                  {t('charts.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className="fw-normal">
                    {row.label}
                  </th>
                  <td className="text-end">{row.count}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('charts.total')}</th>
                <td className="text-end fw-bold">{total}</td>
              </tr>
            </tfoot>
          </table>
        </details>
      )}
    </figure>
  );
}
