import { tenantPath } from '../../../api/client';
import { officerApi } from '../../identity/office/session';
import type { Tile, Week, Dashboard, RequestDashboard } from '../../../api/schema';

export type { Tile, Week, Dashboard, RequestDashboard };

export function getDashboard(slug: string, signal?: AbortSignal): Promise<Dashboard> {
  return officerApi<Dashboard>(`${tenantPath(slug)}/officer/dashboard/complaints`, { signal });
}

export function getRequestDashboard(slug: string, signal?: AbortSignal): Promise<RequestDashboard> {
  return officerApi<RequestDashboard>(`${tenantPath(slug)}/officer/dashboard/requests`, { signal });
}

export function reportsPath(slug: string, kind: 'journal' | 'digest' | 'periodic') {
  return `${tenantPath(slug)}/reports/${kind}`;
}
