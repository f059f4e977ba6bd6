import type { QueueItem } from '../complaints/office/api';

const ACTIVE = ['SENT', 'RECEIVED', 'IN_PROGRESS'];
const BEFORE_DISPATCH = ['RECEIVED', 'CLARIFICATION_REQUESTED', 'VERIFIED'];

/**
 * The date the case is next due: verification and dispatch (SPIKM Pasal 7c) before it goes out, then the
 * earliest open agency part (Pasal 7e-g; only `unit`'s part for an agency operator). Null when nothing runs.
 */
export function dueOf(item: Pick<QueueItem, 'status' | 'verifyDue' | 'agencies'>, unit?: string | null): string | null {
  if (BEFORE_DISPATCH.includes(item.status)) return item.verifyDue;
  if (item.status !== 'DISPATCHED') return null;
  const dues = item.agencies
    .filter((a) => ACTIVE.includes(a.status) && (!unit || a.orgUnit === unit) && a.dueOn)
    .map((a) => a.dueOn as string)
    .sort();
  return dues[0] ?? null;
}

export type DeadlineLevel = 'overdue' | 'soon' | 'ok';

/** ISO dates compare as strings. `soonDays` calendar days ahead count as "due soon". */
export function deadlineLevel(due: string, today: string, soonDays = 2): DeadlineLevel {
  if (due < today) return 'overdue';
  return due <= addDays(today, soonDays) ? 'soon' : 'ok';
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type SortKey = 'trackingNumber' | 'receivedOn' | 'due';

/** Sorts a queue page; cases with no running clock go last when sorting by due date. */
export function sortItems(items: QueueItem[], key: SortKey, ascending: boolean, unit?: string | null): QueueItem[] {
  const value = (i: QueueItem) =>
    key === 'due' ? (dueOf(i, unit) ?? '9999-12-31') : key === 'receivedOn' ? i.receivedOn : i.trackingNumber;
  return [...items].sort((a, b) => {
    const c = value(a).localeCompare(value(b));
    return ascending ? c : -c;
  });
}
