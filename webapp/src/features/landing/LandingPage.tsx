import { isAbortError } from '../../api/client';
import { getCurrentTenant, listTenants } from '../../api/tenants';
import type { Tenant, TenantSummary } from '../../api/types';
import { ErrorPanel, Loading } from '../../app/ErrorPanel';
import { useAsync } from '../../app/useAsync';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useI18n } from '../../i18n';
import { PortalNav } from '../portal/PortalNav';
import { PortalView } from '../portal/PortalView';
import { TenantProvider } from '../portal/TenantContext';
import { useBrandColor } from '../branding/useBrandColor';

type Landing = { kind: 'tenant'; tenant: Tenant } | { kind: 'list'; tenants: TenantSummary[] };

/**
 * On a regency's own host the server resolves the tenant (`/api/tenants/current`
 * answers 200) and its portal is shown at `/`. Otherwise (404, or the lookup
 * failing) the list of regencies is shown.
 */
export async function loadLanding(signal: AbortSignal): Promise<Landing> {
  let current: Tenant | null = null;
  try {
    current = await getCurrentTenant(signal);
  } catch (error) {
    if (isAbortError(error)) throw error;
    // Host lookup failed for another reason: the list still lets people go on.
  }
  if (current) return { kind: 'tenant', tenant: current };
  return { kind: 'list', tenants: await listTenants(signal) };
}

export function LandingPage() {
  const { state, reload } = useAsync(loadLanding, 'landing');
  switch (state.status) {
    case 'loading':
      // No heading yet: on a regency's own host this becomes that regency's portal.
      return <LandingLoading />;
    case 'error':
      return <TenantList tenants={null} error={state.error} onRetry={reload} />;
    case 'ok':
      return state.data.kind === 'tenant' ? (
        <HostPortal tenant={state.data.tenant} />
      ) : (
        <TenantList tenants={state.data.tenants} error={null} onRetry={reload} />
      );
  }
}

/** The regency's own host: its portal home at `/` (its other pages stay under `/{slug}/`). */
function HostPortal({ tenant }: { tenant: Tenant }) {
  useBrandColor(tenant.branding?.primaryColor);
  return (
    <TenantProvider value={tenant}>
      <PortalNav slug={tenant.slug} current="home" />
      <PortalView />
    </TenantProvider>
  );
}

function LandingLoading() {
  useDocumentTitle(null);
  return <Loading />;
}

function TenantList({
  tenants,
  error,
  onRetry,
}: {
  tenants: TenantSummary[] | null;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  useDocumentTitle(t.landing.title);
  return (
    <>
      <h1>{t.landing.heading}</h1>
      <p className="lead">{t.landing.intro}</p>
      {error || tenants === null ? (
        <ErrorPanel error={error} onRetry={onRetry} />
      ) : tenants.length === 0 ? (
        <p>{t.landing.empty}</p>
      ) : (
        <nav aria-label={t.landing.listLabel}>
          <ul className="tenant-list">
            {tenants.map((tenant) => (
              <li key={tenant.slug}>
                {/* A full page load, not client routing: each portal runs under its own security policy (its map tile host). */}
                <a href={`/${tenant.slug}/`} className="tenant-card">
                  <span className="tenant-card__name">{tenant.name}</span>
                  <span className="tenant-card__meta">
                    {t.landing.province(tenant.province.name)} · {tenant.timeZone}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
