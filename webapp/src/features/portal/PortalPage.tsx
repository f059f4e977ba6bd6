import { ApiError } from '../../api/client';
import { getTenant } from '../../api/tenants';
import { ErrorPanel, Loading } from '../../app/ErrorPanel';
import { useAsync } from '../../app/useAsync';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { TenantNotFound } from './NotFound';
import { PortalView } from './PortalView';

/** `/{slug}/`: a regency's portal home. */
export function PortalPage({ slug }: { slug: string }) {
  const { state, reload } = useAsync((signal) => getTenant(slug, signal), slug);
  switch (state.status) {
    case 'ok':
      return <PortalView tenant={state.data} />;
    case 'error':
      if (state.error instanceof ApiError && state.error.status === 404) return <TenantNotFound slug={slug} />;
      return <PortalError error={state.error} onRetry={reload} />;
    case 'loading':
      return <PortalLoading />;
  }
}

function PortalLoading() {
  useDocumentTitle(null);
  return <Loading />;
}

function PortalError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  useDocumentTitle(null);
  return <ErrorPanel error={error} onRetry={onRetry} />;
}
