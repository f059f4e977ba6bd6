import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../app/App';
import { mockFetch, ok } from '../../../test/fetchMock';
import { resetSessionForTests } from '../../identity/office/session';
import { definitionMediaType, pathLabel, problemsByPath, sortTenants } from './logic';

const OPERATOR = {
  accessToken: 'op-access',
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'op-refresh',
  user: { id: 'o1', username: 'operator', displayName: 'Operator Balai', tenant: null, orgUnit: null, roles: ['PLATFORM_OPERATOR'] },
};

const PROBLEMS = {
  status: 422,
  code: 'TENANT_DEFINITION_INVALID',
  message: { id: 'Definisi kabupaten/kota tidak valid: 3 masalah.', en: 'The regency definition is not valid: 3 problem(s).' },
  field: '$.slug',
  problems: [
    { path: '$.slug', message: 'does not match the regex pattern ^[a-z][a-z0-9-]{1,48}[a-z0-9]$' },
    { path: '$.timeZone', message: 'does not have a value in the enumeration [WIB, WITA, WIT]' },
    { path: '$.slug', message: "'Jaya Pura' is too long" },
  ],
};

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

describe('platform logic', () => {
  it('groups problems by path in the order found, each path once with every message', () => {
    const groups = problemsByPath(PROBLEMS.problems);
    expect(groups.map((g) => g.path)).toEqual(['$.slug', '$.timeZone']);
    expect(groups[0]!.messages).toHaveLength(2);
    expect(groups[1]!.label).toBe('timeZone');
  });

  it('writes a JSON path in plain words, counting list items from 1', () => {
    expect(pathLabel('$.orgUnits[0].code')).toBe('orgUnits › 1 › code');
    expect(pathLabel('$.orgUnits[code=PUPR].kind')).toBe('orgUnits › code=PUPR › kind');
    expect(pathLabel('$.channels.smsNumber')).toBe('channels › smsNumber');
    expect(pathLabel('$')).toBe('');
    expect(problemsByPath([{ path: '', message: 'not YAML' }])[0]!.path).toBe('$');
  });

  it('sends JSON as JSON and anything else as YAML, the file name first', () => {
    expect(definitionMediaType('{"slug":"x"}')).toBe('application/json');
    expect(definitionMediaType('  {\n "slug": "x"}')).toBe('application/json');
    expect(definitionMediaType('slug: x\nname: y')).toBe('application/yaml');
    expect(definitionMediaType('slug: x', 'jayapura.json')).toBe('application/json');
    expect(definitionMediaType('{}', 'x.yml')).toBe('application/yaml');
  });

  it('sorts the tenants by province, then name', () => {
    const t = (slug: string, name: string, province: string) => ({
      slug, name, province, shortCode: 'X', timeZone: 'WIB', status: 'ACTIVE' as const, portal: `/${slug}/`,
    });
    expect(sortTenants([t('b', 'Boalemo', '75'), t('m', 'Muara Enim', '16'), t('a', 'Aceh', '75')]).map((x) => x.slug)).toEqual([
      'm',
      'a',
      'b',
    ]);
  });
});

