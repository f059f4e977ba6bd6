import { ApiError } from '../../../api/client';
import type {
  TenantIndicators,
  ComplianceBand as Band,
  ComplianceRow as Row,
  Message as Disclaimer,
  ComplianceTable as Table,
  ComplianceDrill as Drill,
  ComplianceTrend as Trend,
} from '../../../api/schema';

export type { TenantIndicators, Band, Row, Disclaimer, Table, Drill, Trend };

/** The scored indicators, in the server's order (compliance Indicator enum; docs/compliance.md). */
export const INDICATORS = [
  'NOTICE_ON_TIME',
  'OBJECTIONS_ANSWERED_ON_TIME',
  'REGISTER_COMPLETENESS',
  'LLID_ON_TIME',
  'PPID_PEMBANTU_COVERAGE',
  'COMPLAINTS_VERIFIED_ON_TIME',
  'FOLLOW_UP_ON_TIME',
  'COMPLAINTS_CLOSED',
  'REPORTER_RATING',
] as const;
export type IndicatorName = (typeof INDICATORS)[number];

/** The columns of the table, each an indicator value and how to show it. */
export type ColumnKind = 'count' | 'pct' | 'days' | 'per100' | 'bool' | 'rating';
export const COLUMNS: { key: keyof TenantIndicators; kind: ColumnKind }[] = [
  { key: 'requests', kind: 'count' },
  { key: 'noticedWithinNoticePct', kind: 'pct' },
  { key: 'noticedWithinExtensionPct', kind: 'pct' },
  { key: 'medianWorkingDaysToNotice', kind: 'days' },
  { key: 'p90WorkingDaysToNotice', kind: 'days' },
  { key: 'objectionsPer100Requests', kind: 'per100' },
  { key: 'objectionsAnsweredOnTimePct', kind: 'pct' },
  { key: 'disputes', kind: 'count' },
  { key: 'registerCompletenessPct', kind: 'pct' },
  { key: 'llidOnTime', kind: 'bool' },
  { key: 'pembantuCoveragePct', kind: 'pct' },
  { key: 'complaints', kind: 'count' },
  { key: 'complaintsVerifiedOnTimePct', kind: 'pct' },
  { key: 'followUpOnTimePct', kind: 'pct' },
  { key: 'complaintsClosedPct', kind: 'pct' },
  { key: 'ratingMean', kind: 'rating' },
];

export interface Formats {
  locale: string;
  none: string;
  yes: string;
  no: string;
}

/** An indicator as shown in a cell: one decimal for shares and scores, `none` when there is nothing to judge. */
export function formatValue(value: unknown, kind: ColumnKind, f: Formats): string {
  if (value === null || value === undefined) return f.none;
  if (kind === 'bool') return value ? f.yes : f.no;
  if (typeof value !== 'number' || !Number.isFinite(value)) return f.none;
  const digits = kind === 'count' || kind === 'days' ? 0 : kind === 'rating' ? 2 : 1;
  const text = value.toLocaleString(f.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return kind === 'pct' ? `${text}%` : text;
}

/** The composite score: one decimal as e-Monev reports it, or `none`. */
export function formatScore(score: number | null | undefined, f: Formats): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return f.none;
  return (Math.round(score * 10) / 10).toLocaleString(f.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/**
 * The band of a score, as the server decides it (Band.of: the score at one decimal against each floor, highest
 * first); used for the trend chart's table when only scores are at hand and to check the server's answer.
 */
export function bandOf(score: number | null | undefined, bands: readonly Band[]): Band | null {
  if (score === null || score === undefined || !Number.isFinite(score)) return null;
  const rounded = Math.round(score * 10) / 10;
  const sorted = [...bands].sort((a, b) => b.floor - a.floor);
  return sorted.find((b) => rounded >= b.floor) ?? sorted[sorted.length - 1] ?? null;
}

/** The badge tone of a band (the text always names the band; colour is never the only cue). */
export function bandTone(code: string | undefined): 'ok' | 'soon' | 'overdue' | 'none' {
  switch (code) {
    case 'INFORMATIF':
    case 'MENUJU_INFORMATIF':
      return 'ok';
    case 'CUKUP_INFORMATIF':
      return 'soon';
    case 'KURANG_INFORMATIF':
    case 'TIDAK_INFORMATIF':
      return 'overdue';
    default:
      return 'none';
  }
}

/** What is wrong with one weight input, before anything is sent (the server checks the same: 0-100). */
export type WeightProblem = 'number' | 'range';
export interface WeightCheck {
  /** Indicator to its problem. */
  fields: Partial<Record<string, WeightProblem>>;
  /** All weights 0 (WEIGHTS_ALL_ZERO): a problem of the form as a whole. */
  allZero: boolean;
  values: Record<string, number>;
}

/** Checks the weights as typed (strings; a comma is a decimal separator as Indonesians write it). */
export function checkWeights(input: Record<string, string>): WeightCheck {
  const fields: WeightCheck['fields'] = {};
  const values: Record<string, number> = {};
  for (const [key, raw] of Object.entries(input)) {
    const text = raw.trim().replace(',', '.');
    const n = text === '' ? NaN : Number(text);
    if (!Number.isFinite(n)) fields[key] = 'number';
    else if (n < 0 || n > 100) fields[key] = 'range';
    else values[key] = n;
  }
  const allZero = Object.keys(fields).length === 0 && Object.values(values).every((v) => v === 0);
  return { fields, allZero, values };
}

/**
 * Puts the API's answer to a weights change next to the right input: `weights.NOTICE_ON_TIME` goes to that
 * indicator; `weights` (all zero, none given) and anything else go to the form as a whole (key '').
 */
export function weightErrorsFromApi(error: unknown, message: string): Record<string, string> {
  if (error instanceof ApiError && error.field && error.field.startsWith('weights.')) {
    const key = error.field.slice('weights.'.length);
    if ((INDICATORS as readonly string[]).includes(key)) return { [key]: message };
  }
  return { '': message };
}

/** The weights as typed text (one decimal at most; a whole number without decimals). */
export function weightsToInput(weights: Record<string, number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of INDICATORS) out[key] = String(weights[key] ?? 0);
  return out;
}

/** Each weight's share of the total, in percent (what the weights mean for the composite). */
export function weightShares(weights: Record<string, number>): Record<string, number> {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(weights)) out[k] = total > 0 ? Math.round((1000 * v) / total) / 10 : 0;
  return out;
}

/** The trend chart's geometry: x by year, y by score (0-100, top = 100). */
export interface ChartGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: (year: number) => number;
  y: (score: number) => number;
}

export function chartGeometry(years: readonly number[], width = 360, height = 240): ChartGeometry {
  const left = 34;
  const right = 18;
  const top = 12;
  const bottom = 28;
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = last - first;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    x: (year) => left + (span === 0 ? plotW / 2 : ((year - first) / span) * plotW),
    y: (score) => top + ((100 - Math.max(0, Math.min(100, score))) / 100) * plotH,
  };
}

/** The polyline points of one tenant's scores (years without a score break nothing: they are left out). */
export function linePoints(points: readonly { year: number; score: number | null }[], g: ChartGeometry): string {
  return points
    .filter((p) => p.score !== null)
    .map((p) => `${round(g.x(p.year))},${round(g.y(p.score as number))}`)
    .join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Years of the trend, ascending, from every tenant's points. */
export function trendYears(trend: Trend): number[] {
  const set = new Set<number>();
  trend.tenants.forEach((t) => t.years.forEach((y) => set.add(y.year)));
  return [...set].sort((a, b) => a - b);
}
