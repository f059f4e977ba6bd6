import { en } from '../i18n/en';
import { id } from '../i18n/id';
import type { LocalizedText } from '../i18n/messages';

/**
 * Error body of the Balai API:
 * `{"status":404,"code":"TENANT_NOT_FOUND","message":{"id":"…","en":"…"},"field":null}`
 */
export interface ApiErrorBody {
  status: number;
  code: string;
  message: LocalizedText;
  field: string | null;
  /** When a whole document was checked (a tenant definition): every problem found, by path. */
  problems?: ApiProblem[];
}

/** One of several things wrong in a checked document, e.g. `{path: '$.timeZone', message: '…'}`. */
export interface ApiProblem {
  path: string;
  message: string;
}

/** Codes the client makes up itself when the server gave no usable error body. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export const HTTP_ERROR = 'HTTP_ERROR';
export const BAD_RESPONSE = 'BAD_RESPONSE';

/** Every failed API call rejects with this (except an abort, which rejects with the DOMException). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The body's `message` in both languages (`Error.message` is an English summary for logs). */
  readonly localized: LocalizedText;
  /** The input the error relates to, e.g. `from` or `workingDays`; null for a general error. */
  readonly field: string | null;
  /** Every problem by path (a 422 on a tenant definition); empty otherwise. */
  readonly problems: ApiProblem[];

  constructor(body: ApiErrorBody) {
    super(`${body.status} ${body.code}: ${body.message.en}`);
    this.name = 'ApiError';
    this.status = body.status;
    this.code = body.code;
    this.localized = body.message;
    this.field = body.field;
    this.problems = body.problems ?? [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` has the shape of the API's error body. */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (!isRecord(value)) return false;
  const message = value.message;
  return (
    typeof value.code === 'string' &&
    isRecord(message) &&
    typeof message.id === 'string' &&
    typeof message.en === 'string' &&
    (value.field === undefined || value.field === null || typeof value.field === 'string')
  );
}

/**
 * Turns an HTTP status and the (already parsed, possibly absent) response body into an ApiError.
 * A body that is not the API's error shape gives a generic bilingual message.
 */
export function toApiError(status: number, body: unknown): ApiError {
  if (isApiErrorBody(body)) {
    return new ApiError({
      status: typeof body.status === 'number' ? body.status : status,
      code: body.code,
      message: { id: body.message.id, en: body.message.en },
      field: body.field ?? null,
      problems: Array.isArray(body.problems)
        ? body.problems
            .filter((p): p is ApiProblem => isRecord(p) && typeof p.path === 'string' && typeof p.message === 'string')
            .map((p) => ({ path: p.path, message: p.message }))
        : undefined,
    });
  }
  return new ApiError({
    status,
    code: HTTP_ERROR,
    message: { id: id.errors.unexpected, en: en.errors.unexpected },
    field: null,
  });
}

/**
 * The path of one regency's part of the API, `/api/t/{slug}`: every API module builds its tenant paths on it
 * (e.g. `${tenantPath(slug)}/officer/complaints`).
 */
export function tenantPath(slug: string): string {
  return `/api/t/${encodeURIComponent(slug)}`;
}

export type QueryValue = string | number | boolean | null | undefined;

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined) params.append(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface GetOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

/** GETs JSON from the API. Resolves with the parsed body; rejects with ApiError. */
export async function apiGet<T>(path: string, options: GetOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: 'GET',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({
      status: 0,
      code: NETWORK_ERROR,
      message: { id: id.errors.network, en: en.errors.network },
      field: null,
    });
  }

  const body = await readJson(response);
  if (!response.ok) throw toApiError(response.status, body);
  if (body === undefined) {
    throw new ApiError({
      status: response.status,
      code: BAD_RESPONSE,
      message: { id: id.errors.badResponse, en: en.errors.badResponse },
      field: null,
    });
  }
  return body as T;
}

export interface SendOptions {
  method?: 'POST' | 'PUT' | 'GET' | 'DELETE';
  /**
   * A JSON body (sent as application/json), a FormData (multipart, boundary set by the browser) or a Blob (sent as
   * is, with the Content-Type given in `headers`).
   */
  body?: unknown;
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  /** A bearer access token for the officers' API. */
  token?: string | null;
  signal?: AbortSignal;
}

function networkError(): ApiError {
  return new ApiError({
    status: 0,
    code: NETWORK_ERROR,
    message: { id: id.errors.network, en: en.errors.network },
    field: null,
  });
}

/** Sends a request to the API and resolves with the raw Response when it is 2xx; rejects with ApiError. */
export async function apiFetch(path: string, options: SendOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData || options.body instanceof Blob) {
    // multipart (boundary set by the browser), or a document sent as written with its Content-Type header
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkError();
  }
  if (!response.ok) throw toApiError(response.status, await readJson(response));
  return response;
}

/** Like apiGet, for any method and body; a 204 resolves with undefined. */
export async function apiSend<T>(path: string, options: SendOptions = {}): Promise<T> {
  const response = await apiFetch(path, options);
  if (response.status === 204) return undefined as T;
  const body = await readJson(response);
  if (body === undefined) {
    throw new ApiError({
      status: response.status,
      code: BAD_RESPONSE,
      message: { id: id.errors.badResponse, en: en.errors.badResponse },
      field: null,
    });
  }
  return body as T;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Fetches a file (no token) and hands it to the browser as a download (the name from Content-Disposition). */
export async function downloadFile(path: string, query: Record<string, QueryValue>, fallbackName: string): Promise<void> {
  const response = await apiFetch(path, { query, headers: { Accept: '*/*' } });
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

/** How much of a request body has gone out: 0–100, whole percent. */
export type UploadProgress = (percent: number) => void;

/**
 * Sends a multipart body with XMLHttpRequest, the one browser API that reports how much of an upload has gone out
 * (fetch has no upload progress), for the citizen's complaint with photos on a slow line. Resolves with the parsed
 * JSON body like apiSend and rejects with the same ApiError (or the AbortError DOMException).
 */
export function sendWithProgress<T>(
  path: string,
  options: { body: FormData; headers?: Record<string, string>; signal?: AbortSignal },
  onProgress: UploadProgress,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new DOMException('The request was aborted.', 'AbortError'));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(options.headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(100, Math.floor((event.loaded * 100) / event.total)));
    };
    xhr.upload.onload = () => onProgress(100);
    const onAbort = () => xhr.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    xhr.onabort = () => reject(new DOMException('The request was aborted.', 'AbortError'));
    xhr.onerror = () => reject(networkError());
    xhr.ontimeout = () => reject(networkError());
    xhr.onload = () => {
      options.signal?.removeEventListener('abort', onAbort);
      let body: unknown;
      try {
        body = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(toApiError(xhr.status, body));
      } else if (xhr.status !== 204 && body === undefined) {
        reject(
          new ApiError({
            status: xhr.status,
            code: BAD_RESPONSE,
            message: { id: id.errors.badResponse, en: en.errors.badResponse },
            field: null,
          }),
        );
      } else {
        resolve(body as T);
      }
    };
    xhr.send(options.body);
  });
}
