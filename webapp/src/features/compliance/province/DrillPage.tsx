import { ErrorPanel, Loading } from '../../../app/ErrorPanel';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useProvinceText } from '../../../i18n/province';
import { getDrill } from './api';
import { COLUMNS, formatValue, INDICATORS, type ColumnKind, type TenantIndicators } from './logic';
import { BandBadge, DisclaimerNote, periodFromUrl, periodQuery, Score } from './parts';

/** The monthly columns: the counts and the shares that change month by month. */
const MONTH_COLUMNS: { key: keyof TenantIndicators; kind: ColumnKind }[] = COLUMNS.filter((c) =>
  [
    'requests',
    'noticedWithinNoticePct',
    'medianWorkingDaysToNotice',
    'objectionsPer100Requests',
    'disputes',
    'complaints',
    'complaintsVerifiedOnTimePct',
    'followUpOnTimePct',
    'complaintsClosedPct',
    'ratingMean',
  ].includes(c.key),
);

/** `/provinsi/kabupaten/{slug}`: one tenant's aggregates for the period and per month; never a case or a person. */
export function DrillPage({ slug }: { slug: string }) {
  const m = useProvinceText();
  const period = periodFromUrl();
  const { state, reload } = useAsync((signal) => getDrill(slug, period, signal), `${slug}|${period.from}|${period.to}`);
  const name = state.status === 'ok' ? state.data.tenant.name : slug;
  useDocumentTitle(m.drill.heading(name));
  const f = { locale: m.locale, ...m.formats };
  return (
    <>
      <p>
        <Link href={`/provinsi${periodQuery(period)}`}>{m.drill.back}</Link>
      </p>
      <h1>{m.drill.heading(name)}</h1>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' && (
        <>
          <DisclaimerNote text={state.data.disclaimer} />
          <p className="muted">{m.table.period(state.data.from, state.data.to)}</p>
          <dl className="facts">
            <div className="facts__row">
              <dt>{m.table.score}</dt>
              <dd>
                <strong>
                  <Score value={state.data.tenant.score} />
                </strong>
              </dd>
            </div>
            <div className="facts__row">
              <dt>{m.table.band}</dt>
              <dd>
                <BandBadge band={state.data.tenant.band} />
              </dd>
            </div>
          </dl>
          <h2>{m.drill.summary}</h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{m.drill.indicator}</th>
                  <th scope="col" className="num">
                    {m.drill.value}
                  </th>
                </tr>
              </thead>
              <tbody>
                {COLUMNS.map((c) => (
                  <tr key={c.key}>
                    <th scope="row">{m.columns[c.key]}</th>
                    <td className="num">{formatValue(state.data.tenant.indicators[c.key], c.kind, f)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{m.drill.scoreOf}</h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{m.drill.indicator}</th>
                  <th scope="col" className="num">
                    {m.drill.value}
                  </th>
                  <th scope="col" className="num">
                    {m.drill.weight}
                  </th>
                </tr>
              </thead>
              <tbody>
                {INDICATORS.map((key) => (
                  <tr key={key}>
                    <th scope="row">{m.indicators[key]}</th>
                    <td className="num">{formatValue(state.data.tenant.scores[key] ?? null, 'pct', f).replace('%', '')}</td>
                    <td className="num">{(state.data.weights[key] ?? 0).toLocaleString(m.locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{m.drill.months}</h2>
          {Object.keys(state.data.months).length === 0 ? (
            <p>{m.drill.noMonths}</p>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="months-caption">
              <table className="table table--compact">
                <caption id="months-caption">{m.drill.monthsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.drill.month}</th>
                    {MONTH_COLUMNS.map((c) => (
                      <th key={c.key} scope="col" className="num">
                        {m.columns[c.key]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(state.data.months)
                    .sort(([a], [b]) => a.localeCompare(b))
                    .map(([month, values]) => (
                      <tr key={month}>
                        <th scope="row">{month}</th>
                        {MONTH_COLUMNS.map((c) => (
                          <td key={c.key} className="num">
                            {formatValue(values[c.key], c.kind, f)}
                          </td>
                        ))}
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted">{m.noneNote}</p>
        </>
      )}
    </>
  );
}
