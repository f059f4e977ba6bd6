import type { QueueCounts, SavedFilter } from '../../api/schema';

export type { QueueCounts, SavedFilter };

/** What the queue's one search box sends to the server (issue 17). */
export interface SearchParams {
  q?: string;
  phone?: string;
  email?: string;
}

/**
 * Reads the search box: an e-mail address or a phone number (digits, spaces, dashes, a leading +) searches the
 * reporter's identity when the officer may (the server answers 403 otherwise); anything else, a tracking number
 * or words, goes as `q`.
 */
export function searchParams(text: string, mayFindByIdentity: boolean): SearchParams {
  const value = text.trim();
  if (!value) return {};
  if (mayFindByIdentity && /^[^\s@]+@[^\s@]+$/.test(value)) return { email: value };
  if (mayFindByIdentity && /^\+?[\d\s-]{8,20}$/.test(value)) return { phone: value };
  return { q: value };
}

/** What a tab asks for, as far as its count goes. */
export interface TabQuery {
  status?: string;
  unitStatus?: string;
  overdue?: boolean;
  dueBefore?: string;
}

/** The count a tab shows, or null when the counts do not say (a "due soon" tab is a date window). */
export function tabCount(query: TabQuery, counts: QueueCounts | null): number | null {
  if (!counts) return null;
  if (query.overdue) return counts.overdue ?? null;
  if (query.dueBefore) return null;
  if (query.unitStatus) return counts.byUnitStatus?.[query.unitStatus] ?? null;
  if (query.status) return counts.byStatus[query.status] ?? 0;
  return counts.total;
}

export type SavedQueue = SavedFilter['queue'];

/** A saved filter's query string: the tab, the words and the category; never a phone or e-mail. */
export function savedQuery(state: { tab: string; q?: string; category?: string }): string {
  const p = new URLSearchParams();
  p.set('tab', state.tab);
  if (state.q) p.set('q', state.q);
  if (state.category) p.set('category', state.category);
  return p.toString();
}

export function readSavedQuery(query: string): { tab: string | null; q: string; category: string } {
  const p = new URLSearchParams(query);
  return { tab: p.get('tab'), q: p.get('q') ?? '', category: p.get('category') ?? '' };
}
