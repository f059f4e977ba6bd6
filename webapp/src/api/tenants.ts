import { ApiError, apiGet, tenantPath } from './client';
import type { DueDate, Tenant, TenantSummary } from './schema';

export function listTenants(signal?: AbortSignal): Promise<TenantSummary[]> {
  return apiGet<TenantSummary[]>('/api/tenants', { signal });
}

/**
 * The tenant the server resolves from the Host header (a regency's own domain),
 * or null when the host belongs to no single regency (the API answers 404).
 */
export async function getCurrentTenant(signal?: AbortSignal): Promise<Tenant | null> {
  try {
    return await apiGet<Tenant>('/api/tenants/current', { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function getTenant(slug: string, signal?: AbortSignal): Promise<Tenant> {
  return apiGet<Tenant>(tenantPath(slug), { signal });
}

export function calculateDue(
  slug: string,
  from: string,
  workingDays: number,
  signal?: AbortSignal,
): Promise<DueDate> {
  return apiGet<DueDate>(`${tenantPath(slug)}/calendar/due`, {
    query: { from, workingDays },
    signal,
  });
}
