import { useEffect } from 'react';
import { ErrorPanel } from '../../../app/ErrorPanel';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useDashboardText } from '../../../i18n/dashboard';
import { formatLongDate } from '../../calendar/dates';
import { useTenant } from '../../portal/TenantContext';
import { hasRole, type Session } from '../../identity/office/session';
import { getDashboard, getRequestDashboard, type Dashboard, type Tile, type Week } from './api';
import type { TrendFigures } from './trendChart';
import './dashboard.css';
import { ChartCanvas } from '../../../app/ChartCanvas';

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

/**
 * The queue tab a waiting tile opens (`?antrean=` of the queues page), so that a tile's count is the tab's count. A
 * state with no tab of its own (a dispatched complaint, for the central administrator) opens "all".
 */
export function tileQueue(scope: Dashboard['scope'], key: string): string {
  const tabs: Record<string, string> =
    scope === 'OVERSIGHT'
      ? { OVERDUE: 'overdue' }
      : scope === 'AGENCY'
      ? { SENT: 'new', RECEIVED: 'received', IN_PROGRESS: 'inProgress', OVERDUE: 'overdue' }
      : {
          RECEIVED: 'toVerify',
          CLARIFICATION_REQUESTED: 'clarification',
          VERIFIED: 'toDispatch',
          ANSWERED: 'toReview',
          OVERDUE: 'overdue',
        };
  return tabs[key] ?? 'all';
}

function TrendChart({ figures, tableId, label }: { figures: TrendFigures; tableId: string; label: string }) {
  return (
    <div className="dashboard-chart">
      <ChartCanvas
        figures={figures}
        label={label}
        tableId={tableId}
        draw={(canvas, f) => loadCharts().then((chunk) => chunk.drawTrend(canvas, f))}
      />
    </div>
  );
}

/** Who sees which part: the readers of ComplaintDashboardResource and of RequestDashboardResource. */
export const COMPLAINT_DASHBOARD_ROLES = ['CENTRAL_ADMIN', 'AGENCY_OPERATOR', 'OPS_COORDINATOR', 'COORDINATION_TEAM', 'BUPATI'];
export const REQUEST_DASHBOARD_ROLES = ['PPID_MAIN', 'PPID_ASSISTANT', 'ATASAN_PPID', 'DISPUTE_FACILITATION', 'BUPATI'];