describe('platform operator pages', () => {
  it('onboarding lists every problem by path next to the definition, then shows the one-time credentials once', async () => {
    const sent: { type: string | null; auth: string | null }[] = [];
    let attempt = 0;
    mockFetch({
      '/api/auth/login': (init) => {
        expect(JSON.parse(String(init?.body))).toEqual({ tenant: '', username: 'operator', password: 'rahasia' });
        return ok(OPERATOR);
      },
      '/api/platform/tenants': (init) => {
        const headers = new Headers(init?.headers);
        sent.push({ type: headers.get('Content-Type'), auth: headers.get('Authorization') });
        attempt++;
        if (attempt === 1) return { status: 422, body: PROBLEMS };
        return {
          status: 201,
          body: {
            tenant: { slug: 'jayapura', name: 'Kabupaten Jayapura', shortCode: 'JP', province: '91', timeZone: 'WIT', status: 'ACTIVE', portal: '/jayapura/' },
            admin: { username: 'admin', oneTimePassword: 'Sekali-Pakai-123' },
          },
        };
      },
    });
    window.history.replaceState(null, '', '/platform/orientasi');
    render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Nama pengguna'), 'operator');
    await user.type(screen.getByLabelText('Kata sandi'), 'rahasia');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    const box = await screen.findByLabelText('Definisi (YAML atau JSON)');
    await user.click(box);
    await user.paste('slug: Jaya Pura\ntimeZone: JST');
    await user.click(screen.getByRole('button', { name: 'Periksa dan buat' }));

    const list = await screen.findByRole('heading', { name: 'Masalah dalam definisi (3)' });
    const problems = list.closest('div')!;
    expect(within(problems).getByText('$.slug')).toBeTruthy();
    expect(within(problems).getByText('$.timeZone')).toBeTruthy();
    expect(within(problems).getByText(/enumeration \[WIB, WITA, WIT\]/)).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toContain('definition-problems');
    expect(screen.getByRole('alert').textContent).toContain('3 masalah');
    expect(sent[0]).toEqual({ type: 'application/yaml', auth: 'Bearer op-access' });

    await user.click(screen.getByRole('button', { name: 'Periksa dan buat' }));
    expect(await screen.findByRole('heading', { name: 'Kabupaten Jayapura sudah aktif' })).toBeTruthy();
    expect(screen.getByTestId('admin-password').textContent).toBe('Sekali-Pakai-123');
    expect(screen.getByRole('alert').textContent).toContain('hanya ditampilkan sekali');
    await user.click(screen.getByRole('button', { name: /orientasi kabupaten\/kota lain/ }));
    expect(screen.queryByText('Sekali-Pakai-123')).toBeNull();
  });

  it('suspends a tenant only after a confirmation, and says so', async () => {
    const calls: string[] = [];
    let status = 'ACTIVE';
    mockFetch({
      '/api/auth/refresh': ok(OPERATOR),
      '/api/platform/tenants': () =>
        ok([{ slug: 'luwu-timur', name: 'Kabupaten Luwu Timur', shortCode: 'LT', province: '73', timeZone: 'WITA', status, portal: '/luwu-timur/' }]),
      '/api/platform/tenants/luwu-timur/suspension': (init) => {
        calls.push(init?.method ?? 'GET');
        status = 'SUSPENDED';
        return ok({ slug: 'luwu-timur', status });
      },
    });
    window.sessionStorage.setItem('balai.refresh.', 'op-refresh-old');
    window.history.replaceState(null, '', '/platform');
    render(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tangguhkan Kabupaten Luwu Timur' }));
    expect(calls).toEqual([]);
    expect(screen.getByText(/Data tetap tersimpan/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ya, tangguhkan' }));
    expect(await screen.findByText('Kabupaten Luwu Timur ditangguhkan.')).toBeTruthy();
    expect(calls).toEqual(['POST']);
    expect(await screen.findByText('Ditangguhkan')).toBeTruthy();
  });

  it('a provincial admin who opens /platform is told the account may not open it', async () => {
    mockFetch({ '/api/auth/refresh': ok({ ...OPERATOR, user: { ...OPERATOR.user, displayName: 'Admin Gorontalo', roles: ['PROVINCIAL_ADMIN'] } }) });
    window.sessionStorage.setItem('balai.refresh.', 'x');
    window.history.replaceState(null, '', '/platform');
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('Admin Gorontalo tidak berhak');
  });

  it('a provincial admin signed in with the operator\u2019s one-time password must choose a new one, then signs in again', async () => {
    const sent: unknown[] = [];
    const province = { ...OPERATOR, user: { ...OPERATOR.user, displayName: 'Admin Gorontalo', roles: ['PROVINCIAL_ADMIN'] } };
    mockFetch({
      '/api/auth/login': ok({ ...province, restricted: 'PASSWORD_CHANGE' }),
      '/api/auth/password': (init) => {
        sent.push(JSON.parse(String(init?.body)));
        return { status: 204 };
      },
    });
    window.history.replaceState(null, '', '/provinsi');
    render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Nama pengguna'), 'prov75');
    await user.type(screen.getByLabelText('Kata sandi'), 'sekali-pakai-1');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Buat kata sandi baru' })).toBeTruthy();
    await user.type(screen.getByLabelText('Kata sandi sekarang'), 'sekali-pakai-1');
    await user.type(screen.getByLabelText('Kata sandi baru'), 'kebun kopi di lereng gunung');
    await user.type(screen.getByLabelText('Ulangi kata sandi baru'), 'kebun kopi di lereng gunung');
    await user.click(screen.getByRole('button', { name: 'Simpan kata sandi' }));
    expect(await screen.findByText(/Kata sandi diganti/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Masuk' })).toBeTruthy();
    expect(sent).toEqual([{ currentPassword: 'sekali-pakai-1', newPassword: 'kebun kopi di lereng gunung' }]);
  });

  it('a suspended regency\u2019s portal shows the suspension notice, not \u201cnot found\u201d', async () => {
    mockFetch({
      '/api/t/jayapura': {
        status: 404,
        body: {
          status: 404,
          code: 'TENANT_SUSPENDED',
          message: { id: 'Layanan Kabupaten Jayapura dihentikan sementara.', en: 'Suspended.' },
          field: null,
        },
      },
    });
    window.history.replaceState(null, '', '/jayapura/');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Layanan kabupaten ini dihentikan sementara' })).toBeTruthy();
    expect(screen.getByText('Layanan Kabupaten Jayapura dihentikan sementara.')).toBeTruthy();
    expect(screen.queryByText('Kabupaten tidak ditemukan')).toBeNull();
  });
});
