import { download, officerApi } from '../session';

const t = (slug: string) => `/api/t/${encodeURIComponent(slug)}`;
const reg = (slug: string) => `${t(slug)}/officer/register`;
const reports = (slug: string) => `${t(slug)}/officer/information-reports`;

/** RegisterViews.ExemptionView. */
export interface ExemptionView {
  ground: string;
  legalBasis: string;
  groundId: string;
  groundEn: string;
  decreeNumber: string | null;
  until: string | null;
}

/** RegisterViews.EntryView: the Pasal 17(1) columns, class, stage and clocks. */
export interface EntryView {
  id: string;
  number: string;
  title: string;
  summary: string;
  holdingOfficial: string | null;
  holdingUnit: string;
  personResponsible: string;
  madeOn: string | null;
  madePlace: string;
  forms: string[];
  retentionPeriod: string;
  infoClass: string;
  ownerPpid: string;
  stage: string;
  code: string | null;
  published: boolean;
  publishedAt: string | null;
  frontPage: boolean;
  lastUpdatedOn: string | null;
  nextUpdateDue: string | null;
  overdue: boolean;
  exemption: ExemptionView | null;
}

export interface EntryPage {
  items: EntryView[];
  page: number;
  size: number;
  total: number;
}

export interface DocumentView {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface ConsequenceTestView {
  id: string;
  entryId: string;
  ground: string;
  legalBasis: string;
  harmTest: string;
  political: string;
  economic: string;
  socioCultural: string;
  defenceSecurity: string;
  meetingOn: string;
  members: string[];
  proposedBy: string;
  proposedAt: string;
  status: string;
  decreeNumber: string | null;
  exemptUntil: string | null;
  decisionNote: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reviews: { at: string; by: string; publicInterest: string; opened: boolean }[];
}

export interface OfficerEntryView {
  entry: EntryView;
  documents: DocumentView[];
  consequenceTests: ConsequenceTestView[];
}

export interface DeliveryView {
  unit: string;
  unitName: string;
  lastDeliveredOn: string | null;
  dueOn: string | null;
  status: 'DONE' | 'OVERDUE' | string;
}

export function listEntries(
  slug: string,
  q: { class?: string; stage?: string; unit?: string; q?: string; page?: number },
  signal?: AbortSignal,
) {
  return officerApi<EntryPage>(`${reg(slug)}/entries`, { query: { ...q, size: 20 }, signal });
}

/** How many entries each documentation stage holds for the class, unit and words given (the stage filter's counts). */
export interface EntryCounts {
  byStage: Record<string, number>;
  total: number;
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

/** InformationReports.RequestFigures. */
export interface RequestFigures {
  total: number;
  byChannel: Record<string, number>;
  byRequesterType: Record<string, number>;
  byStatus: Record<string, number>;
  byOutcome: Record<string, number>;
  grantedFull: number;
  grantedPart: number;
  refused: number;
  notHeld: number;
  lapsed: number;
  pending: number;
  extended: number;
  late: number;
  exemptionGrounds: Record<string, number>;
  averageWorkingDays: number | null;
  /** Pasal 18(3)c.2: per classification (the notice's outcome), the notices and their mean and longest working days. */
  timeByOutcome: Record<string, { notices: number; averageWorkingDays: number | null; longestWorkingDays: number | null }>;
  /** The items of public information given: the released documents of the period's requests. */
  releasedDocuments: number;
}

export interface RequestTime {
  registrationNumber: string;
  receivedAt: string;
  receivedOn: string;
  countingStartsOn: string;
  channel: string;
  requesterType: string;
  status: string;
  outcome: string | null;
  exemptionGround: string | null;
  orgUnit: string | null;
  noticeIssuedOn: string | null;
  workingDays: number | null;
  extended: boolean;
  late: boolean;
}

export interface LlidSections {
  policy: string | null;
  facilities: string | null;
  staff: string | null;
  budget: string | null;
  obstacles: string | null;
  recommendations: string | null;
}

export interface Llid {
  tenant: string;
  fiscalYear: number;
  from: string;
  to: string;
  dueOn: string;
  publishedOn: string | null;
  late: boolean;
  sections: LlidSections;
  requests: RequestFigures;
  objections: { total: number; byGround: Record<string, number>; byStatus: Record<string, number>; byDecision: Record<string, number> };
  disputes: {
    total: number;
    byStage: Record<string, number>;
    byOutcome: Record<string, number>;
    courtCases: number;
    /** How the final decisions were carried out: COMPLIED, NOT_COMPLIED, NOT_RECORDED. */
    byCompliance: Record<string, number>;
  };
  /** The first requests only (500 at most); `perRequestTotal` counts them all, the CSV lists them all. */
  perRequest: RequestTime[];
  perRequestTotal: number;
  /** Where the published LLID went (Perbup Pasal 18(2), 19), one per recipient. */
  deliveries?: LlidDelivery[];
}

export interface LlidDelivery {
  recipient: 'ATASAN_PPID' | 'BUPATI' | 'KEMENDAGRI' | 'KIP';
  deliveredOn: string;
  via: 'LETTER' | 'EMAIL' | 'HAND' | 'APPLICATION';
  reference: string;
}

export interface UnitReport {
  unit: string;
  from: string;
  to: string;
  requests: RequestFigures;
  perRequest: RequestTime[];
  perRequestTotal: number;
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

/** A PPID Pembantu's report on its way to the Bupati (Perbup Pasal 28). */
export interface UnitReportSubmission {
  id: string;
  unit: string;
  from: string;
  to: string;
  counts: { total: number; grantedFull: number; grantedPart: number; refused: number; notHeld: number };
  submittedOn: string;
  forwardedOn: string | null;
  receivedOn: string | null;
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

/** A handover of the register to the regional library (Perbup Pasal 17(2)). */
export interface LibraryHandover {
  id: string;
  handedOn: string;
  reference: string;
  entries: number;
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

/** Documentation work the PPID Utama assigns a unit (Perbup Pasal 9e). */
export interface DocumentationAssignment {
  id: string;
  unit: string;
  work: 'MAKE' | 'COLLECT' | 'MAINTAIN';
  description: string;
  assignedOn: string;
  dueOn: string;
  doneOn: string | null;
  doneNote: string | null;
  overdue: boolean;
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
