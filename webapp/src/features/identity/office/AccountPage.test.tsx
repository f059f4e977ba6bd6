import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../app/App';
import { mockFetch, ok, type Reply } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { resetSessionForTests } from './session';

const USER = { id: 'u1', username: 'budi', displayName: 'Budi', tenant: 'muara-enim', orgUnit: null, roles: ['BUPATI'] };
const tokens = (restricted: string | null, roles = USER.roles) => ({
  accessToken: 'access',
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'refresh',
  user: { ...USER, roles },
  restricted,
});
const error = (status: number, code: string, id: string, en: string): Reply => ({
  status,
  body: { status, code, message: { id, en }, field: null },
});

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

async function signIn(password = 'sekali-pakai-123') {
  render(<App />);
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Nama pengguna'), 'budi');
  await user.type(screen.getByLabelText('Kata sandi'), password);
  await user.click(screen.getByRole('button', { name: 'Masuk' }));
  return user;
}

describe('staff sign-in and own account', () => {
  it('sends an officer signed in with a one-time password straight to setting a new one, then back to sign-in', async () => {
    const changes: unknown[] = [];
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/login': ok(tokens('PASSWORD_CHANGE')),
      '/api/auth/password': (init) => {
        const body = JSON.parse(String(init?.body)) as { newPassword: string };
        changes.push(body);
        return body.newPassword === 'password1234'
          ? error(400, 'COMMON_PASSWORD', 'Kata sandi ini terlalu mudah ditebak.', 'This password is too easy to guess.')
          : ok({});
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor');
    const user = await signIn();

    expect(await screen.findByRole('heading', { level: 1, name: 'Buat kata sandi baru' })).toBeTruthy();
    // Nothing else of the workspace is offered.
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByText('Sesi saya')).toBeNull();

    await user.type(screen.getByLabelText('Kata sandi sekarang'), 'sekali-pakai-123');
    await user.type(screen.getByLabelText('Kata sandi baru'), 'password1234');
    await user.type(screen.getByLabelText('Ulangi kata sandi baru'), 'password1234');
    await user.click(screen.getByRole('button', { name: 'Simpan kata sandi' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Kata sandi ini terlalu mudah ditebak.');

    const next = 'jembatan kayu di tepi sungai lematang';
    await user.clear(screen.getByLabelText('Kata sandi baru'));
    await user.type(screen.getByLabelText('Kata sandi baru'), next);
    await user.clear(screen.getByLabelText('Ulangi kata sandi baru'));
    await user.type(screen.getByLabelText('Ulangi kata sandi baru'), next);
    await user.click(screen.getByRole('button', { name: 'Simpan kata sandi' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk petugas' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('silakan masuk kembali');
    expect(changes[1]).toEqual({ currentPassword: 'sekali-pakai-123', newPassword: next });
  });

  it('asks for the authenticator code once the password is right, and offers a recovery code instead', async () => {
    const bodies: Record<string, string>[] = [];
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/login': (init) => {
        const body = JSON.parse(String(init?.body)) as Record<string, string>;
        bodies.push(body);
        return body.recoveryCode === 'abcde-fghij'
          ? ok(tokens(null))
          : error(401, 'SECOND_FACTOR_REQUIRED', 'Masukkan kode 6 angka dari aplikasi autentikator Anda, atau satu kode pemulihan.', 'Enter the code.');
      },
      '/api/auth/sessions': ok([]),
      '/api/auth/second-factor': ok({ enabled: true, recoveryCodesLeft: 9 }),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/akun');
    const user = await signIn('kata sandi pribadi saya');

    const code = await screen.findByLabelText('Kode autentikator (6 angka)');
    expect(screen.getByRole('alert').textContent).toContain('kode 6 angka');
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(bodies[1]).toMatchObject({ username: 'budi', code: '123456' });

    await user.click(screen.getByRole('button', { name: 'Pakai kode pemulihan' }));
    await user.type(screen.getByLabelText('Kode pemulihan'), 'abcde-fghij');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Akun saya' })).toBeTruthy();
    expect(bodies[2]).toMatchObject({ recoveryCode: 'abcde-fghij' });
    expect(bodies[2]?.code).toBeUndefined();
    expect(await screen.findByText('Aktif. Sisa kode pemulihan: 9.')).toBeTruthy();
  });

  it('lists the officer\u2019s sessions and ends another one; enrols an authenticator and shows the recovery codes once', async () => {
    const deleted: string[] = [];
    let sessions = [
      { id: 's1', startedAt: '2026-12-05T01:00:00Z', lastUsedAt: '2026-12-05T02:00:00Z', expiresAt: '2026-12-05T13:00:00Z', current: true },
      { id: 's2', startedAt: '2026-12-04T01:00:00Z', lastUsedAt: '2026-12-04T02:00:00Z', expiresAt: '2026-12-04T13:00:00Z', current: false },
    ];
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/login': ok(tokens(null)),
      '/api/auth/sessions': () => ok(sessions),
      '/api/auth/sessions/s2': () => {
        deleted.push('s2');
        sessions = sessions.slice(0, 1);
        return ok({});
      },
      '/api/auth/second-factor': ok({ enabled: false, recoveryCodesLeft: 0 }),
      '/api/auth/second-factor/enrolment': ok({ secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/Balai:budi?secret=JBSWY3DPEHPK3PXP' }),
      '/api/auth/second-factor/confirmation': ok({ recoveryCodes: ['aaaaa-bbbbb', 'ccccc-ddddd'] }),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/akun');
    const user = await signIn('kata sandi pribadi saya');

    expect(await screen.findByText(/Sesi ini/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Akhiri sesi' }));
    expect(await screen.findByText('Sesi diakhiri.')).toBeTruthy();
    expect(deleted).toEqual(['s2']);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Akhiri sesi' })).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Daftarkan autentikator' }));
    expect(await screen.findByText('JBSWY3DPEHPK3PXP')).toBeTruthy();
    // The address as a QR code to scan (an image the CSP allows: data:).
    const qr = (await screen.findByRole('img', { name: 'Kode QR untuk aplikasi autentikator' })) as HTMLImageElement;
    expect(qr.getAttribute('src')).toMatch(/^data:image\/gif;base64,[A-Za-z0-9+/=]{200,}$/);
    await user.type(screen.getByLabelText('Kode 6 angka dari aplikasi'), '654321');
    await user.click(screen.getByRole('button', { name: 'Aktifkan' }));
    const heading = await screen.findByRole('heading', { name: 'Kode pemulihan' });
    expect(document.activeElement).toBe(heading);
    const codes = heading.closest('section')!;
    expect(within(codes).getByText('aaaaa-bbbbb')).toBeTruthy();
    expect(within(codes).getByText('ccccc-ddddd')).toBeTruthy();
  });

  it('keeps the position and NIP the officer\u2019s letters print, and says what is wrong with a NIP', async () => {
    const saved: unknown[] = [];
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/login': ok(tokens(null)),
      '/api/auth/sessions': ok([]),
      '/api/auth/second-factor': ok({ enabled: false, recoveryCodesLeft: 0 }),
      '/api/t/muara-enim/officer/signatory-profile': (init) => {
        if (init?.method !== 'PUT') return { status: 204 };
        const body = JSON.parse(String(init.body)) as { position: string; nip: string | null };
        saved.push(body);
        return body.nip && body.nip.replace(/\s/g, '').length !== 18
          ? error(400, 'INVALID_NIP', 'NIP terdiri atas 18 angka.', 'A NIP has 18 digits.')
          : ok({ position: body.position, nip: body.nip?.replace(/\s/g, '') ?? null });
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/akun');
    const user = await signIn('kata sandi pribadi saya');

    const section = (await screen.findByRole('heading', { name: 'Penanda tangan surat' })).closest('section')!;
    await user.type(within(section).getByLabelText('Jabatan'), 'Kepala Bagian Umum');
    await user.type(within(section).getByLabelText(/^NIP/), '1980 0101');
    await user.click(within(section).getByRole('button', { name: 'Simpan jabatan dan NIP' }));
    expect((await within(section).findByRole('alert')).textContent).toBe('NIP terdiri atas 18 angka.');
    await user.clear(within(section).getByLabelText(/^NIP/));
    await user.type(within(section).getByLabelText(/^NIP/), '19800101 200501 1 001');
    await user.click(within(section).getByRole('button', { name: 'Simpan jabatan dan NIP' }));
    expect((await within(section).findByRole('status')).textContent).toBe('Jabatan dan NIP disimpan.');
    expect(saved[1]).toEqual({ position: 'Kepala Bagian Umum', nip: '19800101 200501 1 001' });
  });

  it('asks the admin to confirm a reset and shows the one-time password in the user\u2019s row, focused', async () => {
    let resets = 0;
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/login': ok(tokens(null, ['TENANT_ADMIN'])),
      '/api/t/muara-enim/users': ok({
        items: [{ id: 'o1', username: 'siti', displayName: 'Siti', roles: ['BUPATI'], orgUnit: null, active: true, locked: false }],
        page: 0,
        size: 100,
        total: 1,
      }),
      '/api/t/muara-enim/users/o1/password-reset': () => {
        resets++;
        return ok({ officer: { id: 'o1', username: 'siti' }, oneTimePassword: 'Xq7RmP2vLt9zKb4W' });
      },
      '/api/t/muara-enim/admin/org-units': ok([]),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/admin');
    const user = await signIn('kata sandi admin saya');

    const row = (await screen.findByRole('cell', { name: 'siti' })).closest('tr')!;
    await user.click(within(row).getByRole('button', { name: 'Atur ulang kata sandi' }));
    expect(resets).toBe(0);
    expect(within(row).getByText(/Atur ulang kata sandi siti\?/)).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: 'Batal' }));
    expect(resets).toBe(0);

    await user.click(within(row).getByRole('button', { name: 'Atur ulang kata sandi' }));
    await user.click(within(row).getByRole('button', { name: 'Ya, atur ulang' }));
    const shown = await within(row).findByRole('status', { name: 'Kata sandi sekali pakai untuk siti' });
    expect(resets).toBe(1);
    expect(within(shown).getByText('Xq7RmP2vLt9zKb4W')).toBeTruthy();
    expect(document.activeElement).toBe(shown);
  });
});
