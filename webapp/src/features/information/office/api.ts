import { tenantPath } from '../../../api/client';
import { download, officerApi } from '../../identity/office/session';
import type {
  FileView,
  ObjectionSummary,
  RequestCounts,
  RequestQueuePage,
  OfficerRequest,
  ObjectionView,
  ObjectionCounts,
  DisputeView,
  RegisterPage as EntryPage,
  DocumentView,
  ConsequenceTestView,
  OfficerEntryView,
  DeliveryView,
  EntryCounts,
  LlidSections,
  Llid,
  LlidDelivery,
  UnitReport,
  UnitReportSubmission,
  LibraryHandover,
  DocumentationAssignment,
} from '../../../api/schema';
import type { SearchParams } from '../../office/queueSearch';

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
  Exemption as ExemptionView,
  RegisterEntry as EntryView,
  RegisterPage as EntryPage,
  DocumentView,
  ConsequenceTestView,
  OfficerEntryView,
  DeliveryView,
  EntryCounts,
  RequestFigures,
  RequestTime,
  LlidSections,
  Llid,
  LlidDelivery,
  UnitReport,
  UnitReportSubmission,
  LibraryHandover,
  DocumentationAssignment,
} from '../../../api/schema';

const base = (slug: string) => `${tenantPath(slug)}/officer/information-requests`;
const reg = (slug: string) => `${tenantPath(slug)}/officer/register`;
const reports = (slug: string) => `${tenantPath(slug)}/officer/information-reports`;

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
  return officerApi<ObjectionSummary[]>(`${tenantPath(slug)}/officer/objections`, { query, signal });
}

export function objectionCounts(slug: string, q: string | undefined, signal?: AbortSignal) {
  return officerApi<ObjectionCounts>(`${tenantPath(slug)}/officer/objections/counts`, { query: q ? { q } : {}, signal });
}

export function getObjection(slug: string, id: string, signal?: AbortSignal) {
  return officerApi<ObjectionView>(`${tenantPath(slug)}/officer/objections/${encodeURIComponent(id)}`, { signal });
}

