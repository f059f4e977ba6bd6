import { describe, expect, it } from 'vitest';
import { toInternationalPhone, websiteHref, websiteLabel } from './links';

describe('channel links', () => {
  it('writes Indonesian numbers in international form for tel: and sms:', () => {
    expect(toInternationalPhone('082374048333')).toBe('+6282374048333');
    expect(toInternationalPhone('0823-7404-8333')).toBe('+6282374048333');
    expect(toInternationalPhone('+62 823 7404 8333')).toBe('+6282374048333');
    expect(toInternationalPhone('6282374048333')).toBe('+6282374048333');
    expect(toInternationalPhone('—')).toBeNull();
  });

  it('adds https:// to a bare website and hides the scheme in the label', () => {
    expect(websiteHref('info.muaraenimkab.go.id')).toBe('https://info.muaraenimkab.go.id');
    expect(websiteHref('http://example.go.id')).toBe('http://example.go.id');
    expect(websiteLabel('https://info.muaraenimkab.go.id/')).toBe('info.muaraenimkab.go.id');
  });
});
