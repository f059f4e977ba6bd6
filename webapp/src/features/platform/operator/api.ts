import { officerApi, officerFetch, download } from '../../identity/office/session';
import type {
  ArchiveImported,
  ComplianceRun,
  Onboarded,
  OperatorTenant,
  ProvincialAdminCreated,
} from '../../../api/schema';

export type { Onboarded, ProvincialAdminCreated };

export const listTenants = (signal?: AbortSignal) => officerApi<OperatorTenant[]>('/api/platform/tenants', { signal });

/** POSTs the definition as the operator wrote it (YAML or JSON text), not re-encoded. */
export async function onboard(definition: string, mediaType: string): Promise<Onboarded> {
  const response = await officerFetch('/api/platform/tenants', {
    method: 'POST',
    body: new Blob([definition], { type: mediaType }),
    headers: { 'Content-Type': mediaType },
  });
  return (await response.json()) as Onboarded;
}

export const suspend = (slug: string) =>
  officerApi<OperatorTenant>(`/api/platform/tenants/${encodeURIComponent(slug)}/suspension`, { method: 'POST' });

export const reactivate = (slug: string) =>
  officerApi<OperatorTenant>(`/api/platform/tenants/${encodeURIComponent(slug)}/suspension`, { method: 'DELETE' });

export const exportArchive = (slug: string) =>
  download(`/api/platform/tenants/${encodeURIComponent(slug)}/archive`, undefined, `balai-${slug}.zip`);

export function importArchive(file: File) {
  const form = new FormData();
  form.append('archive', file, file.name);
  return officerApi<ArchiveImported>('/api/platform/tenants/archives', {
    method: 'POST',
    body: form,
  });
}

export const createProvincialAdmin = (body: { username: string; displayName: string; province: string }) =>
  officerApi<ProvincialAdminCreated>('/api/platform/provincial-admins', { method: 'POST', body });

export const runCompliance = (full: boolean) =>
  officerApi<ComplianceRun>('/api/platform/compliance/runs', { method: 'POST', query: { full } });
