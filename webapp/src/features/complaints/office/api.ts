import { tenantPath } from '../../../api/client';
import { officerApi } from '../../identity/office/session';
import type {
  Correction,
  Duplicate,
  FilledTemplate,
  Receipt,
  QueueCounts,
  QueuePage,
  OfficerComplaint,
  Publication,
  Identity,
  ResponseTemplate,
  RoutingSuggestion,
  TemplateInput,
} from '../../../api/schema';
import type { SearchParams } from '../../office/queueSearch';

export type {
  QueueItem,
  QueuePage,
  ComplaintOfficerEvent as OfficerEvent,
  DispatchView,
  OrgUnitRef,
  DispatchSuggestion,
  OfficerComplaint,
  LaporLink,
  MaskedText,
  PublicationLogEntry,
  BlurredPhoto,
  Publication,
  Identity,
  Correction,
  Duplicate,
  ResponseTemplate,
  RoutingSuggestion,
  TemplateInput,
} from '../../../api/schema';

export interface QueueQuery {
  status?: string;
  unitStatus?: string;
  dueBefore?: string;
  overdue?: boolean;
  page?: number;
  size?: number;
  /** A tracking number or words (searched on the server, Indonesian stemming). */
  q?: string;
  /** The reporter's phone or e-mail (central administrator only). */
  phone?: string;
  email?: string;
  category?: string;
  sort?: 'RECEIVED_DESC' | 'RECEIVED_ASC' | 'DUE_ASC';
}

export function listQueue(slug: string, q: QueueQuery, signal?: AbortSignal): Promise<QueuePage> {
  const { overdue, ...query } = q;
  return officerApi<QueuePage>(`${tenantPath(slug)}/officer/complaints${overdue ? '/overdue' : ''}`, { query, signal });
}

export function attachmentPath(slug: string, id: string, position: number) {
  return `${tenantPath(slug)}/officer/complaints/${encodeURIComponent(id)}/attachments/${position}`;
}

export function getComplaint(slug: string, id: string, signal?: AbortSignal) {
  return officerApi<OfficerComplaint>(`${tenantPath(slug)}/officer/complaints/${encodeURIComponent(id)}`, { signal });
}

/** One of OfficerComplaintResource's actions: `POST …/{id}/{action}` with its body. */
export function act(slug: string, id: string, action: string, body?: unknown) {
  return officerApi<OfficerComplaint>(`${tenantPath(slug)}/officer/complaints/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body,
  });
}

const publicationPath = (slug: string, id: string) =>
  `${tenantPath(slug)}/officer/complaints/${encodeURIComponent(id)}/publication`;

export function getPublication(slug: string, id: string, signal?: AbortSignal) {
  return officerApi<Publication>(publicationPath(slug, id), { signal });
}

export function publish(
  slug: string,
  id: string,
  body: { title: string; text: string; publicAttachments: number[]; publicLocation?: boolean; reason: string; blurredAttachments: number[] },
) {
  return officerApi<Publication>(publicationPath(slug, id), { method: 'POST', body });
}

/** Where a photo's blurred version is (GET: its picture; PUT: store one). */
export function blurredPhotoPath(slug: string, id: string, position: number) {
  return `${publicationPath(slug, id)}/photos/${position}`;
}

/** Stores the blurred version of a photo, made in the browser (multipart: photo, reason). */
export function saveBlurredPhoto(slug: string, id: string, position: number, photo: Blob, reason: string) {
  const form = new FormData();
  form.append('photo', photo, `foto-${position}-disamarkan.jpg`);
  form.append('reason', reason);
  return officerApi<Publication>(blurredPhotoPath(slug, id, position), { method: 'PUT', body: form });
}

export function removeBlurredPhoto(slug: string, id: string, position: number, reason: string) {
  return officerApi<Publication>(`${blurredPhotoPath(slug, id, position)}/withdrawal`, { method: 'POST', body: { reason } });
}

export function unpublish(slug: string, id: string, reason: string) {
  return officerApi<Publication>(`${publicationPath(slug, id)}/withdrawal`, { method: 'POST', body: { reason } });
}

export function reporterIdentity(slug: string, id: string, purpose: string) {
  return officerApi<Identity>(`${tenantPath(slug)}/officer/complaints/${encodeURIComponent(id)}/reporter`, {
    query: { purpose },
  });
}

export function walkIn(slug: string, body: unknown) {
  return officerApi<Receipt>(`${tenantPath(slug)}/officer/complaints`, {
    method: 'POST',
    body,
  });
}

export function complaintCounts(
  slug: string,
  query: SearchParams & { category?: string },
  signal?: AbortSignal,
): Promise<QueueCounts> {
  return officerApi<QueueCounts>(`${tenantPath(slug)}/officer/complaints/counts`, { query: { ...query }, signal });
}

export function getRoutingSuggestion(slug: string, id: string, signal?: AbortSignal): Promise<RoutingSuggestion> {
  return officerApi<RoutingSuggestion>(
    `${tenantPath(slug)}/officer/routing/complaints/${encodeURIComponent(id)}`,
    { signal },
  );
}

export function correct(slug: string, id: string, c: Correction): Promise<OfficerComplaint> {
  return officerApi<OfficerComplaint>(`${tenantPath(slug)}/officer/complaints/${encodeURIComponent(id)}/correction`, {
    method: 'POST',
    body: c,
  });
}

export function duplicates(slug: string, id: string, signal?: AbortSignal): Promise<Duplicate[]> {
  return officerApi<Duplicate[]>(`${tenantPath(slug)}/officer/complaints/${encodeURIComponent(id)}/duplicates`, { signal });
}

export type TemplatePurpose = ResponseTemplate['purpose'];

export function listTemplates(slug: string, signal?: AbortSignal): Promise<ResponseTemplate[]> {
  return officerApi<ResponseTemplate[]>(`${tenantPath(slug)}/officer/response-templates`, { signal });
}

export function createTemplate(slug: string, t: TemplateInput): Promise<ResponseTemplate> {
  return officerApi<ResponseTemplate>(`${tenantPath(slug)}/officer/response-templates`, { method: 'POST', body: t });
}

export function updateTemplate(slug: string, id: string, t: TemplateInput): Promise<ResponseTemplate> {
  return officerApi<ResponseTemplate>(`${tenantPath(slug)}/officer/response-templates/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: t,
  });
}

export function deleteTemplate(slug: string, id: string): Promise<void> {
  return officerApi<void>(`${tenantPath(slug)}/officer/response-templates/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** The template's text with the case's values in its placeholders. */
export function fillTemplate(slug: string, template: string, complaint: string): Promise<{ text: string }> {
  return officerApi<FilledTemplate>(`${tenantPath(slug)}/officer/response-templates/${encodeURIComponent(template)}/filled`, {
    query: { complaint },
  });
}