/** Twelve weeks as a chart (a lazy Chart.js chunk) and as the table the chart points at. */
function Trend({ weeks, id, caption }: { weeks: Week[]; id: string; caption: string }) {
  const d = useDashboardText();
  const { lang } = useI18n();
  const locale = lang === 'en' ? 'en-GB' : 'id-ID';
  const figures: TrendFigures = {
    labels: weeks.map((w) => shortDate(w.startsOn, locale)),
    received: weeks.map((w) => w.received),
    answered: weeks.map((w) => w.answered),
    receivedLabel: d.received,
    answeredLabel: d.answered,
  };
  return (
    <>
      <TrendChart figures={figures} tableId={id} label={d.chartLabel} />
      {/* Three short columns fit a phone: a table, not twelve cards. */}
      <div className="table-wrap">
        <table className="table" id={id}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{d.week}</th>
              <th scope="col">{d.received}</th>
              <th scope="col">{d.answered}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.startsOn}>
                <th scope="row">
                  {formatLongDate(w.startsOn, locale)}
                </th>
                <td>{w.received}</td>
                <td>{w.answered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Count({ count, label, href }: { count: number; label: string; href?: string }) {
  const inner = (
    <>
      <strong className="dashboard-count">{count}</strong> {label}
    </>
  );
  return <li>{href ? <Link href={href}>{inner}</Link> : inner}</li>;
}

function ComplaintsPart({ session }: { session: Session }) {
  const tenant = useTenant();
  const d = useDashboardText();
  const { lang } = useI18n();
  const locale = lang === 'en' ? 'en-GB' : 'id-ID';
  const { state, reload } = useAsync((signal) => getDashboard(tenant.slug, signal), `c:${tenant.slug}:${session.user.id}`);
  if (state.status === 'loading') return <p role="status">{d.loading}</p>;
  if (state.status === 'error') return <ErrorPanel error={state.error} onRetry={reload} />;
  const v: Dashboard = state.data;
  const queues = `/${tenant.slug}/kantor`;
  const scope = v.scope === 'AGENCY' ? d.scope.AGENCY(v.orgUnit ?? '') : d.scope[v.scope];
  return (
    <section aria-labelledby="dashboard-complaints">
      <h2 id="dashboard-complaints">{d.complaintsHeading}</h2>
      <p className="muted">{scope}</p>
      <h3>{d.waitingHeading}</h3>
      <ul className="dashboard-tiles">
        {v.waiting.map((t) => (
          <Count
            key={t.key}
            count={t.count}
            label={tileLabel(d, v.scope, t)}
            href={`${queues}?antrean=${tileQueue(v.scope, t.key)}`}
          />
        ))}
        <Count count={v.overdue.count} label={d.overdue} href={`${queues}?antrean=${tileQueue(v.scope, 'OVERDUE')}`} />
        <li>
          <strong className="dashboard-count">{v.dueThisWeek.count}</strong> {d.dueThisWeek}
          <p className="muted">{d.weekEnds(v.workingDaysLeftThisWeek, formatLongDate(v.weekEndsOn, locale))}</p>
        </li>
      </ul>
      <h3>{d.trendHeading}</h3>
      <Trend weeks={v.trend} id="dashboard-trend" caption={d.trendCaption} />
    </section>
  );
}

function RequestsPart({ session }: { session: Session }) {
  const tenant = useTenant();
  const d = useDashboardText();
  const { lang } = useI18n();
  const locale = lang === 'en' ? 'en-GB' : 'id-ID';
  const { state, reload } = useAsync(
    (signal) => getRequestDashboard(tenant.slug, signal),
    `r:${tenant.slug}:${session.user.id}`,
  );
  if (state.status === 'loading') return <p role="status">{d.loading}</p>;
  if (state.status === 'error') return <ErrorPanel error={state.error} onRetry={reload} />;
  const v = state.data;
  const queue = `/${tenant.slug}/kantor/ppid`;
  return (
    <section aria-labelledby="dashboard-requests">
      <h2 id="dashboard-requests">{d.requestsHeading}</h2>
      <p className="muted">{d.requestsScope(v.orgUnit)}</p>
      <h3>{d.waitingHeading}</h3>
      <ul className="dashboard-tiles">
        {v.waiting.map((t) => (
          <Count
            key={t.key}
            count={t.count}
            label={d.requestWaiting[t.key] ?? d.waitingHeading}
            href={`${queue}?status=${encodeURIComponent(t.key)}`}
          />
        ))}
        <Count count={v.overdue.count} label={d.overdue} href={`${queue}?antrean=overdue`} />
        <Count count={v.dueSoon.count} label={d.dueSoon} href={`${queue}?antrean=dueSoon`} />
        <li>
          <strong className="dashboard-count">{v.dueThisWeek.count}</strong> {d.dueThisWeek}
          <p className="muted">{d.weekEnds(v.workingDaysLeftThisWeek, formatLongDate(v.weekEndsOn, locale))}</p>
        </li>
      </ul>
      <h3>{d.trendHeading}</h3>
      <Trend weeks={v.trend} id="dashboard-request-trend" caption={d.requestTrendCaption} />
    </section>
  );
}

/** `/{slug}/kantor/dasbor`: what waits for me, what is overdue, what falls due this week, and twelve weeks. */
export function DashboardPage({ session }: { session: Session }) {
  const d = useDashboardText();
  useDocumentTitle(d.title);
  useEffect(() => {
    loadCharts().catch(() => undefined);
  }, []);
  return (
    <>
      <h1>{d.title}</h1>
      {hasRole(session, ...COMPLAINT_DASHBOARD_ROLES) && <ComplaintsPart session={session} />}
      {hasRole(session, ...REQUEST_DASHBOARD_ROLES) && <RequestsPart session={session} />}
    </>
  );
}
