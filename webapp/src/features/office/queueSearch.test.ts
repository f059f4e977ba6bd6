import { describe, expect, it } from 'vitest';
import { readSavedQuery, savedQuery, searchParams, tabCount, type QueueCounts } from './queueSearch';

describe('searchParams', () => {
  it('sends a tracking number or words as q', () => {
    expect(searchParams(' ME-2026-000123 ', true)).toEqual({ q: 'ME-2026-000123' });
    expect(searchParams('jalan rusak', true)).toEqual({ q: 'jalan rusak' });
    expect(searchParams('   ', true)).toEqual({});
  });

  it('sends a phone number or an e-mail as identity only for an officer who may search by it', () => {
    expect(searchParams('0812 3456 7890', true)).toEqual({ phone: '0812 3456 7890' });
    expect(searchParams('+62812-3456-7890', true)).toEqual({ phone: '+62812-3456-7890' });
    expect(searchParams('warga@contoh.id', true)).toEqual({ email: 'warga@contoh.id' });
    expect(searchParams('0812 3456 7890', false)).toEqual({ q: '0812 3456 7890' });
    expect(searchParams('warga@contoh.id', false)).toEqual({ q: 'warga@contoh.id' });
  });
});

describe('tabCount', () => {
  const counts: QueueCounts = {
    byStatus: { RECEIVED: 4, VERIFIED: 2 },
    byUnitStatus: { SENT: 3 },
    overdue: 1,
    total: 9,
  };

  it('reads each tab from the one counts answer', () => {
    expect(tabCount({ status: 'RECEIVED' }, counts)).toBe(4);
    expect(tabCount({ status: 'ANSWERED' }, counts)).toBe(0);
    expect(tabCount({ unitStatus: 'SENT' }, counts)).toBe(3);
    expect(tabCount({ overdue: true }, counts)).toBe(1);
    expect(tabCount({}, counts)).toBe(9);
  });

  it('shows no number where the counts do not say', () => {
    expect(tabCount({ status: 'DISPATCHED', dueBefore: '2026-12-08' }, counts)).toBeNull();
    expect(tabCount({ status: 'RECEIVED' }, null)).toBeNull();
  });
});

describe('saved queries', () => {
  it('keep the tab, words and category, and read back', () => {
    const q = savedQuery({ tab: 'toVerify', q: 'jalan rusak', category: 'INFRASTRUKTUR' });
    expect(q).toBe('tab=toVerify&q=jalan+rusak&category=INFRASTRUKTUR');
    expect(readSavedQuery(q)).toEqual({ tab: 'toVerify', q: 'jalan rusak', category: 'INFRASTRUKTUR' });
  });

  it('never carry a phone or e-mail', () => {
    const q = savedQuery({ tab: 'all' });
    expect(q).toBe('tab=all');
    expect(q).not.toMatch(/phone|email/);
  });
});
