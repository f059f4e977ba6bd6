/**
 * WCAG 2.1 contrast helpers. The tenant's `branding.primaryColor` is used as the
 * background of white text (header, buttons) and as link colour on white, so it
 * must reach 4.5:1 against white; otherwise a dark default is used.
 */

/** Dark blue, 10.6:1 against white. */
export const DEFAULT_PRIMARY = '#1d4259';
export const WHITE = '#ffffff';
export const AA_NORMAL_TEXT = 4.5;

export type Rgb = readonly [number, number, number];

/** Parses `#rgb` or `#rrggbb` (case-insensitive); anything else gives null. */
export function parseHexColor(value: string | null | undefined): Rgb | null {
  if (!value) return null;
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  const hex = match?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

function channel(c8: number): number {
  const c = c8 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (WCAG 2.1, 1.4.3). */
export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour to use as `--brand`: the tenant's colour when white text on it
 * reaches 4.5:1, else DEFAULT_PRIMARY.
 */
export function accessiblePrimary(color: string | null | undefined): string {
  const rgb = parseHexColor(color);
  if (rgb && contrastRatio(rgb, [255, 255, 255]) >= AA_NORMAL_TEXT) {
    return (color as string).trim().toLowerCase();
  }
  return DEFAULT_PRIMARY;
}
