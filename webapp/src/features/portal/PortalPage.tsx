import { lazy, Suspense, type ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { getTenant } from '../../api/tenants';
import { ErrorPanel, Loading } from '../../app/ErrorPanel';
import type { PortalPageName } from '../../app/router';
import { useAsync } from '../../app/useAsync';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useI18n } from '../../i18n';
import { useBrandColor } from '../branding/useBrandColor';
import { ComplaintFormPage } from '../complaints/citizen/ComplaintFormPage';
import { TenantNotFound, TenantSuspended } from './NotFound';
import { PortalNav } from './PortalNav';
import { PortalView } from './PortalView';
import { TenantProvider, useTenant } from './TenantContext';

/** The officers' workspace and the tenant admin: a separate chunk, never part of the portal's first load. */
const OfficeApp = lazy(() => import('../office/OfficeApp'));
// Pages a citizen reaches from the home page or a link: their own chunks keep the first load under its budget.
const TrackPage = lazy(() => import('../complaints/citizen/TrackPage').then((m) => ({ default: m.TrackPage })));
const RightsPage = lazy(() => import('../complaints/citizen/RightsPage').then((m) => ({ default: m.RightsPage })));
/** The PPID citizen pages (register, requests): a chunk of their own, loaded on the first visit to one of them. */
const InformationPages = lazy(() => import('../information/citizen/InformationPages'));
/** The public statistics (charts and tables): a chunk of its own. */
const StatisticsPage = lazy(() => import('../reporting/citizen/StatisticsPage'));
/** The published reports (list, map, one report): a chunk of their own; the map is another. */
const PublicReportPages = lazy(() => import('../complaints/citizen/PublicReportPages'));
/** The unsubscribe page of a citizen's e-mail: rarely opened, so a chunk of its own. */
const UnsubscribePage = lazy(() => import('../notifications/UnsubscribePage'));

/** Loads the regency once for every page under `/{slug}/`, then shows the page. */
export function TenantRoute({ slug, children }: { slug: string; children: ReactNode }) {
  const { state, reload } = useAsync((signal) => getTenant(slug, signal), slug);
  switch (state.status) {
    case 'ok':
      return <TenantProvider value={state.data}>{children}</TenantProvider>;
    case 'error':
      if (state.error instanceof ApiError && state.error.code === 'TENANT_SUSPENDED') {
        return <SuspendedNotice error={state.error} />;
      }
      if (state.error instanceof ApiError && state.error.status === 404) return <TenantNotFound slug={slug} />;
      return <PortalError error={state.error} onRetry={reload} />;
    case 'loading':
      return <PortalLoading />;
  }
}

/** `/{slug}/`, `/{slug}/lapor`, `/{slug}/lacak`, `/{slug}/hak`: a regency's citizen pages. */
export function PortalPage({ slug, page = 'home', id }: { slug: string; page?: PortalPageName; id?: string }) {
  return (
    <TenantRoute slug={slug}>
      <PortalBranding />
      <PortalNav slug={slug} current={page} />
      {page === 'home' && <PortalView />}
      {page === 'report' && <ComplaintFormPage />}
      {page === 'track' && (
        <Suspense fallback={<Loading />}>
          <TrackPage />
        </Suspense>
      )}
      {page === 'rights' && (
        <Suspense fallback={<Loading />}>
          <RightsPage />
        </Suspense>
      )}
      {page === 'statistics' && (
        <Suspense fallback={<Loading />}>
          <StatisticsPage />
        </Suspense>
      )}
      {(page === 'reports' || page === 'publicReport') && (
        <Suspense fallback={<Loading />}>
          <PublicReportPages page={page} id={id} />
        </Suspense>
      )}
      {page === 'unsubscribe' && id && (
        <Suspense fallback={<Loading />}>
          <UnsubscribePage token={id} />
        </Suspense>
      )}
      {(page === 'register' || page === 'entry' || page === 'request' || page === 'trackRequest') && (
        <Suspense fallback={<Loading />}>
          <InformationPages page={page} id={id} />
        </Suspense>
      )}
    </TenantRoute>
  );
}

/** `/{slug}/kantor/...`. */
export function OfficePage({ slug, rest }: { slug: string; rest: string[] }) {
  return (
    <TenantRoute slug={slug}>
      <PortalBranding />
      <Suspense fallback={<Loading />}>
        <OfficeApp rest={rest} />
      </Suspense>
    </TenantRoute>
  );
}

function SuspendedNotice({ error }: { error: ApiError }) {
  const { pick } = useI18n();
  return <TenantSuspended message={pick(error.localized)} />;
}

function PortalBranding() {
  const tenant = useTenant();
  useBrandColor(tenant.branding?.primaryColor);
  return null;
}

function PortalLoading() {
  useDocumentTitle(null);
  return <Loading />;
}

function PortalError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  useDocumentTitle(null);
  return <ErrorPanel error={error} onRetry={onRetry} />;
}
