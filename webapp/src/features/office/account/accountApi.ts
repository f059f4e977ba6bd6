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
