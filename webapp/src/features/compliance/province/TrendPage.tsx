import { useState } from 'react';
import { ErrorPanel, Loading } from '../../../app/ErrorPanel';
import { SelectField } from '../../../app/fields';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useProvinceText } from '../../../i18n/province';
import { getTrend } from './api';
import { chartGeometry, linePoints, trendYears, type Trend } from './logic';
import { BandBadge, DisclaimerNote, Score } from './parts';

/** Line colours with at least 3:1 contrast on white, told apart by their dash pattern too. */
const COLOURS = ['#1f4e79', '#a4262c', '#2e6b30', '#6b3fa0', '#8a4b08', '#00626f', '#5c5c5c', '#b0306b'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
const BAND_LINES = [90, 80, 60, 40];

/** `/provinsi/tren`: the composite score per calendar year as a small SVG chart, with the same numbers as a table. */
export function TrendPage() {
  const m = useProvinceText();
  useDocumentTitle(m.trend.heading);
  const [years, setYears] = useState('3');
  const { state, reload } = useAsync((signal) => getTrend(Number(years), signal), years);
  return (
    <>
      <h1>{m.trend.heading}</h1>
      {state.status === 'ok' && <DisclaimerNote text={state.data.disclaimer} />}
      <div className="filters">
        <SelectField
          id="years"
          label={m.trend.years}
          value={years}
          onChange={setYears}
          options={[2, 3, 5, 10].map((n) => ({ value: String(n), label: m.trend.yearsOption(n) }))}
        />
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' && (state.data.tenants.length === 0 ? <p>{m.trend.empty}</p> : <TrendView trend={state.data} />)}
    </>
  );
}

function TrendView({ trend }: { trend: Trend }) {
  const m = useProvinceText();
  const { lang } = useI18n();
  const years = trendYears(trend);
  const g = chartGeometry(years);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return (
    <>
      <figure>
        <svg
          className="chart"
          viewBox={`0 0 ${g.width} ${g.height}`}
          role="img"
          aria-labelledby="trend-title trend-desc"
        >
          <title id="trend-title">{m.trend.chartTitle}</title>
          <desc id="trend-desc">{m.trend.chartDesc(trend.tenants.length, first, last)}</desc>
          {[0, 20, 40, 60, 80, 100].map((v) => (
            <text key={`l${v}`} x={g.left - 6} y={g.y(v) + 4} textAnchor="end">
              {v}
            </text>
          ))}
          {BAND_LINES.map((v) => (
            <line key={v} x1={g.left} x2={g.width - g.right} y1={g.y(v)} y2={g.y(v)} stroke="#8a949e" strokeDasharray="2 4" />
          ))}
          <line x1={g.left} x2={g.left} y1={g.y(100)} y2={g.y(0)} stroke="#1a1a1a" />
          <line x1={g.left} x2={g.width - g.right} y1={g.y(0)} y2={g.y(0)} stroke="#1a1a1a" />
          {years.map((y) => (
            <text key={y} x={g.x(y)} y={g.height - 10} textAnchor="middle">
              {y}
            </text>
          ))}
          {trend.tenants.map((t, i) => {
            const colour = COLOURS[i % COLOURS.length]!;
            return (
              <g key={t.slug}>
                <polyline
                  points={linePoints(t.years, g)}
                  fill="none"
                  stroke={colour}
                  strokeWidth={2.5}
                  strokeDasharray={DASHES[Math.floor(i / COLOURS.length) % DASHES.length] || undefined}
                />
                {t.years
                  .filter((p) => p.score !== null)
                  .map((p) => (
                    <circle key={p.year} cx={g.x(p.year)} cy={g.y(p.score as number)} r={4} fill={colour} />
                  ))}
              </g>
            );
          })}
        </svg>
        <figcaption>
          <ul className="legend" aria-hidden="true">
            {trend.tenants.map((t, i) => (
              <li key={t.slug}>
                <span className="legend__swatch" style={{ background: COLOURS[i % COLOURS.length] }} />
                {t.name}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="trend-caption">
        <table className="table table--compact">
          <caption id="trend-caption">{m.trend.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.table.name}</th>
              {years.map((y) => (
                <th key={y} scope="col">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.tenants.map((t) => (
              <tr key={t.slug}>
                <th scope="row">{t.name}</th>
                {years.map((y) => {
                  const p = t.years.find((x) => x.year === y);
                  return (
                    <td key={y}>
                      <Score value={p?.score ?? null} />
                      {p?.band && (
                        <>
                          <br />
                          <BandBadge band={p.band} />
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted" lang={lang}>
        {m.noneNote}
      </p>
    </>
  );
}
