import { describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { id } from '../i18n/id';
import { mockFetch, ok, requestedPaths } from '../test/fetchMock';
import { TENANT_NOT_FOUND } from '../test/fixtures';
import { ApiError, HTTP_ERROR, NETWORK_ERROR, apiGet, buildUrl, toApiError } from './client';
import { calculateDue, getCurrentTenant } from './tenants';

describe('toApiError', () => {
  it('keeps status, code, field and both languages of the API error body', () => {
    const error = toApiError(422, {
      status: 422,
      code: 'WORKING_DAYS_OUT_OF_RANGE',
      message: { id: 'Jumlah hari kerja harus 1 sampai 366.', en: 'Working days must be 1 to 366.' },
      field: 'workingDays',
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(422);
    expect(error.code).toBe('WORKING_DAYS_OUT_OF_RANGE');
    expect(error.field).toBe('workingDays');
    expect(error.localized).toEqual({
      id: 'Jumlah hari kerja harus 1 sampai 366.',
      en: 'Working days must be 1 to 366.',
    });
  });

  it('gives a generic bilingual error for a body that is not the API shape', () => {
    const error = toApiError(502, '<html>Bad Gateway</html>');
    expect(error.status).toBe(502);
    expect(error.code).toBe(HTTP_ERROR);
    expect(error.field).toBeNull();
    expect(error.localized).toEqual({ id: id.errors.unexpected, en: en.errors.unexpected });
  });
});

describe('apiGet', () => {
  it('rejects with a typed ApiError parsed from the error body', async () => {
    mockFetch({ '/api/t/nowhere': { status: 404, body: TENANT_NOT_FOUND } });
    const error = await apiGet('/api/t/nowhere').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      code: 'TENANT_NOT_FOUND',
      field: null,
      localized: { id: 'Kabupaten tidak ditemukan.', en: 'Regency not found.' },
    });
  });

  it('rejects with a generic error when the error body is not JSON', async () => {
    mockFetch({ '/api/tenants': { status: 500, raw: '<h1>Internal Server Error</h1>' } });
    await expect(apiGet('/api/tenants')).rejects.toMatchObject({ status: 500, code: HTTP_ERROR });
  });

  it('rejects with NETWORK_ERROR when the request cannot be sent', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = await apiGet('/api/tenants').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: NETWORK_ERROR });
    expect((error as ApiError).localized.id).toBe(id.errors.network);
  });

  it('resolves with the parsed JSON body and sends Accept: application/json', async () => {
    const spy = mockFetch({ '/api/tenants': ok([{ slug: 'a' }]) });
    await expect(apiGet('/api/tenants')).resolves.toEqual([{ slug: 'a' }]);
    const init = (spy.mock.calls[0] as unknown[] | undefined)?.[1] as RequestInit;
    expect(new Headers(init.headers).get('Accept')).toBe('application/json');
  });
});

describe('endpoints', () => {
  it('buildUrl skips empty values and encodes the rest', () => {
    expect(buildUrl('/x', { a: '1 2', b: undefined, c: null, d: 3 })).toBe('/x?a=1+2&d=3');
    expect(buildUrl('/x', {})).toBe('/x');
  });

  it('calculateDue calls /api/t/{slug}/calendar/due with from and workingDays', async () => {
    const spy = mockFetch({ '/api/t/muara-enim/calendar/due': ok({ due: '2026-04-07' }) });
    await calculateDue('muara-enim', '2026-03-16', 10);
    expect(requestedPaths(spy)).toEqual(['/api/t/muara-enim/calendar/due?from=2026-03-16&workingDays=10']);
  });

  it('getCurrentTenant answers null on 404 and rethrows other errors', async () => {
    mockFetch({ '/api/tenants/current': { status: 404, body: { ...TENANT_NOT_FOUND } } });
    await expect(getCurrentTenant()).resolves.toBeNull();
    mockFetch({ '/api/tenants/current': { status: 503, raw: 'down' } });
    await expect(getCurrentTenant()).rejects.toMatchObject({ status: 503 });
  });
});
