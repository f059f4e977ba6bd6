import { apiGet } from './client';

/** A published report as the public sees it (PublicReportViews.PublicReport): the public version only. */
export interface PublicReport {
  trackingNumber: string;
  title: string;
  text: string;
  category: string | null;
  categoryName: string | null;
  agencies: string[];
  status: string;
  open: boolean;
  /** YYYY-MM-DD on the regency's calendar. */
  receivedOn: string;
  publishedAt: string;
  updatedAt: string;
  /** Addresses of the photos marked public. */
  photos: string[];
  /** Null unless the report has a point and its public version shows it. */
  latitude?: number | null;
  longitude?: number | null;
  /** Kecamatan and desa/kelurahan names, when the point falls inside the regency's boundaries. */
  district?: string | null;
  village?: string | null;
}

export interface PublicReportPage {
  items: PublicReport[];
  page: number;
  size: number;
  total: number;
}

/** A step of a published report's timeline: when and what, never who. */
export interface PublicStep {
  at: string;
  step: string;
  action: string;
}

export interface PublicReportDetail {
  report: PublicReport;
  /** The government's answer, masked like the report. */
  answer: string | null;
  answeredAt: string | null;
  timeline: PublicStep[];
}

/** One point of the public map. */
export interface PublicPoint {
  trackingNumber: string;
  title: string;
  latitude: number;
  longitude: number;
  open: boolean;
  category: string | null;
}

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
export interface AreaFeature {
  type: 'Feature';
  properties: { orgUnit: string; name: string; kind: string; parent: string | null };
  geometry: GeoJSON.Geometry;
}

export interface Areas {
  type: 'FeatureCollection';
  features: AreaFeature[];
}

const base = (slug: string) => `/api/t/${encodeURIComponent(slug)}/public`;

function query(filter: PublicReportFilter): Record<string, string | undefined> {
  const q: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(filter)) q[key] = value === '' ? undefined : value;
  return q;
}

export function listPublicReports(slug: string, filter: PublicReportFilter, page: number, signal?: AbortSignal): Promise<PublicReportPage> {
  return apiGet<PublicReportPage>(`${base(slug)}/reports`, { query: { ...query(filter), page, size: 20 }, signal });
}

export async function publicPoints(slug: string, filter: PublicReportFilter, signal?: AbortSignal): Promise<PublicPoint[]> {
  const body = await apiGet<PublicPoint[] | { items: PublicPoint[] }>(`${base(slug)}/reports/points`, { query: query(filter), signal });
  return Array.isArray(body) ? body : body.items;
}

export function getPublicReport(slug: string, trackingNumber: string, signal?: AbortSignal): Promise<PublicReportDetail> {
  return apiGet<PublicReportDetail>(`${base(slug)}/reports/${encodeURIComponent(trackingNumber)}`, { signal });
}

export function getAreas(slug: string, signal?: AbortSignal): Promise<Areas> {
  return apiGet<Areas>(`${base(slug)}/areas`, { signal });
}
