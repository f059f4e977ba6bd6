import type { PublicDispatch } from '../../api/complaints';
import { officerApi } from './session';
import type { EventActor } from './actors';

const t = (slug: string) => `/api/t/${encodeURIComponent(slug)}`;

export interface QueueItem {
  id: string;
  trackingNumber: string;
  type: string;
  /** WEB, SMS, WALK_IN, EMAIL, SP4N_LAPOR… */
  channel?: string;
  title: string;
  category: string | null;
  status: string;
  receivedOn: string;
  verifyDue: string | null;
  agencies: PublicDispatch[];
  /** The case's SP4N-LAPOR! tracking id, when it has one. */
  laporTrackingId?: string | null;
}

export interface QueuePage {
  items: QueueItem[];
  page: number;
  size: number;
  total: number;
}

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

export interface OfficerEvent extends EventActor {
  seq: number;
  at: string;
  step: string;
  action: string;
  orgUnit: string | null;
  note: string | null;
  publicEvent: boolean;
}

export interface DispatchView {
  orgUnit: string;
  status: string;
  sentAt: string;
  dueOn: string | null;
  assignee: string | null;
  answer: string | null;
  answeredAt: string | null;
  returnReason: string | null;
}

/** An org unit by code and (Indonesian) name, as the server names it. */
export interface OrgUnitRef {
  code: string;
  name: string;
}

export interface DispatchSuggestion {
  basis: 'CATEGORY' | 'AREA';
  orgUnit: string;
  name: string;
}

export interface OfficerComplaint {
  id: string;
  trackingNumber: string;
  type: string;
  channel: string;
  title: string;
  description: string;
  category: string | null;
  locationText: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Where the point lies (issue 15 item 4): the kecamatan, and the desa/kelurahan when one is drawn there. */
  area?: { district: OrgUnitRef; village?: OrgUnitRef | null } | null;
  anonymous: boolean;
  confidential: boolean;
  hasReporterContact: boolean;
  status: string;
  receivedAt: string;
  receivedOn: string;
  countingStartsOn: string;
  verifyDue: string | null;
  dispatches: DispatchView[];
  /** Units offered for dispatch: by the category's route, and by where the point lies. */
  dispatchSuggestions?: DispatchSuggestion[];
  finalAnswer: string | null;
  rating: number | null;
  mergedInto: string | null;
  mergedFrom: string[];
  rejection: string | null;
  version: number;
  attachments?: import('../../api/complaints').Attachment[];
  history: OfficerEvent[];
  /** The case at SP4N-LAPOR!: its tracking id there (null until LAPOR! took a shared report) and where it came from. */
  lapor?: LaporLink | null;
  /** How the reporter hears back (issue 16): the channels chosen, and whether each still runs; never an address. */
  news?: { channel: string; active: boolean }[];
  /** What officers corrected (issue 17 item 2): the working title, tags and priority. */
  working?: { title: string; titleCorrected: boolean; tags: string[]; priority: string } | null;
}

export interface LaporLink {
  trackingId: string | null;
  /** LAPOR: dispatched by LAPOR!; BALAI: received here and shared. */
  origin: 'LAPOR' | 'BALAI';
  agency: string | null;
  suggestedUnit: OrgUnitRef | null;
  lastError: string | null;
  givenUpAt: string | null;
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

/** A text as it would be public, masked, with the kinds of personal data found (never the values). */
export interface MaskedText {
  text: string;
  findings: import('../../api/complaints').Finding[];
}

export interface PublicationLogEntry {
  seq: number;
  at: string;
  actor: string;
  act: 'PUBLISH' | 'EDIT' | 'UNPUBLISH' | 'TAKEDOWN_REQUESTED' | 'PHOTO_BLURRED' | 'PHOTO_BLUR_REMOVED';
  reason: string;
  /** The photo a photo act is about. */
  photo?: number | null;
}

/** A photo's stored blurred version (PublicationViews.BlurredPhotoView). */
export interface BlurredPhoto {
  position: number;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  madeAt: string;
  madeBy: string;
}

/** `GET …/officer/complaints/{id}/publication` (PublicationViews.PublicationView, issue 15). */
export interface Publication {
  trackingNumber: string;
  status: 'NONE' | 'PUBLISHED' | 'UNPUBLISHED';
  refusal: { id: string; en: string } | null;
  title: string | null;
  text: string | null;
  publicAttachments: number[];
  publishedAt: string | null;
  updatedAt: string | null;
  proposedTitle: MaskedText;
  proposedText: MaskedText;
  attachments: import('../../api/complaints').Attachment[];
  log: PublicationLogEntry[];
  /** Whether the public version shows the report's point (true before the first publication). */
  publicLocation?: boolean;
  /** Whether the report has a point at all. */
  hasPoint?: boolean;
  /** The photos shown only as their blurred version. */
  blurredAttachments: number[];
  /** The blurred versions stored, shown or not. */
  blurredPhotos: BlurredPhoto[];
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

export interface Identity {
  name: string | null;
  phone: string | null;
  email: string | null;
}

export function reporterIdentity(slug: string, id: string, purpose: string) {
  return officerApi<Identity>(`${t(slug)}/officer/complaints/${encodeURIComponent(id)}/reporter`, {
    query: { purpose },
  });
}

export function walkIn(slug: string, body: unknown) {
  return officerApi<import('../../api/complaints').Receipt>(`${t(slug)}/officer/complaints`, {
    method: 'POST',
    body,
  });
}

export interface Officer {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  orgUnit: string | null;
  active: boolean;
  locked: boolean;
}

export function listUsers(slug: string, signal?: AbortSignal) {
  return officerApi<{ items: Officer[]; total: number }>(`${t(slug)}/users`, { query: { size: 100 }, signal });
}

export interface OfficerInput {
  username?: string;
  displayName: string;
  roles: string[];
  orgUnit: string | null;
  active?: boolean;
}

export function createUser(slug: string, input: OfficerInput) {
  return officerApi<{ officer: Officer; oneTimePassword: string }>(`${t(slug)}/users`, {
    method: 'POST',
    body: input,
  });
}

export function updateUser(slug: string, id: string, input: OfficerInput) {
  return officerApi<Officer>(`${t(slug)}/users/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
}

export function resetPassword(slug: string, id: string) {
  return officerApi<{ officer: Officer; oneTimePassword: string }>(
    `${t(slug)}/users/${encodeURIComponent(id)}/password-reset`,
    { method: 'POST' },
  );
}

export function reportsPath(slug: string, kind: 'journal' | 'digest' | 'periodic') {
  return `${t(slug)}/reports/${kind}`;
}

export function daysOff(slug: string, year: number, signal?: AbortSignal) {
  return officerApi<{ date: string; kind: string; name: string }[]>(`${t(slug)}/calendar/days-off`, {
    query: { year },
    signal,
  });
}

/** A unit as the regency's admin manages it (OrganisationResource): deactivated ones too. */
export interface AdminUnit {
  code: string;
  parent: string | null;
  name: string;
  nameEn: string | null;
  kind: string;
  hostsSpikm: boolean;
  hostsPpidUtama: boolean;
  ppidPembantu: boolean;
  active: boolean;
}

export interface AdminCategory {
  code: string;
  name: string;
  nameEn: string | null;
  routeTo: string;
  active: boolean;
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
