import { describe, expect, it } from 'vitest';
import { formatActMoment, formatActTime, formatDayOf } from './dates';

describe('dates of acts', () => {
  it('shows an instant on the regency\u2019s calendar with its zone, in Indonesian and in English', () => {
    // Saturday 5 December 2026, 01:35 WITA (UTC+8) is still Friday in UTC.
    expect(formatActTime('2026-12-04T17:35:00Z', 'Asia/Makassar', 'WITA', 'id-ID', 'pukul')).toBe(
      'Sabtu, 5 Desember 2026 pukul 01.35 WITA',
    );
    expect(formatActTime('2026-12-04T17:35:00Z', 'Asia/Makassar', 'WITA', 'en-GB', 'at')).toBe(
      'Saturday, 5 December 2026 at 01:35 WITA',
    );
  });

  it('dates an uploaded document by the regency\u2019s day, not the UTC one, and leaves plain dates alone', () => {
    expect(formatDayOf('2026-12-04T17:35:00Z', 'Asia/Makassar', 'id-ID')).toBe('Sabtu, 5 Desember 2026');
    expect(formatDayOf('2026-12-04T17:35:00Z', 'Asia/Jakarta', 'id-ID')).toBe('Sabtu, 5 Desember 2026');
    expect(formatDayOf('2026-12-04T16:35:00Z', 'Asia/Jakarta', 'id-ID')).toBe('Jumat, 4 Desember 2026');
    expect(formatDayOf('2026-12-05', 'Asia/Jayapura', 'id-ID')).toBe('Sabtu, 5 Desember 2026');
  });

  it('gives a history step the regency\u2019s clock and zone, whatever the phone\u2019s zone', () => {
    expect(formatActMoment('2026-12-04T20:23:00Z', 'Asia/Jakarta', 'WIB', 'id-ID')).toBe('5 Des 2026, 03.23 WIB');
    expect(formatActMoment('2026-12-04T20:23:00Z', 'Asia/Jayapura', 'WIT', 'id-ID')).toBe('5 Des 2026, 05.23 WIT');
  });
});
