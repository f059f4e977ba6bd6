import { officerApi } from './session';
import type {
  OwnSession,
  RecoveryCodes,
  SecondFactorEnrolment,
  SecondFactorStatus,
  SignatoryProfile,
} from '../../../api/schema';

export type { OwnSession, SecondFactorStatus, SignatoryProfile };

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

const signatoryPath = (slug: string) => `/api/t/${encodeURIComponent(slug)}/officer/signatory-profile`;

export function signatoryProfile(slug: string, signal?: AbortSignal): Promise<SignatoryProfile | null> {
  return officerApi<SignatoryProfile | null>(signatoryPath(slug), { signal });
}

export function saveSignatoryProfile(
  slug: string,
  profile: { position: SignatoryProfile['position']; nip: string | null },
): Promise<SignatoryProfile> {
  return officerApi<SignatoryProfile>(signatoryPath(slug), { method: 'PUT', body: profile });
}
