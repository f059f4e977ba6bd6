import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIMARY, accessiblePrimary, contrastRatio, parseHexColor } from './contrast';

const WHITE = [255, 255, 255] as const;

describe('contrast helper', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio([0, 0, 0], WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that reaches 4.5:1 on white.
    expect(contrastRatio(parseHexColor('#767676')!, WHITE)).toBeCloseTo(4.54, 2);
  });

  it('keeps a dark tenant colour that gives white text at least 4.5:1', () => {
    expect(accessiblePrimary('#0b6e4f')).toBe('#0b6e4f');
    expect(accessiblePrimary('#0B6E4F')).toBe('#0b6e4f');
    expect(accessiblePrimary('#767676')).toBe('#767676');
  });

  it('falls back to the dark default for a light colour', () => {
    expect(accessiblePrimary('#ffeb3b')).toBe(DEFAULT_PRIMARY);
    expect(accessiblePrimary('#777777')).toBe(DEFAULT_PRIMARY); // 4.48:1, just below AA
    expect(accessiblePrimary('#fff')).toBe(DEFAULT_PRIMARY);
  });

  it('falls back for a missing or malformed colour', () => {
    expect(accessiblePrimary(undefined)).toBe(DEFAULT_PRIMARY);
    expect(accessiblePrimary('green')).toBe(DEFAULT_PRIMARY);
    expect(accessiblePrimary('#12345')).toBe(DEFAULT_PRIMARY);
    expect(accessiblePrimary('red; background: url(x)')).toBe(DEFAULT_PRIMARY);
  });

  it('the default itself passes AA against white', () => {
    expect(contrastRatio(parseHexColor(DEFAULT_PRIMARY)!, WHITE)).toBeGreaterThanOrEqual(4.5);
  });
});
