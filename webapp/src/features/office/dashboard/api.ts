import { officerApi } from '../session';

/** A count and the officer queue it is the total of (the queue's query; overdue=true for the overdue queue). */
export interface Tile {
  key: string;
  count: number;
  queue: Record<string, string>;
}

export interface Week {
  startsOn: string;
  received: number;
  answered: number;
}

/** GET /api/t/{tenant}/officer/dashboard/complaints (ComplaintDashboardResource). */
export interface Dashboard {
  scope: 'CENTRAL' | 'AGENCY' | 'OVERSIGHT';
  orgUnit: string | null;
  today: string;
  weekEndsOn: string;
  workingDaysLeftThisWeek: number;
  waiting: Tile[];
  overdue: Tile;
  dueThisWeek: Tile;
  trend: Week[];
}

export function getDashboard(slug: string, signal?: AbortSignal): Promise<Dashboard> {
  return officerApi<Dashboard>(`/api/t/${encodeURIComponent(slug)}/officer/dashboard/complaints`, { signal });
}

/** GET /api/t/{tenant}/officer/dashboard/requests (RequestDashboardResource). */
export interface RequestDashboard {
  orgUnit: string | null;
  today: string;
  weekEndsOn: string;
  workingDaysLeftThisWeek: number;
  waiting: Array<Tile & { path: string }>;
  overdue: Tile;
  dueSoon: Tile;
  dueThisWeek: Tile;
  trend: Week[];
}

export function getRequestDashboard(slug: string, signal?: AbortSignal): Promise<RequestDashboard> {
  return officerApi<RequestDashboard>(`/api/t/${encodeURIComponent(slug)}/officer/dashboard/requests`, { signal });
}
