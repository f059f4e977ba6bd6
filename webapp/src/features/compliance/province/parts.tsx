import { useI18n } from '../../../i18n';
import { useProvinceText } from '../../../i18n/province';
import { bandTone, formatScore, type Band, type Disclaimer } from './logic';

/** The statement every provincial page carries: Balai's records, not the Commission's official score. */
export function DisclaimerNote({ text }: { text: Disclaimer }) {
  const { pick } = useI18n();
  const m = useProvinceText();
  return (
    <p className="notice" data-testid="disclaimer">
      <strong>{m.disclaimerLabel}:</strong> {pick(text)}
    </p>
  );
}

export function BandBadge({ band }: { band: Band | null }) {
  const { lang } = useI18n();
  const m = useProvinceText();
  if (!band) return <span>{m.formats.none}</span>;
  const tone = bandTone(band.code);
  return <span className={tone === 'none' ? 'badge' : `badge badge--${tone}`}>{lang === 'en' ? band.en : band.id}</span>;
}

export function Score({ value }: { value: number | null }) {
  const m = useProvinceText();
  return <>{formatScore(value, { locale: m.locale, ...m.formats })}</>;
}

/** The period as the URL carries it (`?from=…&to=…`), so a drill-down keeps the table's period. */
export function periodFromUrl(): { from: string; to: string } {
  const q = new URLSearchParams(window.location.search);
  const date = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');
  return { from: date(q.get('from')), to: date(q.get('to')) };
}

export function periodQuery(p: { from?: string; to?: string }): string {
  const q = new URLSearchParams();
  if (p.from) q.set('from', p.from);
  if (p.to) q.set('to', p.to);
  const s = q.toString();
  return s ? `?${s}` : '';
}
