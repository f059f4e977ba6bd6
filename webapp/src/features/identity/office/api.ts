import { tenantPath } from '../../../api/client';
import { officerApi } from './session';
import type {
  AdminCategory,
  AdminUnit,
  DayOff,
  Officer,
  OfficerInput,
  OfficerPage,
  OfficerWithPassword,
  OwnSession,
  RecoveryCodes,
  SavedFilter,
  SecondFactorEnrolment,
  SecondFactorStatus,
  SignatoryProfile,
} from '../../../api/schema';
import type { SavedQueue } from '../../office/queueSearch';

export type { AdminCategory, AdminUnit, Officer, OfficerInput, OwnSession, SecondFactorStatus, SignatoryProfile };

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return officerApi<void>('/api/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
}

export function listSessions(signal?: AbortSignal): Promise<OwnSession[]> {
  return officerApi<OwnSession[]>('/api/auth/sessions', { signal });
}

export function endSession(id: string): Promise<void> {
  return officerApi<void>(`/api/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function secondFactorStatus(signal?: AbortSignal): Promise<SecondFactorStatus> {
  return officerApi<SecondFactorStatus>('/api/auth/second-factor', { signal });
}

export function startEnrolment(): Promise<SecondFactorEnrolment> {
  return officerApi<SecondFactorEnrolment>('/api/auth/second-factor/enrolment', { method: 'POST' });
}

export function confirmEnrolment(code: string): Promise<RecoveryCodes> {
  return officerApi<RecoveryCodes>('/api/auth/second-factor/confirmation', { method: 'POST', body: { code } });
}

export function removeSecondFactor(password: string): Promise<void> {
  return officerApi<void>('/api/auth/second-factor/removal', { method: 'POST', body: { password } });
}

const signatoryPath = (slug: string) => `${tenantPath(slug)}/officer/signatory-profile`;

export function signatoryProfile(slug: string, signal?: AbortSignal): Promise<SignatoryProfile | null> {
  return officerApi<SignatoryProfile | null>(signatoryPath(slug), { signal });
}

export function saveSignatoryProfile(
  slug: string,
  profile: { position: SignatoryProfile['position']; nip: string | null },
): Promise<SignatoryProfile> {
  return officerApi<SignatoryProfile>(signatoryPath(slug), { method: 'PUT', body: profile });
}

export function listUsers(slug: string, signal?: AbortSignal) {
  return officerApi<OfficerPage>(`${tenantPath(slug)}/users`, { query: { size: 100 }, signal });
}

export function createUser(slug: string, input: OfficerInput) {
  return officerApi<OfficerWithPassword>(`${tenantPath(slug)}/users`, {
    method: 'POST',
    body: input,
  });
}

export function updateUser(slug: string, id: string, input: OfficerInput) {
  return officerApi<Officer>(`${tenantPath(slug)}/users/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
}

export function resetPassword(slug: string, id: string) {
  return officerApi<OfficerWithPassword>(
    `${tenantPath(slug)}/users/${encodeURIComponent(id)}/password-reset`,
    { method: 'POST' },
  );
}

export function listAdminUnits(slug: string, signal?: AbortSignal) {
  return officerApi<AdminUnit[]>(`${tenantPath(slug)}/admin/org-units`, { signal });
}

export function addUnit(
  slug: string,
  input: { code: string; name: string; nameEn?: string; kind: string; parent?: string; ppidPembantu?: boolean },
) {
  return officerApi<AdminUnit>(`${tenantPath(slug)}/admin/org-units`, { method: 'POST', body: input });
}

/** What is absent stays; `parent: ''` moves to the top; `active` deactivates or reactivates. */
export function changeUnit(
  slug: string,
  code: string,
  input: { name?: string; nameEn?: string; parent?: string; ppidPembantu?: boolean; active?: boolean },
) {
  return officerApi<AdminUnit>(`${tenantPath(slug)}/admin/org-units/${encodeURIComponent(code)}`, { method: 'PUT', body: input });
}

export function listAdminCategories(slug: string, signal?: AbortSignal) {
  return officerApi<AdminCategory[]>(`${tenantPath(slug)}/admin/complaint-categories`, { signal });
}

export function addCategory(slug: string, input: { code: string; name: string; nameEn?: string; routeTo: string }) {
  return officerApi<AdminCategory>(`${tenantPath(slug)}/admin/complaint-categories`, { method: 'POST', body: input });
}

export function changeCategory(
  slug: string,
  code: string,
  input: { name?: string; nameEn?: string; routeTo?: string; active?: boolean },
) {
  return officerApi<AdminCategory>(`${tenantPath(slug)}/admin/complaint-categories/${encodeURIComponent(code)}`, {
    method: 'PUT',
    body: input,
  });
}

export function daysOff(slug: string, year: number, signal?: AbortSignal) {
  return officerApi<DayOff[]>(`${tenantPath(slug)}/calendar/days-off`, {
    query: { year },
    signal,
  });
}

export function listSavedFilters(slug: string, queue: SavedQueue, signal?: AbortSignal): Promise<SavedFilter[]> {
  return officerApi<SavedFilter[]>(`${tenantPath(slug)}/officer/saved-filters`, { query: { queue }, signal });
}

export function saveFilter(slug: string, queue: SavedQueue, name: string, query: string): Promise<SavedFilter> {
  return officerApi<SavedFilter>(`${tenantPath(slug)}/officer/saved-filters`, {
    method: 'POST',
    body: { queue, name, query },
  });
}

export function deleteSavedFilter(slug: string, id: string): Promise<void> {
  return officerApi<void>(`${tenantPath(slug)}/officer/saved-filters/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
