import { apiGet, buildUrl } from './client';

/** PublicStatistics.Count: `label` is the regency's name for a category or agency, else the key. */
export interface StatCount {
  key: string;
  label: string;
  count: number;
}

export interface AgencyTimes {
  unit: string;
  label: string;
  answered: number;
  medianWorkingDays?: number | null;
  p90WorkingDays?: number | null;
  /** A share from 0 to 1. */
  answeredByDue?: number | null;
}

/** GET /api/t/{slug}/public/statistics: aggregates only (docs/security.md). */
export interface PublicStatistics {
  from: string;
  to: string;
  complaints: { total: number; byCategory: StatCount[]; byAgency: StatCount[]; byStatus: StatCount[]; byMonth: StatCount[] };
  agencies: AgencyTimes[];
  satisfaction: { mean?: number | null; count: number };
  information: {
    requests: number;
    outcomes: StatCount[];
    notices: number;
    noticesOnTime?: number | null;
    objections: number;
    disputes: number;
  };
  llidYears: number[];
}

const base = (slug: string) => `/api/t/${encodeURIComponent(slug)}/public`;

export interface Period {
  from: string;
  to: string;
}

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
