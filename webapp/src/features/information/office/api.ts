import { download, officerApi } from '../../identity/office/session';
import type {
  FileView,
  ObjectionSummary,
  RequestQueuePage,
  OfficerRequest,
  ObjectionView,
  ObjectionCounts,
  DisputeView,
} from '../../../api/schema';

export type {
  RequestQueueItem,
  RequestQueuePage,
  RequestOfficerEvent as OfficerEvent,
  OfficerRequest,
  ObjectionView,
  ObjectionCounts,
  DisputeView,
  DisputeTask,
  CommissionClocks,
} from '../../../api/schema';

const t = (slug: string) => `/api/t/${encodeURIComponent(slug)}`;
const base = (slug: string) => `${t(slug)}/officer/information-requests`;

export type RequestQueue = 'all' | 'dueSoon' | 'overdue';

export function listRequests(
  slug: string,
  queue: RequestQueue,
  q: { status?: string; page?: number; q?: string; phone?: string; email?: string },
  signal?: AbortSignal,
) {
  const path = queue === 'dueSoon' ? `${base(slug)}/due-soon` : queue === 'overdue' ? `${base(slug)}/overdue` : base(slug);
  return officerApi<RequestQueuePage>(path, { query: { ...(queue === 'all' ? q : { page: q.page }), size: 20 }, signal });
}

export function getRequest(slug: string, id: string, signal?: AbortSignal) {
  return officerApi<OfficerRequest>(`${base(slug)}/${encodeURIComponent(id)}`, { signal });
}

export type RequestAction = 'confirmation' | 'routing' | 'extension' | 'notice';

export function requestAction(slug: string, id: string, action: RequestAction, body: unknown) {
  return officerApi<OfficerRequest>(`${base(slug)}/${encodeURIComponent(id)}/${action}`, { method: 'POST', body });
}

export function releaseDocument(slug: string, id: string, file: File) {
  const data = new FormData();
  data.append('file', file, file.name);
  return officerApi<FileView>(`${base(slug)}/${encodeURIComponent(id)}/documents`, { method: 'POST', body: data });
}

/** Objections waiting for the Atasan PPID's answer (Perbup Pasal 25(2)), the earliest answer date first. */
/** Objections waiting for the Atasan PPID's answer; with `q`, those it finds in any status (number or words). */
export function openObjections(slug: string, signal?: AbortSignal, q?: string) {
  const query = q ? { q, size: 100 } : { status: 'FILED', size: 100 };
  return officerApi<ObjectionSummary[]>(`${t(slug)}/officer/objections`, { query, signal });
}

export function objectionCounts(slug: string, q: string | undefined, signal?: AbortSignal) {
  return officerApi<ObjectionCounts>(`${t(slug)}/officer/objections/counts`, { query: q ? { q } : {}, signal });
}

export function getObjection(slug: string, id: string, signal?: AbortSignal) {
  return officerApi<ObjectionView>(`${t(slug)}/officer/objections/${encodeURIComponent(id)}`, { signal });
}

export function objectionAction(slug: string, id: string, action: 'answer' | 'settlement' | 'implementation', body: unknown) {
  return officerApi<ObjectionView>(`${t(slug)}/officer/objections/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body,
  });
}

/**
 * Records a dispute once: `key` (one per filled form, kept across retries) makes a repeat answer the dispute the first
 * attempt created; the same Commission case twice is 409 DISPUTE_ALREADY_RECORDED.
 */
export function fileDispute(
  slug: string,
  objectionId: string,
  body: { commissionCaseNumber: string; filedOn: string },
  key: string,
) {
  return officerApi<DisputeView>(`${t(slug)}/officer/objections/${encodeURIComponent(objectionId)}/disputes`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': key },
  });
}

export function getDispute(slug: string, id: string, signal?: AbortSignal) {
  return officerApi<DisputeView>(`${t(slug)}/officer/disputes/${encodeURIComponent(id)}`, { signal });
}

export function disputeAction(slug: string, id: string, action: 'stages' | 'decision' | 'tasks' | 'task-completions' | 'compliance', body: unknown) {
  return officerApi<DisputeView>(`${t(slug)}/officer/disputes/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body,
  });
}

/** A request's signed letter: the written notice or the extension notice (issue 18). */
export function downloadRequestLetter(slug: string, id: string, kind: 'notice' | 'extension') {
  return download(`${base(slug)}/${encodeURIComponent(id)}/letters/${kind}`, {}, `${kind === 'notice' ? 'pemberitahuan' : 'perpanjangan'}-${id}.pdf`);
}

/** The Atasan PPID's answer to an objection as a signed letter. */
export function downloadAnswerLetter(slug: string, id: string) {
  return download(`${t(slug)}/officer/objections/${encodeURIComponent(id)}/answer-letter`, {}, `tanggapan-keberatan-${id}.pdf`);
}
