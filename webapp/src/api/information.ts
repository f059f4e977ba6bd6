import { apiGet, apiSend, downloadFile } from './client';

/** The register's classes (UU KIP Ps 9, 10, 11, 17; Perbup Pasal 16). */
export const INFORMATION_CLASSES = ['BERKALA', 'SERTA_MERTA', 'SETIAP_SAAT', 'DIKECUALIKAN'] as const;

export interface Exemption {
  ground: string;
  legalBasis: string;
  groundId: string;
  groundEn: string;
  decreeNumber: string | null;
  until: string | null;
}

/** RegisterViews.EntryView: the Pasal 17(1) columns. */
export interface RegisterEntry {
  id: string;
  number: string;
  title: string;
  summary: string;
  holdingOfficial: string | null;
  holdingUnit: string | null;
  personResponsible: string | null;
  madeOn: string | null;
  madePlace: string | null;
  forms: string[];
  retentionPeriod: string | null;
  infoClass: string;
  ownerPpid: string;
  stage: string;
  code: string | null;
  published: boolean;
  frontPage: boolean;
  lastUpdatedOn: string | null;
  nextUpdateDue: string | null;
  overdue: boolean;
  /** Absent (the API leaves nulls out) or null when the entry is not exempt. */
  exemption?: Exemption | null;
}

export interface RegisterDocument {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
  /** Search only: more than `total` entries match; the newest `total` were ranked. */
  capped?: boolean;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  entry: RegisterEntry;
  rank: number;
  snippet: SnippetPart[];
}

const t = (slug: string) => `/api/t/${encodeURIComponent(slug)}`;

export function listRegister(
  slug: string,
  q: { class?: string; unit?: string; page?: number; size?: number },
  signal?: AbortSignal,
) {
  return apiGet<Page<RegisterEntry>>(`${t(slug)}/register/entries`, { query: q, signal });
}

export function searchRegister(slug: string, text: string, page: number, signal?: AbortSignal) {
  return apiGet<Page<SearchHit> & { query: string }>(`${t(slug)}/register/search`, {
    query: { q: text, page, size: 20 },
    signal,
  });
}

export function getEntry(slug: string, id: string, signal?: AbortSignal) {
  return apiGet<{ entry: RegisterEntry; documents: RegisterDocument[] }>(
    `${t(slug)}/register/entries/${encodeURIComponent(id)}`,
    { signal },
  );
}

export function entryDocumentPath(slug: string, entryId: string, documentId: string) {
  return `${t(slug)}/register/entries/${encodeURIComponent(entryId)}/documents/${encodeURIComponent(documentId)}`;
}

export function frontPage(slug: string, signal?: AbortSignal) {
  return apiGet<RegisterEntry[]>(`${t(slug)}/register/front-page`, { signal });
}

/** Requester types, how to obtain and how to receive (Perbup Pasal 21; Perki 1/2021 form). */
export const REQUESTER_TYPES = ['INDIVIDUAL', 'GROUP', 'NGO', 'MASS_ORGANISATION', 'POLITICAL_PARTY', 'PUBLIC_BODY'] as const;
export const OBTAIN_METHODS = ['SEE', 'READ', 'LISTEN', 'NOTE', 'SOFT_COPY', 'HARD_COPY'] as const;
export const RECEIVE_METHODS = ['TAKE', 'COURIER', 'POST', 'FAX', 'EMAIL'] as const;

export interface RequestForm {
  requesterType: string;
  idNumber: string;
  name: string;
  address: string;
  phone: string;
  email: string;
  occupation: string;
  informationWanted: string;
  purpose: string;
  obtainMethod: string;
  receiveMethod: string;
  /** '' = not chosen yet, 'yes' / 'no'. */
  willingToPay: '' | 'yes' | 'no';
}

export const EMPTY_REQUEST: RequestForm = {
  requesterType: 'INDIVIDUAL',
  idNumber: '',
  name: '',
  address: '',
  phone: '',
  email: '',
  occupation: '',
  informationWanted: '',
  purpose: '',
  obtainMethod: 'SOFT_COPY',
  receiveMethod: 'EMAIL',
  willingToPay: '',
};

/** A full copy of the information itself (Pasal 22(8): a written request with an ID copy). */
export function isCopy(obtainMethod: string): boolean {
  return obtainMethod === 'SOFT_COPY' || obtainMethod === 'HARD_COPY';
}

export type RequestProblem =
  | 'required'
  | 'nik'
  | 'contact'
  | 'emailForDelivery'
  | 'email'
  | 'idCopy'
  | 'idCopyType'
  | 'idCopySize'
  | 'tooShort';

export const ID_COPY_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
export const MAX_ID_COPY_BYTES = 2 * 1024 * 1024;

/**
 * The form's problems by field name (the API's field names), checked in the browser before sending; the server
 * checks again (InformationRequestInput).
 */
