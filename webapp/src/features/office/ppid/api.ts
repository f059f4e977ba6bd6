import type { FileView, Notice, ObjectionSummary } from '../../../api/information';
import { download, officerApi } from '../session';
import type { EventActor } from '../actors';

const t = (slug: string) => `/api/t/${encodeURIComponent(slug)}`;
const base = (slug: string) => `${t(slug)}/officer/information-requests`;

export interface RequestQueueItem {
  id: string;
  registrationNumber: string;
  status: string;
  channel: string;
  receivedOn: string;
  noticeDue: string;
  orgUnit: string | null;
  late: boolean;
}

export interface RequestQueuePage {
  items: RequestQueueItem[];
  page: number;
  size: number;
  total: number;
}

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

export interface OfficerEvent extends EventActor {
  seq: number;
  at: string;
  action: string;
  note: string | null;
  publicEvent: boolean;
}

/** InformationViews.OfficerView: everything but the identity. */
export interface OfficerRequest {
  id: string;
  registrationNumber: string;
  status: string;
  channel: string;
  requesterType: string;
  informationWanted: string;
  purpose: string;
  obtainMethod: string;
  receiveMethod: string | null;
  willingToPay: boolean;
  idCopy: boolean;
  receivedAt: string;
  receivedOn: string;
  countingStartsOn: string;
  noticeDue: string;
  extendedOn: string | null;
  extensionReason: string | null;
  orgUnit: string | null;
  confirmedVia: string | null;
  noticeIssuedOn: string | null;
  late: boolean;
  overdueSince: string | null;
  lapsedReason: string | null;
  notice: Notice | null;
  documents: FileView[];
  objections: ObjectionSummary[];
  history: OfficerEvent[];
  version: number;
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

export interface ObjectionView {
  id: string;
  registerNumber: string;
  requestNumber: string;
  ground: string;
  groundAroseOn: string;
  filedOn: string;
  reasons: string;
  answerDue: string;
  status: string;
  decision: string | null;
  answer: string | null;
  answeredOn: string | null;
  settlement: string | null;
  overdueSince: string | null;
  /** The last day to go to the Information Commission (UU KIP Ps 37(2)); absent before the answer or the lapse. */
  disputeFileBy?: string | null;
  disputes: { id: string; registerNumber: string; stage: string; outcome: string | null }[];
  history: OfficerEvent[];
  /** How an upheld answer was carried out (Perbup Pasal 18(3)d.2). */
  carriedOutOn?: string | null;
  implementationNote?: string | null;
}

/** Objections waiting for the Atasan PPID's answer (Perbup Pasal 25(2)), the earliest answer date first. */
/** Objections waiting for the Atasan PPID's answer; with `q`, those it finds in any status (number or words). */
export function openObjections(slug: string, signal?: AbortSignal, q?: string) {
  const query = q ? { q, size: 100 } : { status: 'FILED', size: 100 };
  return officerApi<ObjectionSummary[]>(`${t(slug)}/officer/objections`, { query, signal });
}

export interface ObjectionCounts {
  byStatus: Record<string, number>;
  overdue: number;
  total: number;
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

export interface DisputeView {
  id: string;
  registerNumber: string;
  commissionCaseNumber: string;
  filedOn: string;
  stage: string;
  stages: { stage: string; on: string; note: string | null }[];
  outcome: string | null;
  decidedOn: string | null;
  decisionSummary: string | null;
  complied: boolean | null;
  closed: boolean;
  /** The Commission's clocks from the filing (UU KIP Ps 38): begin within 14, settle within 100 working days. */
  commission: CommissionClocks;
  /** The PPID Utama's facilitation work (Perbup Pasal 26), the Tim Pertimbangan's part among it (Pasal 13c, 26(1)). */
  tasks: DisputeTask[];
  /** The last day to take the adjudication to court (UU KIP Ps 48(1)), while that is open. */
  appealBy: string | null;
  /** The last day for a cassation after the court's decision (UU KIP Ps 50). */
  cassationBy: string | null;
  /** A court stage brought and not decided yet. */
  courtPending: boolean;
  /** The day the outcome became final; only then can compliance be recorded and the dispute close. */
  finalOn: string | null;
}

export interface DisputeTask {
  seq: number;
  kind: string;
  description: string;
  orgUnit: string | null;
  dueOn: string | null;
  doneOn: string | null;
  result: string | null;
}

export interface CommissionClocks {
  startBy: string;
  startedOn?: string | null;
  startOverdue: boolean;
  settleBy: string;
  settleOverdue: boolean;
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
