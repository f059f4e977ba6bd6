/**
 * Turns an Indonesian phone number as written by a regency ("082374048333",
 * "0823-7404-8333", "+62 823 7404 8333") into the international form used in
 * `tel:` and `sms:` links ("+6282374048333"). Returns null when no digits remain.
 */
export function toInternationalPhone(raw: string): string | null {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (!digits) return null;
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('62')) return `+${digits}`;
  if (digits.startsWith('0')) return `+62${digits.slice(1)}`;
  return `+62${digits}`;
}

/** `info.muaraenimkab.go.id` → `https://info.muaraenimkab.go.id`; an explicit scheme is kept. */
export function websiteHref(site: string): string {
  const trimmed = site.trim();
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** The website as shown: without scheme and trailing slash. */
export function websiteLabel(site: string): string {
  return site.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '');
}
