import { download, officerApi } from '../../identity/office/session';
import type {
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

export type {
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

const t = (slug: string) => `/api/t/${encodeURIComponent(slug)}`;
const reg = (slug: string) => `${t(slug)}/officer/register`;
const reports = (slug: string) => `${t(slug)}/officer/information-reports`;

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
  return officerApi<LibraryHandover[]>(`/api/t/${encodeURIComponent(slug)}/officer/register/library-handovers`, { signal });
}

export function recordLibraryHandover(slug: string, handedOn: string, reference: string) {
  return officerApi<LibraryHandover>(`/api/t/${encodeURIComponent(slug)}/officer/register/library-handovers`, {
    method: 'POST',
    body: { handedOn, reference },
  });
}

const assignmentsPath = (slug: string) => `/api/t/${encodeURIComponent(slug)}/officer/register/assignments`;

export function listAssignments(slug: string, signal?: AbortSignal) {
  return officerApi<DocumentationAssignment[]>(assignmentsPath(slug), { signal });
}

export function assignDocumentation(slug: string, body: { unit: string; work: string; description: string; dueOn: string }) {
  return officerApi<DocumentationAssignment>(assignmentsPath(slug), { method: 'POST', body });
}

export function completeAssignment(slug: string, id: string, note: string) {
  return officerApi<DocumentationAssignment>(`${assignmentsPath(slug)}/${encodeURIComponent(id)}/completion`, { method: 'POST', body: { note } });
}
