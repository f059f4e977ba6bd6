import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../../api/client';
import {
  getAreas,
  getPublicReport,
  listPublicReports,
  NO_FILTER,
  publicPoints,
  type PublicReport,
  type PublicReportDetail,
  type PublicReportFilter,
} from '../../../api/publicReports';
import type { OrgUnit } from '../../../api/types';
import { ErrorPanel, Loading } from '../../../app/ErrorPanel';
import { SelectField, TextField } from '../../../app/fields';
import { mapSettings, MapView } from '../../../app/map/MapView';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useReportsText } from '../../../i18n/reports';
import { formatActMoment, formatLongDate } from '../../calendar/dates';
import { History, StatusBadge } from './parts';
import { portalHref } from '../../portal/PortalNav';
import { useTenant } from '../../portal/TenantContext';
import './reports.css';

/** `/{slug}/laporan` (list and map) and `/{slug}/laporan/{n}` (one published report). */
export default function PublicReportPages({ page, id }: { page: 'reports' | 'publicReport'; id?: string }) {
  return page === 'publicReport' && id ? <PublicReportPage trackingNumber={id} /> : <PublicReportsPage />;
}

const FILTER_KEYS = Object.keys(NO_FILTER) as (keyof PublicReportFilter)[];

/** The filters in the page's address, so a filtered list can be shared and survives a reload. */
function filterFromAddress(): PublicReportFilter {
  const params = new URLSearchParams(window.location.search);
  const f = { ...NO_FILTER };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) (f as Record<string, string>)[key] = value.slice(0, 64);
  }
  return f;
}

function writeAddress(filter: PublicReportFilter, page: number): void {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) params.set(key, filter[key]);
  if (page > 0) params.set('halaman', String(page + 1));
  const search = params.toString();
  window.history.replaceState(null, '', window.location.pathname + (search ? `?${search}` : ''));
}

/** Every unit of the tree with its parent, in order. */
function flatten(units: OrgUnit[], parent: string | null = null): (OrgUnit & { parent: string | null })[] {
  return units.flatMap((u) => [{ ...u, parent }, ...flatten(u.children ?? [], u.code)]);
}

