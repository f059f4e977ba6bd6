import { apiSend, sendWithProgress, tenantPath, type UploadProgress } from './client';
import type {
  Receipt,
  Finding,
  PublicPreview,
  PublicEvent,
  PublicDispatch,
  PublicComplaint,
  Attachment,
} from './schema';

export type { Receipt, Finding, PublicPreview, PublicEvent, PublicDispatch, PublicComplaint, Attachment };

/** SPIKM report types (ReportType on the server). */
export const REPORT_TYPES = ['COMPLAINT', 'QUESTION', 'SUGGESTION', 'CRITICISM', 'STATEMENT'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export interface ComplaintForm {
  type: ReportType;
  title: string;
  description: string;
  category: string;
  location: string;
  latitude: string;
  longitude: string;
  anonymous: boolean;
  confidential: boolean;
  /** "Jangan tampilkan laporan saya untuk publik": never published (issue 15). */
  publicDeclined: boolean;
  name: string;
  phone: string;
  email: string;
  /** How the reporter hears back (issue 16): EMAIL, SMS, WHATSAPP or NONE; '' until chosen (then suggested). */
  notifyBy: string;
}

export const EMPTY_FORM: ComplaintForm = {
  type: 'COMPLAINT',
  title: '',
  description: '',
  category: '',
  location: '',
  latitude: '',
  longitude: '',
  anonymous: false,
  confidential: false,
  publicDeclined: false,
  name: '',
  phone: '',
  email: '',
  notifyBy: '',
};

/**
 * The channel for news the form suggests until the reporter picks one: e-mail when an address is given, else SMS
 * (or WhatsApp) when a phone is, else none. Only what the regency offers.
 */
export function suggestedNotifyBy(form: ComplaintForm, offered: readonly string[]): string {
  if (form.notifyBy) return form.notifyBy;
  if (form.email.trim() && offered.includes('EMAIL')) return 'EMAIL';
  if (form.phone.trim() && offered.includes('SMS')) return 'SMS';
  if (form.phone.trim() && offered.includes('WHATSAPP')) return 'WHATSAPP';
  return 'NONE';
}

/**
 * The JSON the API takes (ComplaintInput): blanks left out, coordinates as numbers; `offered` are the regency's
 * channels for news and `language` the page's, for the short messages.
 */
export function complaintInput(
  form: ComplaintForm,
  offered: readonly string[] = [],
  language = 'id',
): Record<string, unknown> {
  const trimmed = (v: string) => (v.trim() === '' ? undefined : v.trim());
  const number = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(',', '.')));
  const reporter = { name: trimmed(form.name), phone: trimmed(form.phone), email: trimmed(form.email) };
  const hasReporter = Object.values(reporter).some((v) => v !== undefined);
  return {
    type: form.type,
    title: form.title.trim(),
    description: form.description.trim(),
    category: trimmed(form.category),
    location: trimmed(form.location),
    latitude: number(form.latitude),
    longitude: number(form.longitude),
    anonymous: form.anonymous,
    confidential: form.confidential,
    publicDeclined: form.publicDeclined,
    reporter: hasReporter ? reporter : undefined,
    notifyBy: suggestedNotifyBy(form, offered),
    language,
  };
}

/** Attachments the API accepts (issue 4): JPEG, PNG or PDF, at most 5 files of 5 MB each. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export type AttachmentProblem = 'type' | 'size' | 'count';

/**
 * What is wrong with the chosen files, checked in the browser before sending (the server checks again). Without
 * `sizes`, only the count and the types: a photo over 5 MB may still fit once it is made smaller (app/photos.ts).
 */
export function attachmentProblem(
  files: readonly File[],
  { sizes = true }: { sizes?: boolean } = {},
): { problem: AttachmentProblem; index: number } | null {
  if (files.length > MAX_ATTACHMENTS) return { problem: 'count', index: MAX_ATTACHMENTS };
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    if (!ATTACHMENT_TYPES.includes(f.type)) return { problem: 'type', index: i };
    if (sizes && f.size > MAX_ATTACHMENT_BYTES) return { problem: 'size', index: i };
  }
  return null;
}

/**
 * The request body: plain JSON without files; with files, multipart/form-data with a `complaint` part (the same
 * JSON, application/json) and one `attachments` part per file.
 */
