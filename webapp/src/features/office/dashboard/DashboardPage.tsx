import { useEffect, useRef, useState } from 'react';
import { ErrorPanel } from '../../../app/ErrorPanel';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useDashboardText } from '../../../i18n/dashboard';
import { formatLongDate } from '../../calendar/dates';
import { useTenant } from '../../portal/TenantContext';
import type { Session } from '../session';
import { getDashboard, type Dashboard, type Tile } from './api';
import type { TrendFigures } from './trendChart';
import './dashboard.css';

/** The chart chunk (Chart.js), asked for once; a failed load is forgotten so that the next visit tries again. */
let charts: Promise<typeof import('./trendChart')> | undefined;
function loadCharts() {
  charts ??= import('./trendChart').catch((error: unknown) => {
    charts = undefined;
    throw error;
  });
  return charts;
}

/** "2026-03-02" → "2 Mar", short enough for twelve labels on a phone. */
function shortDate(iso: string, locale: string): string {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** The label of a waiting tile: an agency's part RECEIVED is not the complaint's RECEIVED. */
export function tileLabel(d: ReturnType<typeof useDashboardText>, scope: Dashboard['scope'], tile: Tile): string {
  if (scope === 'AGENCY' && tile.key === 'RECEIVED') return d.agencyReceived;
  return d.waiting[tile.key] ?? d.waitingHeading;
}

function TrendChart({ figures, tableId, label }: { figures: TrendFigures; tableId: string; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const key = JSON.stringify(figures);
  useEffect(() => {
    let remove: (() => void) | undefined;
    let gone = false;
    loadCharts().then(
      (chunk) => {
        if (gone || !canvas.current) return;
        remove = chunk.drawTrend(canvas.current, JSON.parse(key) as TrendFigures);
        setDrawn(true);
      },
      // No chart: the table has the figures.
      () => undefined,
    );
    return () => {
      gone = true;
      remove?.();
    };
  }, [key]);
  return (
    <div className="dashboard-chart">
      <canvas
        ref={canvas}
        role={drawn ? 'img' : undefined}
        aria-label={drawn ? label : undefined}
        aria-details={drawn ? tableId : undefined}
        aria-hidden={drawn ? undefined : true}
      />
    </div>
  );
}

/** `/{slug}/kantor/dasbor`: what waits for me, what is overdue, what falls due this week, and twelve weeks. */
export function DashboardPage({ session }: { session: Session }) {
  const tenant = useTenant();
  const d = useDashboardText();
  const { lang } = useI18n();
  const locale = lang === 'en' ? 'en-GB' : 'id-ID';
  useDocumentTitle(d.title);
  const { state, reload } = useAsync((signal) => getDashboard(tenant.slug, signal), `${tenant.slug}:${session.user.id}`);
  useEffect(() => {
    loadCharts().catch(() => undefined);
  }, []);
  const queues = `/${tenant.slug}/kantor`;

  if (state.status === 'loading') return <p role="status">{d.loading}</p>;
  if (state.status === 'error') return <ErrorPanel error={state.error} onRetry={reload} />;
  const v = state.data;
  const scope = v.scope === 'AGENCY' ? d.scope.AGENCY(v.orgUnit ?? '') : d.scope[v.scope];
  const figures: TrendFigures = {
    labels: v.trend.map((w) => shortDate(w.startsOn, locale)),
    received: v.trend.map((w) => w.received),
    answered: v.trend.map((w) => w.answered),
    receivedLabel: d.received,
    answeredLabel: d.answered,
  };
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{d.title}</h1>
      <p className="muted">{scope}</p>
      <h2>{d.waitingHeading}</h2>
      <ul className="dashboard-tiles">
        {v.waiting.map((t) => (
          <li key={t.key}>
            <Link href={queues}>
              <strong className="dashboard-count">{t.count}</strong> {tileLabel(d, v.scope, t)}
            </Link>
          </li>
        ))}
        <li>
          <Link href={queues}>
            <strong className="dashboard-count">{v.overdue.count}</strong> {d.overdue}
          </Link>
        </li>
        <li>
          <strong className="dashboard-count">{v.dueThisWeek.count}</strong> {d.dueThisWeek}
          <p className="muted">{d.weekEnds(v.workingDaysLeftThisWeek, formatLongDate(v.weekEndsOn, locale))}</p>
        </li>
      </ul>
      <h2>{d.trendHeading}</h2>
      <TrendChart figures={figures} tableId="dashboard-trend" label={d.chartLabel} />
      <div className="table-wrap">
        <table className="table" id="dashboard-trend">
          <caption>{d.trendCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{d.week}</th>
              <th scope="col">{d.received}</th>
              <th scope="col">{d.answered}</th>
            </tr>
          </thead>
          <tbody>
            {v.trend.map((w) => (
              <tr key={w.startsOn}>
                <th scope="row">{formatLongDate(w.startsOn, locale)}</th>
                <td>{w.received}</td>
                <td>{w.answered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