function PublicReportsPage() {
  const tenant = useTenant();
  const { lang } = useI18n();
  const r = useReportsText();
  useDocumentTitle(r.title);
  const [draft, setDraft] = useState<PublicReportFilter>(filterFromAddress);
  const [filter, setFilter] = useState<PublicReportFilter>(draft);
  const [page, setPage] = useState(() => Math.max(0, Number(new URLSearchParams(window.location.search).get('halaman') ?? 1) - 1 || 0));
  const key = JSON.stringify(filter);
  const list = useAsync((signal) => listPublicReports(tenant.slug, filter, page, signal), `${tenant.slug}|${key}|${page}`);
  const points = useAsync((signal) => publicPoints(tenant.slug, filter, signal), `${tenant.slug}|${key}`);
  const areas = useAsync((signal) => getAreas(tenant.slug, signal), tenant.slug);

  const units = useMemo(() => flatten(tenant.orgUnits ?? []), [tenant]);
  const name = (u: OrgUnit) => (lang === 'en' && u.nameEn ? u.nameEn : u.name);
  const any = { value: '', label: r.any };
  const categories = [any, ...(tenant.complaintCategories ?? []).map((c) => ({ value: c.code, label: lang === 'en' && c.nameEn ? c.nameEn : c.name }))];
  const agencies = [any, ...units.filter((u) => u.kind !== 'VILLAGE' && u.kind !== 'WARD').map((u) => ({ value: u.code, label: name(u) }))];
  const districts = [any, ...units.filter((u) => u.kind === 'DISTRICT').map((u) => ({ value: u.code, label: name(u) }))];
  const villages = [
    any,
    ...units
      .filter((u) => (u.kind === 'VILLAGE' || u.kind === 'WARD') && (!draft.district || u.parent === draft.district))
      .map((u) => ({ value: u.code, label: name(u) })),
  ];

  const set = (k: keyof PublicReportFilter, v: string) =>
    setDraft((old) => ({ ...old, [k]: v, ...(k === 'district' ? { village: '' } : {}) }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
    setPage(0);
    writeAddress(draft, 0);
  };
  const clear = () => {
    setDraft(NO_FILTER);
    setFilter(NO_FILTER);
    setPage(0);
    writeAddress(NO_FILTER, 0);
  };
  const goTo = (next: number) => {
    setPage(next);
    writeAddress(filter, next);
    document.getElementById('report-list-heading')?.focus();
  };

  const mapPoints = points.state.status === 'ok'
    ? points.state.data.map((p) => ({ ...p, href: `${portalHref(tenant.slug, 'reports')}/${encodeURIComponent(p.trackingNumber)}` }))
    : [];

  return (
    <div className="public-reports">
      <h1>{r.title}</h1>
      <p className="lead">{r.intro}</p>

      <form className="panel report-filters" onSubmit={apply} aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="panel__title">
          {r.filters}
        </h2>
        <div className="report-filters__grid">
          <SelectField id="f-category" label={r.category} value={draft.category} options={categories} onChange={(v) => set('category', v)} />
          <SelectField id="f-agency" label={r.agency} value={draft.agency} options={agencies} onChange={(v) => set('agency', v)} />
          <SelectField
            id="f-status"
            label={r.status}
            value={draft.status}
            options={[any, { value: 'open', label: r.open }, { value: 'closed', label: r.closed }]}
            onChange={(v) => set('status', v)}
          />
          <SelectField id="f-district" label={r.district} value={draft.district} options={districts} onChange={(v) => set('district', v)} />
          <SelectField id="f-village" label={r.village} value={draft.village} options={villages} onChange={(v) => set('village', v)} />
          <TextField id="f-from" label={r.from} type="date" value={draft.from} onChange={(v) => set('from', v)} />
          <TextField id="f-to" label={r.to} type="date" value={draft.to} onChange={(v) => set('to', v)} />
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {r.apply}
          </button>
          <button type="button" className="button button--secondary" onClick={clear}>
            {r.clear}
          </button>
        </div>
      </form>

      <section aria-labelledby="map-heading" className="public-reports__map">
        <h2 id="map-heading">{r.mapHeading}</h2>
        <MapView
          settings={mapSettings(tenant)}
          label={r.mapLabel}
          points={mapPoints}
          areas={areas.state.status === 'ok' ? areas.state.data : null}
        />
        {points.state.status === 'ok' && <p className="muted">{r.mapNote(points.state.data.length)}</p>}
      </section>

      <section aria-labelledby="report-list-heading">
        {list.state.status === 'loading' && <Loading />}
        {list.state.status === 'error' && (
          <ErrorPanel error={list.state.error} onRetry={list.reload} />
        )}
        {list.state.status === 'ok' && (
          <>
            <h2 id="report-list-heading" tabIndex={-1} aria-live="polite">
              {r.listHeading(list.state.data.total)}
            </h2>
            {list.state.data.items.length === 0 ? (
              <p>{r.none}</p>
            ) : (
              <ul className="report-list">
                {list.state.data.items.map((item) => (
                  <ReportCard key={item.trackingNumber} report={item} />
                ))}
              </ul>
            )}
            <Pager page={page} total={list.state.data.total} size={list.state.data.size} onPage={goTo} />
          </>
        )}
      </section>
    </div>
  );
}

function place(report: PublicReport): string | null {
  return [report.village, report.district].filter(Boolean).join(', ') || null;
}

function ReportCard({ report }: { report: PublicReport }) {
  const tenant = useTenant();
  const { t } = useI18n();
  const r = useReportsText();
  const where = place(report);
  return (
    <li className="report-card">
      <h3 className="report-card__title">
        <Link href={`${portalHref(tenant.slug, 'reports')}/${encodeURIComponent(report.trackingNumber)}`}>{report.title}</Link>
      </h3>
      <p className="report-card__meta">
        <StatusBadge status={report.status} /> <span>{report.categoryName ?? report.category}</span>
        {where && <span> · {where}</span>}
      </p>
      <p className="report-card__meta muted">
        {r.receivedOn(formatLongDate(report.receivedOn, t.locale))} · {report.trackingNumber}
      </p>
    </li>
  );
}

function Pager({ page, total, size, onPage }: { page: number; total: number; size: number; onPage: (page: number) => void }) {
  const r = useReportsText();
  const pages = Math.max(1, Math.ceil(total / Math.max(1, size)));
  if (pages <= 1) return null;
  return (
    <nav className="actions pager" aria-label={r.pagination}>
      <button type="button" className="button button--secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {r.previous}
      </button>
      <span>{r.pageOf(page + 1, pages)}</span>
      <button type="button" className="button button--secondary" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {r.next}
      </button>
    </nav>
  );
}

function PublicReportPage({ trackingNumber }: { trackingNumber: string }) {
  const tenant = useTenant();
  const r = useReportsText();
  const { state, reload } = useAsync((signal) => getPublicReport(tenant.slug, trackingNumber, signal), `${tenant.slug}|${trackingNumber}`);
  useDocumentTitle(state.status === 'ok' ? state.data.report.title : r.title);
  return (
    <div className="public-report">
      <p>
        <Link href={portalHref(tenant.slug, 'reports')}>← {r.back}</Link>
      </p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' &&
        (state.error instanceof ApiError && state.error.status === 404 ? (
          <>
            <h1>{r.title}</h1>
            <p role="alert">{r.notFound}</p>
          </>
        ) : (
          <ErrorPanel error={state.error} onRetry={reload} />
        ))}
      {state.status === 'ok' && <ReportDetail detail={state.data} />}
    </div>
  );
}

