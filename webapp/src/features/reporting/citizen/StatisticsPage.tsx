import { useEffect, useState, type FormEvent } from 'react';
import { getStatistics, llidHref, statisticsHref, type Period, type StatCount } from '../../../api/statistics';
import { ErrorPanel, Loading } from '../../../app/ErrorPanel';
import { TextField } from '../../../app/fields';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useStatisticsText } from '../../../i18n/statistics';
import { useTenant } from '../../portal/TenantContext';
import type { BarFigures } from './barChart';
import './statistics.css';
import { ChartCanvas } from '../../../app/ChartCanvas';

/**
 * The chart chunk (Chart.js): asked for once when the page opens, so that it travels while the figures are fetched,
 * and shared by every figure. A failed load is forgotten, so that the next page visit tries again.
 */
let charts: Promise<typeof import('./barChart')> | undefined;
function loadCharts() {
  charts ??= import('./barChart').catch((error: unknown) => {
    charts = undefined;
    throw error;
  });
  return charts;
}

/** A figure's chart (the shared lazy chart canvas, app/ChartCanvas), drawn as bars. */
function BarChart({ figures, label, tableId }: { figures: BarFigures; label: string; tableId: string }) {
  return (
    <ChartCanvas
      figures={figures}
      label={label}
      tableId={tableId}
      draw={(canvas, f) => loadCharts().then((chunk) => chunk.drawBarChart(canvas, f))}
    />
  );
}

/** Height of one bar's row and of the axis below them: a bar's label may take three lines. */
const ROW_REM = 3;
const AXIS_REM = 2.5;

/** A labelled row of a figure: its visible label and its count. */
interface Row {
  key: string;
  label: string;
  value: number;
  shown: string;
}

/**
 * A figure: a bar chart (Chart.js, a lazy chunk) with the same figures in a table beside it. The table is there
 * from the start and is what assistive technology reads; the chart is an image that points at it. The chart's place
 * is kept while its chunk loads, so the table does not jump when the chart arrives.
 */
