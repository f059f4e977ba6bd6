import type { QueryValue } from '../../../api/client';
import { download, officerApi } from '../../identity/office/session';
import type {
  ComplianceDrill as Drill,
  ComplianceTable as Table,
  ComplianceTrend as Trend,
  ComplianceWeights,
  Period,
} from '../../../api/schema';

export type { Period };

const BASE = '/api/province/compliance';

const query = (p: Period): Record<string, QueryValue> => ({ from: p.from || undefined, to: p.to || undefined });

export const getTable = (p: Period, signal?: AbortSignal) => officerApi<Table>(BASE, { query: query(p), signal });

export const getDrill = (slug: string, p: Period, signal?: AbortSignal) =>
  officerApi<Drill>(`${BASE}/tenants/${encodeURIComponent(slug)}`, { query: query(p), signal });

export const getTrend = (years: number, signal?: AbortSignal) =>
  officerApi<Trend>(`${BASE}/trend`, { query: { years }, signal });

export const getWeights = (signal?: AbortSignal) =>
  officerApi<ComplianceWeights>(`${BASE}/weights`, { signal });

export const saveWeights = (weights: Record<string, number>) =>
  officerApi<ComplianceWeights>(`${BASE}/weights`, {
    method: 'PUT',
    body: { weights },
  });

export const downloadTable = (p: Period, format: 'csv' | 'xlsx' | 'pdf') =>
  download(BASE, { ...query(p), format }, `kepatuhan.${format}`);