function ReportDetail({ detail }: { detail: PublicReportDetail }) {
  const tenant = useTenant();
  const { t } = useI18n();
  const r = useReportsText();
  const report = detail.report;
  const where = place(report);
  const moment = (instant: string) => formatActMoment(instant, tenant.zoneId, tenant.timeZone, t.locale);
  const hasPoint = report.latitude != null && report.longitude != null;
  return (
    <article>
      <h1>{report.title}</h1>
      <dl className="facts">
        <Fact term={r.number}>{report.trackingNumber}</Fact>
        <Fact term={r.status}>
          <StatusBadge status={report.status} />
        </Fact>
        <Fact term={r.category}>{report.categoryName ?? report.category ?? '—'}</Fact>
        <Fact term={r.agencies}>{report.agencies.length > 0 ? report.agencies.join(', ') : r.noAgency}</Fact>
        {where && <Fact term={r.place}>{where}</Fact>}
        <Fact term={r.received}>{formatLongDate(report.receivedOn, t.locale)}</Fact>
        <Fact term={r.published}>{moment(report.publishedAt)}</Fact>
      </dl>
      <p className="public-report__text">{report.text}</p>
      {report.photos.length > 0 && (
        <section aria-labelledby="photos-heading">
          <h2 id="photos-heading">{r.photos}</h2>
          <ul className="public-report__photos">
            {report.photos.map((src, i) => (
              <li key={src}>
                <img src={src} alt={r.photoAlt(i + 1)} loading="lazy" decoding="async" width={320} height={240} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {hasPoint && (
        <section aria-labelledby="location-heading">
          <h2 id="location-heading">{r.locationHeading}</h2>
          <MapView settings={mapSettings(tenant)} label={r.locationMapLabel} pick={{ latitude: report.latitude!, longitude: report.longitude! }} />
        </section>
      )}
      <section aria-labelledby="answer-heading">
        <h2 id="answer-heading">{r.answerHeading}</h2>
        {detail.answer ? (
          <>
            <p className="public-report__text">{detail.answer}</p>
            {detail.answeredAt && <p className="muted">{r.answeredAt(moment(detail.answeredAt))}</p>}
          </>
        ) : (
          <p>{r.noAnswer}</p>
        )}
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{r.timelineHeading}</h2>
        <History events={detail.timeline.map((s, i) => ({ seq: i, at: s.at, step: s.step, action: s.action, orgUnit: null, note: null }))} />
      </section>
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
