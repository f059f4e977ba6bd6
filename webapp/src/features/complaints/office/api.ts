import { officerApi } from '../../identity/office/session';
import type {
  DayOff,
  OfficerInput,
  OfficerPage,
  OfficerWithPassword,
  Receipt,
  QueuePage,
  OfficerComplaint,
  Publication,
  Identity,
  Officer,
  AdminUnit,
  AdminCategory,
} from '../../../api/schema';

export type {
  OfficerInput,
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
  Officer,
  AdminUnit,
  AdminCategory,
} from '../../../api/schema';

const t = (slug: string) => `/api/t/${encodeURIComponent(slug)}`;

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
  return officerApi<QueuePage>(`${t(slug)}/officer/complaints${overdue ? '/overdue' : ''}`, { query, signal });
}

export function attachmentPath(slug: string, id: string, position: number) {
  return `${t(slug)}/officer/complaints/${encodeURIComponent(id)}/attachments/${position}`;
}

export function getComplaint(slug: string, id: string, signal?: AbortSignal) {
  return officerApi<OfficerComplaint>(`${t(slug)}/officer/complaints/${encodeURIComponent(id)}`, { signal });
}

/** One of OfficerComplaintResource's actions: `POST …/{id}/{action}` with its body. */
export function act(slug: string, id: string, action: string, body?: unknown) {
  return officerApi<OfficerComplaint>(`${t(slug)}/officer/complaints/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body,
  });
}

const publicationPath = (slug: string, id: string) =>
  `${t(slug)}/officer/complaints/${encodeURIComponent(id)}/publication`;

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
  return officerApi<Identity>(`${t(slug)}/officer/complaints/${encodeURIComponent(id)}/reporter`, {
    query: { purpose },
  });
}

export function walkIn(slug: string, body: unknown) {
  return officerApi<Receipt>(`${t(slug)}/officer/complaints`, {
    method: 'POST',
    body,
  });
}

export function listUsers(slug: string, signal?: AbortSignal) {
  return officerApi<OfficerPage>(`${t(slug)}/users`, { query: { size: 100 }, signal });
}

export function createUser(slug: string, input: OfficerInput) {
  return officerApi<OfficerWithPassword>(`${t(slug)}/users`, {
    method: 'POST',
    body: input,
  });
}

export function updateUser(slug: string, id: string, input: OfficerInput) {
  return officerApi<Officer>(`${t(slug)}/users/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
}

export function resetPassword(slug: string, id: string) {
  return officerApi<OfficerWithPassword>(
    `${t(slug)}/users/${encodeURIComponent(id)}/password-reset`,
    { method: 'POST' },
  );
}

export function reportsPath(slug: string, kind: 'journal' | 'digest' | 'periodic') {
  return `${t(slug)}/reports/${kind}`;
}

export function daysOff(slug: string, year: number, signal?: AbortSignal) {
  return officerApi<DayOff[]>(`${t(slug)}/calendar/days-off`, {
    query: { year },
    signal,
  });
}

export function listAdminUnits(slug: string, signal?: AbortSignal) {
  return officerApi<AdminUnit[]>(`${t(slug)}/admin/org-units`, { signal });
}

export function addUnit(
  slug: string,
  input: { code: string; name: string; nameEn?: string; kind: string; parent?: string; ppidPembantu?: boolean },
) {
  return officerApi<AdminUnit>(`${t(slug)}/admin/org-units`, { method: 'POST', body: input });
}

/** What is absent stays; `parent: ''` moves to the top; `active` deactivates or reactivates. */
export function changeUnit(
  slug: string,
  code: string,
  input: { name?: string; nameEn?: string; parent?: string; ppidPembantu?: boolean; active?: boolean },
) {
  return officerApi<AdminUnit>(`${t(slug)}/admin/org-units/${encodeURIComponent(code)}`, { method: 'PUT', body: input });
}

export function listAdminCategories(slug: string, signal?: AbortSignal) {
  return officerApi<AdminCategory[]>(`${t(slug)}/admin/complaint-categories`, { signal });
}

export function addCategory(slug: string, input: { code: string; name: string; nameEn?: string; routeTo: string }) {
  return officerApi<AdminCategory>(`${t(slug)}/admin/complaint-categories`, { method: 'POST', body: input });
}

export function changeCategory(
  slug: string,
  code: string,
  input: { name?: string; nameEn?: string; routeTo?: string; active?: boolean },
) {
  return officerApi<AdminCategory>(`${t(slug)}/admin/complaint-categories/${encodeURIComponent(code)}`, {
    method: 'PUT',
    body: input,
  });
}