export function complaintBody(
  form: ComplaintForm,
  files: readonly File[],
  offered: readonly string[] = [],
  language = 'id',
): Record<string, unknown> | FormData {
  const input = complaintInput(form, offered, language);
  if (files.length === 0) return input;
  const data = new FormData();
  data.append('complaint', new Blob([JSON.stringify(input)], { type: 'application/json' }));
  for (const f of files) data.append('attachments', f, f.name);
  return data;
}

/** A fresh Idempotency-Key (A-Z a-z 0-9 and '-', 36 characters): one per filled form, kept across retries. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `web-${hex}`;
}

/**
 * Sends the citizen's report. With files (multipart) and `onProgress`, through XMLHttpRequest so that the form can
 * show how much of the upload has gone out; the same Idempotency-Key and the same errors either way.
 */
export function submitComplaint(
  slug: string,
  body: Record<string, unknown> | FormData,
  key: string,
  onProgress?: UploadProgress,
) {
  const path = `${tenantPath(slug)}/complaints`;
  const headers = { 'Idempotency-Key': key };
  if (body instanceof FormData && onProgress) return sendWithProgress<Receipt>(path, { body, headers }, onProgress);
  return apiSend<Receipt>(path, { method: 'POST', body, headers });
}

export function previewComplaint(slug: string, form: ComplaintForm) {
  const trimmed = (v: string) => (v.trim() === '' ? undefined : v.trim());
  return apiSend<PublicPreview>(`${tenantPath(slug)}/complaints/preview`, {
    method: 'POST',
    body: {
      title: form.title.trim(),
      description: form.description.trim(),
      reporter: { name: trimmed(form.name), phone: trimmed(form.phone) },
    },
  });
}

/** The reporter asks for the report to come off the public record; it does at once. */
export function requestTakedown(slug: string, number: string, code: string) {
  return apiSend<PublicComplaint>(`${base(slug, number)}/takedown-request`, {
    method: 'POST',
    body: { code: code.trim() },
  });
}

export function attachmentPath(slug: string, number: string, position: number) {
  return `${base(slug, number)}/attachments/${position}`;
}

const base = (slug: string, number: string) =>
  `${tenantPath(slug)}/complaints/${encodeURIComponent(number.trim().toUpperCase())}`;

export function trackComplaint(slug: string, number: string, code: string, signal?: AbortSignal) {
  return apiSend<PublicComplaint>(base(slug, number), { method: 'GET', query: { code: code.trim() }, signal });
}

export type ReporterAction =
  | { kind: 'clarification'; text: string; files?: readonly File[] }
  | { kind: 'acceptance' }
  | { kind: 'rating'; rating: number }
  | { kind: 'reopening'; reason: string };

export function reporterAction(slug: string, number: string, code: string, action: ReporterAction) {
  if (action.kind === 'clarification' && action.files && action.files.length > 0) {
    // With photos: multipart, the answer in the part 'clarification' (issue 16).
    const data = new FormData();
    data.append(
      'clarification',
      new Blob([JSON.stringify({ code: code.trim(), text: action.text })], { type: 'application/json' }),
    );
    for (const f of action.files) data.append('attachments', f, f.name);
    return apiSend<PublicComplaint>(`${base(slug, number)}/clarification`, { method: 'POST', body: data });
  }
  const { kind, ...rest } = action;
  if ('files' in rest) delete rest.files;
  return apiSend<PublicComplaint>(`${base(slug, number)}/${kind}`, {
    method: 'POST',
    body: { code: code.trim(), ...rest },
  });
}

/** Which reporter actions the API allows in a state (Complaint on the server decides; this only hides buttons). */
export function allowedReporterActions(c: PublicComplaint, today: string): ReporterAction['kind'][] {
  const actions: ReporterAction['kind'][] = [];
  if (c.status === 'CLARIFICATION_REQUESTED') actions.push('clarification');
  if (c.status === 'RESPONDED') actions.push('acceptance');
  if ((c.status === 'RESPONDED' || c.status === 'CLOSED') && c.rating == null) actions.push('rating');
  if ((c.status === 'RESPONDED' || c.status === 'CLOSED') && (!c.reopenUntil || c.reopenUntil >= today)) {
    actions.push('reopening');
  }
  return actions;
}
