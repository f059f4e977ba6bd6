import { apiGet, tenantPath } from './client';
import type {
  PublicReport,
  PublicReportPage,
  PublicStep,
  PublicReportDetail,
  PublicPoint,
  PublicPoints,
  Areas,
  AreaFeature,
} from './schema';

export type { PublicReport, PublicReportPage, PublicStep, PublicReportDetail, PublicPoint, Areas, AreaFeature };

/** The filters of the public list and map; empty strings mean "any". */
export interface PublicReportFilter {
  category: string;
  agency: string;
  status: '' | 'open' | 'closed';
  district: string;
  village: string;
  from: string;
  to: string;
}

export const NO_FILTER: PublicReportFilter = { category: '', agency: '', status: '', district: '', village: '', from: '', to: '' };

/** A kecamatan, desa or kelurahan of the regency's boundaries (GET /public/areas). */
const base = (slug: string) => `${tenantPath(slug)}/public`;

function query(filter: PublicReportFilter): Record<string, string | undefined> {
  const q: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(filter)) q[key] = value === '' ? undefined : value;
  return q;
}

export function listPublicReports(slug: string, filter: PublicReportFilter, page: number, signal?: AbortSignal): Promise<PublicReportPage> {
  return apiGet<PublicReportPage>(`${base(slug)}/reports`, { query: { ...query(filter), page, size: 20 }, signal });
}

export async function publicPoints(slug: string, filter: PublicReportFilter, signal?: AbortSignal): Promise<PublicPoint[]> {
  const body = await apiGet<PublicPoints>(`${base(slug)}/reports/points`, { query: query(filter), signal });
  return body.items;
}

export function getPublicReport(slug: string, trackingNumber: string, signal?: AbortSignal): Promise<PublicReportDetail> {
  return apiGet<PublicReportDetail>(`${base(slug)}/reports/${encodeURIComponent(trackingNumber)}`, { signal });
}

export function getAreas(slug: string, signal?: AbortSignal): Promise<Areas> {
  return apiGet<Areas>(`${base(slug)}/areas`, { signal });
}