export function BarFigure({ id, caption, rows, itemLabel, valueLabel, none, whole = false }: { id: string; caption: string; rows: Row[]; itemLabel: string; valueLabel: string; none: string; whole?: boolean }) {
  const s = useStatisticsText();
  if (rows.length === 0) {
    return (
      <section aria-labelledby={`${id}-caption`} className="stat-figure">
        <h3 id={`${id}-caption`} className="panel__title">
          {caption}
        </h3>
        <p className="muted">{none}</p>
      </section>
    );
  }
  return (
    <figure className="stat-figure" aria-labelledby={`${id}-caption`} data-testid={`figure-${id}`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <div className="stat-chart" style={{ height: `${rows.length * ROW_REM + AXIS_REM}rem` }} data-testid={`chart-${id}`}>
        <BarChart
          figures={{ labels: rows.map((r) => r.label), values: rows.map((r) => r.value), shown: rows.map((r) => r.shown), whole }}
          label={s.chartLabel(caption)}
          tableId={`${id}-table`}
        />
      </div>
      <div className="table-wrap">
        <table className="table" id={`${id}-table`}>
          <thead>
            <tr>
              <th scope="col">{itemLabel}</th>
              <th scope="col">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.shown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function counted(counts: StatCount[], label: (c: StatCount) => string): Row[] {
  return counts.map((c) => ({ key: c.key, label: label(c), value: c.count, shown: String(c.count) }));
}

/** `/{slug}/statistik`: the regency's public statistics, with open-data downloads and the published LLIDs. */
export default function StatisticsPage() {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const s = useStatisticsText();
  useDocumentTitle(s.title);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [period, setPeriod] = useState<Partial<Period>>({});
  const { state, reload } = useAsync((signal) => getStatistics(tenant.slug, period, signal), `${tenant.slug}|${period.from ?? ''}|${period.to ?? ''}`);
  // The chart chunk travels while the figures are fetched (a failure leaves the tables: see BarChart).
  useEffect(() => {
    loadCharts().catch(() => undefined);
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setPeriod({ from: from.trim(), to: to.trim() });
  };
  const month = (key: string) => {
    const [y, m] = key.split('-').map(Number);
    if (!y || !m) return key;
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
  };
  const days = (d: number | null | undefined) => (d == null ? s.dash : String(d));
  const share = (d: number | null | undefined) => (d == null ? s.dash : s.percent(d));

  return (
    <>
      <h1>{s.title}</h1>
      <p className="lead">{s.intro}</p>
      <form className="form filters" noValidate onSubmit={onSubmit} aria-label={s.period}>
        <TextField id="stat-from" label={s.from} type="date" value={from} onChange={setFrom} />
        <TextField id="stat-to" label={s.to} type="date" value={to} onChange={setTo} hint={s.periodHint} />
        <button type="submit" className="button">
          {s.show}
        </button>
      </form>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' && (
        <>
          <p aria-live="polite">{s.shownPeriod(state.data.from, state.data.to)}</p>
          <section className="panel" aria-labelledby="open-data-heading">
            <h2 id="open-data-heading" className="panel__title">
              {s.openData}
            </h2>
            <ul className="stat-downloads">
              <li>
                <a href={statisticsHref(tenant.slug, { from: state.data.from, to: state.data.to }, 'csv')} download>
                  {s.downloadCsv}
                </a>
              </li>
              <li>
                <a href={statisticsHref(tenant.slug, { from: state.data.from, to: state.data.to }, 'json')}>{s.downloadJson}</a>
              </li>
            </ul>
          </section>
          <section className="panel" aria-labelledby="complaints-heading">
            <h2 id="complaints-heading" className="panel__title">
              {s.complaintsHeading(state.data.complaints.total)}
            </h2>
            <BarFigure id="category" caption={s.byCategory} itemLabel={s.item} valueLabel={s.count} none={s.none} whole
              rows={counted(state.data.complaints.byCategory, (c) => (c.key === '-' ? s.noCategory : c.label))} />
            <BarFigure id="agency" caption={s.byAgency} itemLabel={s.agency} valueLabel={s.count} none={s.none} whole
              rows={counted(state.data.complaints.byAgency, (c) => c.label)} />
            <BarFigure id="status" caption={s.byStatus} itemLabel={s.item} valueLabel={s.count} none={s.none} whole
              rows={counted(state.data.complaints.byStatus, (c) => t.citizen.status[c.key] ?? c.key)} />
            <BarFigure id="month" caption={s.byMonth} itemLabel={s.item} valueLabel={s.count} none={s.none} whole
              rows={counted(state.data.complaints.byMonth, (c) => month(c.key))} />
          </section>
          <section className="panel" aria-labelledby="times-heading">
            <h2 id="times-heading" className="panel__title">
              {s.timesHeading}
            </h2>
            <p className="muted">{s.timesIntro}</p>
            <BarFigure id="median" caption={s.medianChart} itemLabel={s.agency} valueLabel={s.median} none={s.none}
              rows={state.data.agencies.filter((a) => a.medianWorkingDays != null).map((a) => ({ key: a.unit, label: a.label, value: a.medianWorkingDays ?? 0, shown: days(a.medianWorkingDays) }))} />
            {state.data.agencies.length > 0 && (
              <div className="table-wrap">
                <table className="table" data-testid="agency-times">
                  <caption className="visually-hidden">{s.timesHeading}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{s.agency}</th>
                      <th scope="col">{s.answered}</th>
                      <th scope="col">{s.median}</th>
                      <th scope="col">{s.p90}</th>
                      <th scope="col">{s.byDue}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {state.data.agencies.map((a) => (
                      <tr key={a.unit}>
                        <th scope="row">{a.label}</th>
                        <td>{a.answered}</td>
                        <td>{days(a.medianWorkingDays)}</td>
                        <td>{days(a.p90WorkingDays)}</td>
                        <td>{share(a.answeredByDue)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="panel" aria-labelledby="satisfaction-heading">
            <h2 id="satisfaction-heading" className="panel__title">
              {s.satisfactionHeading}
            </h2>
            <dl className="facts">
              <div className="facts__row">
                <dt>{s.mean}</dt>
                <dd>{state.data.satisfaction.mean ?? s.dash}</dd>
              </div>
              <div className="facts__row">
                <dt>{s.ratings}</dt>
                <dd>{state.data.satisfaction.count}</dd>
              </div>
            </dl>
          </section>
          <section className="panel" aria-labelledby="information-heading">
            <h2 id="information-heading" className="panel__title">
              {s.informationHeading(state.data.information.requests)}
            </h2>
            <BarFigure id="outcome" caption={s.outcomes} itemLabel={s.item} valueLabel={s.count} none={s.none} whole
              rows={counted(state.data.information.outcomes, (c) => s.outcomeLabels[c.key] ?? c.key)} />
            <dl className="facts">
              <div className="facts__row">
                <dt>{s.notices}</dt>
                <dd>{state.data.information.notices}</dd>
              </div>
              <div className="facts__row">
                <dt>{s.noticesOnTime}</dt>
                <dd>{share(state.data.information.noticesOnTime)}</dd>
              </div>
              <div className="facts__row">
                <dt>{s.objections}</dt>
                <dd>{state.data.information.objections}</dd>
              </div>
              <div className="facts__row">
                <dt>{s.disputes}</dt>
                <dd>{state.data.information.disputes}</dd>
              </div>
            </dl>
          </section>
          <section className="panel" aria-labelledby="llid-heading">
            <h2 id="llid-heading" className="panel__title">
              {s.llidHeading}
            </h2>
            {state.data.llidYears.length === 0 ? (
              <p className="muted">{s.llidNone}</p>
            ) : (
              <ul className="stat-downloads">
                {state.data.llidYears.map((y) => (
                  <li key={y}>
                    <a href={llidHref(tenant.slug, y)} download>
                      {s.llidDownload(y)}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
