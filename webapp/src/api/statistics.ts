import { apiGet, buildUrl, tenantPath } from './client';
import type { StatCount, AgencyTimes, PublicStatistics, Period } from './schema';

export type { StatCount, AgencyTimes, PublicStatistics, Period };

const base = (slug: string) => `${tenantPath(slug)}/public`;

export function getStatistics(slug: string, period: Partial<Period>, signal?: AbortSignal) {
  return apiGet<PublicStatistics>(`${base(slug)}/statistics`, { query: { from: period.from || undefined, to: period.to || undefined }, signal });
}

/** The open-data link for a period: `csv` or `json`. */
export function statisticsHref(slug: string, period: Partial<Period>, format: 'csv' | 'json'): string {
  return buildUrl(`${base(slug)}/statistics`, { from: period.from || undefined, to: period.to || undefined, format });
}

export function llidHref(slug: string, year: number): string {
  return `${base(slug)}/llid/${year}`;
}
