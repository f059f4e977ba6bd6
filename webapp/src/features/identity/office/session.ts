import { ApiError, apiFetch, apiSend, type SendOptions } from '../../../api/client';
import { officeEn } from '../../../i18n/office.en';
import { officeId } from '../../../i18n/office.id';
import type { OfficerUser, TokenResponse } from '../../../api/schema';

export type { OfficerUser };

export interface Session {
  slug: string;
  accessToken: string;
  user: OfficerUser;
  restricted?: string | null;
}

/** What an officer with a second factor types beside the password. */
export interface SecondFactor {
  code?: string;
  recoveryCode?: string;
}

/**
 * The officer's session. The access token lives in memory only (never in storage, so a script injected later cannot
 * read it from there). The refresh token, which the API rotates on every use and revokes on reuse
 * (docs/security.md), is kept in sessionStorage for this tab only, so that a reload signs in again without a
 * password; it is dropped on sign-out and when the tab closes.
 */
let current: Session | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<Session | null> | null = null;
const listeners = new Set<() => void>();

const storageKey = (slug: string) => `balai.refresh.${slug}`;

function emit() {
  listeners.forEach((l) => l());
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSession(): Session | null {
  return current;
}

function storeRefresh(slug: string, token: string | null) {
  try {
    if (token) window.sessionStorage.setItem(storageKey(slug), token);
    else window.sessionStorage.removeItem(storageKey(slug));
  } catch {
    // storage unavailable: the session then lasts until the page reloads
  }
}

function readRefresh(slug: string): string | null {
  try {
    return window.sessionStorage.getItem(storageKey(slug));
  } catch {
    return null;
  }
}

function accept(slug: string, t: TokenResponse): Session {
  current = { slug, accessToken: t.accessToken, user: t.user, restricted: t.restricted ?? null };
  storeRefresh(slug, t.refreshToken);
  clearTimeout(refreshTimer);
  // Refresh a little before the access token runs out (at 80% of its life, at least 10 s from now).
  const inMs = Math.max(10, Math.floor(t.expiresIn * 0.8)) * 1000;
  refreshTimer = setTimeout(() => void refreshSession(slug), inMs);
  emit();
  return current;
}

export async function login(slug: string, username: string, password: string, second: SecondFactor = {}): Promise<Session> {
  const t = await apiSend<TokenResponse>('/api/auth/login', {
    method: 'POST',
    body: { tenant: slug, username: username.trim(), password, ...second },
  });
  return accept(slug, t);
}

let signedOutNotice: string | null = null;

/**
 * After a password change the server has ended every session of the account: forget this one too, leaving a notice
 * for the sign-in form.
 */
export function endLocally(notice?: string) {
  signedOutNotice = notice ?? null;
  if (current) clear(current.slug);
}

/** The notice left by {@link endLocally}, once. */
export function takeSignedOutNotice(): string | null {
  const n = signedOutNotice;
  signedOutNotice = null;
  return n;
}

/** Exchanges the stored refresh token for new tokens; null (and signed out) when there is none or it failed. */
export function refreshSession(slug: string): Promise<Session | null> {
  if (refreshing) return refreshing;
  const token = readRefresh(slug);
  if (!token) return Promise.resolve(null);
  refreshing = apiSend<TokenResponse>('/api/auth/refresh', { method: 'POST', body: { refreshToken: token } })
    .then(
      (t) => accept(slug, t),
      (error: unknown) => {
        if (error instanceof ApiError && error.status >= 400 && error.status < 500) clear(slug);
        return null;
      },
    )
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

function clear(slug: string) {
  current = null;
  clearTimeout(refreshTimer);
  storeRefresh(slug, null);
  emit();
}

export async function logout(): Promise<void> {
  const s = current;
  if (!s) return;
  try {
    await apiSend<void>('/api/auth/logout', { method: 'POST', token: s.accessToken });
  } catch {
    // signed out locally anyway
  } finally {
    clear(s.slug);
  }
}

/** An officer API call with the access token; on a 401 it refreshes once and tries again. */
export async function officerFetch(path: string, options: SendOptions = {}): Promise<Response> {
  const s = current;
  if (!s) throw new ApiError({ status: 401, code: 'NOT_SIGNED_IN', message: NOT_SIGNED_IN, field: null });
  try {
    return await apiFetch(path, { ...options, token: s.accessToken });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    const renewed = await refreshSession(s.slug);
    if (!renewed) throw error;
    return apiFetch(path, { ...options, token: renewed.accessToken });
  }
}

export async function officerApi<T>(path: string, options: SendOptions = {}): Promise<T> {
  const response = await officerFetch(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * An image of the officers' API (an attachment) as a data: URL for an <img>: the endpoint wants the token, which an
 * <img src> cannot send, and the CSP allows `img-src 'self' data:` (not blob:). Like a download, each fetch is an
 * audited access to the file (OfficerComplaintResource.attachment).
 */
export async function imageDataUrl(path: string, mediaType: string, signal?: AbortSignal): Promise<string> {
  const response = await officerFetch(path, { headers: { Accept: `${mediaType}, application/json` }, signal });
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${mediaType};base64,${btoa(binary)}`;
}

/** Downloads a report file (CSV, XLSX, PDF) with the token and hands it to the browser as a file. */
export async function download(path: string, query: SendOptions['query'], fallbackName: string): Promise<void> {
  const response = await officerFetch(path, { query, headers: { Accept: '*/*' } });
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const NOT_SIGNED_IN = { id: officeId.login.required, en: officeEn.login.required };

export function hasRole(session: Session | null, ...roles: string[]): boolean {
  return Boolean(session && roles.some((r) => session.user.roles.includes(r)));
}

/** For tests: forget everything. */
export function resetSessionForTests() {
  current = null;
  clearTimeout(refreshTimer);
  refreshing = null;
  listeners.clear();
}
