import { officerApi } from '../session';

export interface OwnSession {
  id: string;
  startedAt: string;
  lastUsedAt: string;
  expiresAt: string;
  current: boolean;
}

export interface SecondFactorStatus {
  enabled: boolean;
  recoveryCodesLeft: number;
}

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

export function startEnrolment(): Promise<{ secret: string; otpauthUri: string }> {
  return officerApi('/api/auth/second-factor/enrolment', { method: 'POST' });
}

export function confirmEnrolment(code: string): Promise<{ recoveryCodes: string[] }> {
  return officerApi('/api/auth/second-factor/confirmation', { method: 'POST', body: { code } });
}

export function removeSecondFactor(password: string): Promise<void> {
  return officerApi<void>('/api/auth/second-factor/removal', { method: 'POST', body: { password } });
}

/** The position and NIP an officer's signed letters print under their name. */
export interface SignatoryProfile {
  position: string;
  nip: string | null;
}

const signatoryPath = (slug: string) => `/api/t/${encodeURIComponent(slug)}/officer/signatory-profile`;

export function signatoryProfile(slug: string, signal?: AbortSignal): Promise<SignatoryProfile | null> {
  return officerApi<SignatoryProfile | null>(signatoryPath(slug), { signal });
}

export function saveSignatoryProfile(slug: string, profile: SignatoryProfile): Promise<SignatoryProfile> {
  return officerApi<SignatoryProfile>(signatoryPath(slug), { method: 'PUT', body: profile });
}