export function validateRequest(
  form: RequestForm,
  idCopy: File | null,
  idCopyRequired: boolean,
): Record<string, RequestProblem> {
  const p: Record<string, RequestProblem> = {};
  if (form.name.trim().length < 2) p['requester.name'] = 'required';
  const nik = form.idNumber.replace(/\s/g, '');
  if (!nik) p['requester.idNumber'] = 'required';
  else if (!/^[0-9]{16}$/.test(nik)) p['requester.idNumber'] = 'nik';
  if (form.address.trim().length < 5) p['requester.address'] = form.address.trim() ? 'tooShort' : 'required';
  const email = form.email.trim();
  if (email && !/^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$/.test(email)) p['requester.email'] = 'email';
  if (!form.phone.trim() && !email) p['requester.phone'] = 'contact';
  if (form.informationWanted.trim().length < 10) {
    p.informationWanted = form.informationWanted.trim() ? 'tooShort' : 'required';
  }
  if (form.purpose.trim().length < 5) p.purpose = form.purpose.trim() ? 'tooShort' : 'required';
  if (isCopy(form.obtainMethod)) {
    if (!form.receiveMethod) p.receiveMethod = 'required';
    if (form.receiveMethod === 'EMAIL' && !email && !p['requester.email']) p['requester.email'] = 'emailForDelivery';
    if (idCopyRequired && !idCopy) p.idCopy = 'idCopy';
  }
  if (idCopy) {
    if (!ID_COPY_TYPES.includes(idCopy.type)) p.idCopy = 'idCopyType';
    else if (idCopy.size > MAX_ID_COPY_BYTES) p.idCopy = 'idCopySize';
  }
  if (form.willingToPay === '') p.willingToPay = 'required';
  return p;
}

/** The JSON the API takes (InformationRequestInput), blanks left out. */
export function requestInput(form: RequestForm): Record<string, unknown> {
  const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());
  return {
    requesterType: form.requesterType,
    requester: {
      name: form.name.trim(),
      idNumber: form.idNumber.replace(/\s/g, ''),
      address: form.address.trim(),
      phone: opt(form.phone),
      email: opt(form.email),
      occupation: opt(form.occupation),
    },
    informationWanted: form.informationWanted.trim(),
    purpose: form.purpose.trim(),
    obtainMethod: form.obtainMethod,
    receiveMethod: isCopy(form.obtainMethod) ? form.receiveMethod || undefined : undefined,
    willingToPay: form.willingToPay === '' ? undefined : form.willingToPay === 'yes',
  };
}

/** JSON without an ID copy; multipart with the parts `request` (JSON) and `idCopy` with one. */
export function requestBody(form: RequestForm, idCopy: File | null): Record<string, unknown> | FormData {
  const input = requestInput(form);
  if (!idCopy) return input;
  const data = new FormData();
  data.append('request', new Blob([JSON.stringify(input)], { type: 'application/json' }));
  data.append('idCopy', idCopy, idCopy.name);
  return data;
}

export interface RequestReceipt {
  registrationNumber: string;
  accessCode: string;
  status: string;
  receivedOn: string;
  /** The day the notice clock counts from: later than receivedOn after hours or on a day off. */
  countingStartsOn: string;
  noticeDue: string;
}

export function submitRequest(slug: string, body: Record<string, unknown> | FormData, key: string) {
  return apiSend<RequestReceipt>(`${t(slug)}/information-requests`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': key },
  });
}

export interface Notice {
  held: boolean;
  heldBy: string | null;
  decision: string | null;
  exemptionGround: string | null;
  exemptionReason: string | null;
  informationGiven: string | null;
  redactions: { part: string; reason: string }[];
  medium: string | null;
  format: string | null;
  cost: number | null;
  paymentMethod: string | null;
  outcome: string | null;
}

export interface FileView {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export interface ObjectionSummary {
  id: string;
  registerNumber: string;
  ground: string;
  status: string;
  filedOn: string;
  answerDue: string;
  decision: string | null;
  answer: string | null;
  settlement: string | null;
  answeredOn: string | null;
  /**
   * The last day to bring a dispute to the Information Commission (UU KIP Ps 37(2)), once the objection is answered or
   * its answer window has lapsed; absent otherwise (the API leaves nulls out).
   */
  disputeFileBy?: string | null;
}

/** InformationViews.PublicView. */
export interface PublicRequest {
  registrationNumber: string;
  status: string;
  channel: string;
  informationWanted: string;
  receivedAt: string;
  receivedOn: string;
  countingStartsOn: string;
  noticeDue: string;
  extended: boolean;
  extensionReason: string | null;
  noticeIssuedOn: string | null;
  late: boolean;
  lapsedReason: string | null;
  notice: Notice | null;
  documents: FileView[];
  objectionGroundsAvailable: string[];
  objections: ObjectionSummary[];
  history: { at: string; action: string; note: string | null }[];
}

const req = (slug: string, number: string) =>
  `${t(slug)}/information-requests/${encodeURIComponent(number.trim().toUpperCase())}`;

export function trackRequest(slug: string, number: string, code: string, signal?: AbortSignal) {
  return apiGet<PublicRequest>(req(slug, number), { query: { code: code.trim() }, signal });
}

export function noticePath(slug: string, number: string) {
  return `${req(slug, number)}/notice`;
}

/** The extension notice, a signed letter, once the deadline is extended. */
export function extensionPath(slug: string, number: string) {
  return `${req(slug, number)}/extension`;
}

export function releasedPath(slug: string, number: string, fileId: string) {
  return `${req(slug, number)}/documents/${encodeURIComponent(fileId)}`;
}

export function fileObjection(slug: string, number: string, code: string, ground: string, reasons: string) {
  return apiSend<{ registerNumber: string; answerDue: string; status: string }>(`${req(slug, number)}/objections`, {
    method: 'POST',
    body: { code: code.trim(), ground, reasons: reasons.trim() },
  });
}

/** Fetches a file (no token) and hands it to the browser as a download; rejects with ApiError. */
export const downloadPublic = downloadFile;
