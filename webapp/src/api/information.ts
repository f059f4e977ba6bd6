import { apiGet, apiSend, downloadFile, tenantPath } from './client';
import type {
  RegisterEntry,
  RequestReceipt,
  PublicRequest,
  RegisterPage,
  SearchPage,
  RegisterEntryWithDocuments,
  PublicObjection,
} from './schema';

export type {
  RegisterPage,
  SearchPage,
  Exemption,
  RegisterEntry,
  RegisterDocument,
  SnippetPart,
  SearchHit,
  RequestReceipt,
  Notice,
  FileView,
  ObjectionSummary,
  PublicRequest,
} from './schema';

/** The register's classes (UU KIP Ps 9, 10, 11, 17; Perbup Pasal 16). */
export const INFORMATION_CLASSES = ['BERKALA', 'SERTA_MERTA', 'SETIAP_SAAT', 'DIKECUALIKAN'] as const;

export function listRegister(
  slug: string,
  q: { class?: string; unit?: string; page?: number; size?: number },
  signal?: AbortSignal,
) {
  return apiGet<RegisterPage>(`${tenantPath(slug)}/register/entries`, { query: q, signal });
}

export function searchRegister(slug: string, text: string, page: number, signal?: AbortSignal) {
  return apiGet<SearchPage>(`${tenantPath(slug)}/register/search`, {
    query: { q: text, page, size: 20 },
    signal,
  });
}

export function getEntry(slug: string, id: string, signal?: AbortSignal) {
  return apiGet<RegisterEntryWithDocuments>(
    `${tenantPath(slug)}/register/entries/${encodeURIComponent(id)}`,
    { signal },
  );
}

export function entryDocumentPath(slug: string, entryId: string, documentId: string) {
  return `${tenantPath(slug)}/register/entries/${encodeURIComponent(entryId)}/documents/${encodeURIComponent(documentId)}`;
}

export function frontPage(slug: string, signal?: AbortSignal) {
  return apiGet<RegisterEntry[]>(`${tenantPath(slug)}/register/front-page`, { signal });
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

export function submitRequest(slug: string, body: Record<string, unknown> | FormData, key: string) {
  return apiSend<RequestReceipt>(`${tenantPath(slug)}/information-requests`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': key },
  });
}

const req = (slug: string, number: string) =>
  `${tenantPath(slug)}/information-requests/${encodeURIComponent(number.trim().toUpperCase())}`;

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
  return apiSend<PublicObjection>(`${req(slug, number)}/objections`, {
    method: 'POST',
    body: { code: code.trim(), ground, reasons: reasons.trim() },
  });
}

/** Fetches a file (no token) and hands it to the browser as a download; rejects with ApiError. */
export const downloadPublic = downloadFile;
