/** Date helpers for `YYYY-MM-DD` strings (calendar dates without a time or zone). */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Today's date in the regency's zone (e.g. Asia/Jayapura), falling back to the browser's zone. */
export function todayIn(zoneId: string | undefined, now: Date = new Date()): string {
  const format = (timeZone?: string) => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  };
  try {
    return format(zoneId);
  } catch {
    return format(undefined);
  }
}

/** `2026-04-07` → "Selasa, 7 April 2026" (id-ID) or "Tuesday, 7 April 2026" (en-GB). */
export function formatLongDate(iso: string, locale: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * A calendar date (`2026-12-05`) or an instant (`2026-12-04T17:35:00Z`) as its day on the regency's calendar: an
 * instant's day is the one in the regency's zone, not in UTC (a document uploaded at 01:35 WITA on Saturday is
 * Saturday's, not Friday's).
 */
export function formatDayOf(value: string, zoneId: string | undefined, locale: string): string {
  if (isIsoDate(value)) return formatLongDate(value, locale);
  const when = new Date(value);
  if (Number.isNaN(when.getTime())) return value;
  return formatLongDate(todayIn(zoneId, when), locale);
}

/**
 * An act's instant on the regency's calendar, with its zone: "Sabtu, 5 Desember 2026 pukul 01.35 WITA" (id-ID) or
 * "Saturday, 5 December 2026 at 01:35 WITA" (en-GB). Falls back to the browser's zone when the regency's is unknown.
 */
export function formatActTime(
  instant: string,
  zoneId: string | undefined,
  zoneLabel: string | undefined,
  locale: string,
  atWord: string,
): string {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime())) return instant;
  const format = (timeZone?: string) => {
    const day = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    }).format(when);
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
      .format(when);
    return `${day} ${atWord} ${time}${zoneLabel && timeZone ? ` ${zoneLabel}` : ''}`;
  };
  try {
    return format(zoneId);
  } catch {
    return format(undefined);
  }
}

/**
 * An act's moment in a list (a history): "5 Des 2026, 03.23 WIB", on the regency's clock and with its zone, so that a
 * step reads the same on every phone whatever zone the phone is set to.
 */
export function formatActMoment(instant: string, zoneId: string | undefined, zoneLabel: string | undefined, locale: string) {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime())) return instant;
  const format = (timeZone?: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(when) +
    (zoneLabel && timeZone ? ` ${zoneLabel}` : '');
  try {
    return format(zoneId);
  } catch {
    return format(undefined);
  }
}
