import { officerApi } from '../../identity/office/session';
import type { Tile, Week, Dashboard, RequestDashboard } from '../../../api/schema';

export type { Tile, Week, Dashboard, RequestDashboard };

export function getDashboard(slug: string, signal?: AbortSignal): Promise<Dashboard> {
  return officerApi<Dashboard>(`/api/t/${encodeURIComponent(slug)}/officer/dashboard/complaints`, { signal });
}

export function getRequestDashboard(slug: string, signal?: AbortSignal): Promise<RequestDashboard> {
  return officerApi<RequestDashboard>(`/api/t/${encodeURIComponent(slug)}/officer/dashboard/requests`, { signal });
}