export function objectionAction(slug: string, id: string, action: 'answer' | 'settlement' | 'implementation', body: unknown) {
  return officerApi<ObjectionView>(`${tenantPath(slug)}/officer/objections/${encodeURIComponent(id)}/${action}`, {
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
  return officerApi<DisputeView>(`${tenantPath(slug)}/officer/objections/${encodeURIComponent(objectionId)}/disputes`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': key },
  });
}

export function getDispute(slug: string, id: string, signal?: AbortSignal) {
  return officerApi<DisputeView>(`${tenantPath(slug)}/officer/disputes/${encodeURIComponent(id)}`, { signal });
}

export function disputeAction(slug: string, id: string, action: 'stages' | 'decision' | 'tasks' | 'task-completions' | 'compliance', body: unknown) {
  return officerApi<DisputeView>(`${tenantPath(slug)}/officer/disputes/${encodeURIComponent(id)}/${action}`, {
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
  return download(`${tenantPath(slug)}/officer/objections/${encodeURIComponent(id)}/answer-letter`, {}, `tanggapan-keberatan-${id}.pdf`);
}

export function requestCounts(slug: string, query: SearchParams, signal?: AbortSignal): Promise<RequestCounts> {
  return officerApi<RequestCounts>(`${tenantPath(slug)}/officer/information-requests/counts`, { query: { ...query }, signal });
}

export function listEntries(
  slug: string,
  q: { class?: string; stage?: string; unit?: string; q?: string; page?: number },
  signal?: AbortSignal,
) {
  return officerApi<EntryPage>(`${reg(slug)}/entries`, { query: { ...q, size: 20 }, signal });
}

export function entryCounts(slug: string, q: { class?: string; unit?: string; q?: string }, signal?: AbortSignal) {
  return officerApi<EntryCounts>(`${reg(slug)}/entries/counts`, { query: q, signal });
}

export function overdueEntries(slug: string, page: number, signal?: AbortSignal) {
  return officerApi<EntryPage>(`${reg(slug)}/overdue`, { query: { page, size: 20 }, signal });
}

export function createEntry(slug: string, body: unknown) {
  return officerApi<OfficerEntryView>(`${reg(slug)}/entries`, { method: 'POST', body });
}

export function getEntry(slug: string, id: string, signal?: AbortSignal) {
  return officerApi<OfficerEntryView>(`${reg(slug)}/entries/${encodeURIComponent(id)}`, { signal });
}

export type StageAction = 'verification' | 'authentication' | 'codification' | 'publication' | 'front-page' | 'updates';

export function entryAction(slug: string, id: string, action: StageAction, body?: unknown) {
  return officerApi<OfficerEntryView>(`${reg(slug)}/entries/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body: body ?? {},
  });
}

export function uploadDocument(slug: string, id: string, file: File) {
  const data = new FormData();
  data.append('file', file, file.name);
  return officerApi<DocumentView>(`${reg(slug)}/entries/${encodeURIComponent(id)}/documents`, { method: 'POST', body: data });
}

export function proposeExemption(slug: string, entryId: string, body: unknown) {
  return officerApi<ConsequenceTestView>(`${reg(slug)}/entries/${encodeURIComponent(entryId)}/consequence-tests`, {
    method: 'POST',
    body,
  });
}

export function getTest(slug: string, id: string, signal?: AbortSignal) {
  return officerApi<ConsequenceTestView>(`${reg(slug)}/consequence-tests/${encodeURIComponent(id)}`, { signal });
}

export function testAction(slug: string, id: string, action: 'decision' | 'review', body: unknown) {
  return officerApi<ConsequenceTestView>(`${reg(slug)}/consequence-tests/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body,
  });
}

export function listDeliveries(slug: string, signal?: AbortSignal) {
  return officerApi<DeliveryView[]>(`${reg(slug)}/deliveries`, { signal });
}

export function recordDelivery(slug: string, body: unknown) {
  return officerApi<DeliveryView>(`${reg(slug)}/deliveries`, { method: 'POST', body });
}

export function getLlid(slug: string, year: number, signal?: AbortSignal) {
  return officerApi<Llid>(`${reports(slug)}/llid`, { query: { year }, signal });
}

export function saveLlidSections(slug: string, year: number, body: LlidSections) {
  return officerApi<Llid>(`${reports(slug)}/llid/sections`, { method: 'PUT', query: { year }, body });
}

export function publishLlid(slug: string, year: number) {
  return officerApi<Llid>(`${reports(slug)}/llid/publication`, { method: 'POST', query: { year }, body: {} });
}

export function recordLlidDelivery(slug: string, year: number, delivery: Omit<LlidDelivery, 'recipient' | 'via'> & { recipient: string; via: string }) {
  return officerApi<Llid>(`${reports(slug)}/llid/deliveries`, { method: 'POST', query: { year }, body: delivery });
}

export function downloadLlid(slug: string, year: number, format: 'pdf' | 'csv') {
  return download(`${reports(slug)}/llid`, { year, format }, `llid-${year}.${format}`);
}

/** The published LLID's signed cover letter to the Bupati (Perbup Pasal 18(2)). */
export function downloadLlidCover(slug: string, year: number) {
  return download(`${reports(slug)}/llid/cover-letter`, { year }, `surat-pengantar-llid-${year}.pdf`);
}

export function listSubmissions(slug: string, signal?: AbortSignal) {
  return officerApi<UnitReportSubmission[]>(`${reports(slug)}/ppid-pembantu/submissions`, { signal });
}

export function submitUnitReport(slug: string, from: string, to: string) {
  return officerApi<UnitReportSubmission>(`${reports(slug)}/ppid-pembantu/submissions`, { method: 'POST', body: { from, to } });
}

export function moveSubmission(slug: string, id: string, step: 'forwarding' | 'receipt') {
  return officerApi<UnitReportSubmission>(`${reports(slug)}/ppid-pembantu/submissions/${encodeURIComponent(id)}/${step}`, {
    method: 'POST',
    body: {},
  });
}

export function getUnitReport(slug: string, q: { unit?: string; from: string; to: string }, signal?: AbortSignal) {
  return officerApi<UnitReport>(`${reports(slug)}/ppid-pembantu`, { query: q, signal });
}

export function downloadUnitReport(slug: string, q: { unit?: string; from: string; to: string }, format: 'pdf' | 'csv') {
  return download(`${reports(slug)}/ppid-pembantu`, { ...q, format }, `laporan-ppid-pembantu.${format}`);
}

export function listLibraryHandovers(slug: string, signal?: AbortSignal) {
  return officerApi<LibraryHandover[]>(`${tenantPath(slug)}/officer/register/library-handovers`, { signal });
}

export function recordLibraryHandover(slug: string, handedOn: string, reference: string) {
  return officerApi<LibraryHandover>(`${tenantPath(slug)}/officer/register/library-handovers`, {
    method: 'POST',
    body: { handedOn, reference },
  });
}

const assignmentsPath = (slug: string) => `${tenantPath(slug)}/officer/register/assignments`;

export function listAssignments(slug: string, signal?: AbortSignal) {
  return officerApi<DocumentationAssignment[]>(assignmentsPath(slug), { signal });
}

export function assignDocumentation(slug: string, body: { unit: string; work: string; description: string; dueOn: string }) {
  return officerApi<DocumentationAssignment>(assignmentsPath(slug), { method: 'POST', body });
}

export function completeAssignment(slug: string, id: string, note: string) {
  return officerApi<DocumentationAssignment>(`${assignmentsPath(slug)}/${encodeURIComponent(id)}/completion`, { method: 'POST', body: { note } });
}
