import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../app/App';
import { mockFetch, ok } from '../../../test/fetchMock';
import { expectCardCells } from '../../../test/cardTable';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { resetSessionForTests } from './session';

const ADMIN_TOKENS = {
  accessToken: 'access-admin',
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'refresh-admin',
  user: { id: 'u9', username: 'admin', displayName: 'Admin', tenant: 'muara-enim', orgUnit: null, roles: ['TENANT_ADMIN'] },
};

const UNITS = [
  { code: 'KOMINFO', parent: null, name: 'Dinas Kominfo', nameEn: null, kind: 'AGENCY', hostsSpikm: true, hostsPpidUtama: true, ppidPembantu: false, active: true },
  { code: 'PUPR', parent: null, name: 'Dinas PUPR', nameEn: null, kind: 'AGENCY', hostsSpikm: false, hostsPpidUtama: false, ppidPembantu: true, active: true },
  { code: 'BPBD', parent: null, name: 'BPBD', nameEn: null, kind: 'AGENCY', hostsSpikm: false, hostsPpidUtama: false, ppidPembantu: true, active: false },
];

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

/** Opens the regency administration and signs in as its administrator; the fetches are mocked before. */
async function signInToAdministration() {
  window.history.replaceState(null, '', '/muara-enim/kantor/admin');
  render(<App />);
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Nama pengguna'), 'admin');
  await user.type(screen.getByLabelText('Kata sandi'), 'rahasia');
  await user.click(screen.getByRole('button', { name: 'Masuk' }));
  return user;
}

describe('tenant admin: units and categories', () => {
  it('renames a unit live and shows the server\u2019s bilingual refusal to deactivate one with open cases', async () => {
    const puts: unknown[] = [];
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/login': ok(ADMIN_TOKENS),
      '/api/t/muara-enim/users': ok({ items: [], page: 0, size: 100, total: 0 }),
      '/api/t/muara-enim/admin/org-units': ok(UNITS),
      '/api/t/muara-enim/admin/org-units/KOMINFO': (init) => {
        puts.push(JSON.parse(String(init?.body)));
        return ok({ ...UNITS[0], name: 'Dinas Komunikasi' });
      },
      '/api/t/muara-enim/admin/org-units/PUPR': (init) => {
        puts.push(JSON.parse(String(init?.body)));
        return {
          status: 409,
          body: {
            status: 409,
            code: 'ORG_UNIT_HAS_OPEN_CASES',
            message: { id: 'Unit yang masih menangani kasus terbuka tidak dapat dinonaktifkan.', en: 'A unit that still holds open cases cannot be deactivated.' },
            field: 'PUPR',
          },
        };
      },
    });
    const user = await signInToAdministration();
    await user.click(await screen.findByRole('button', { name: 'Struktur organisasi' }));

    const kominfo = (await screen.findByRole('cell', { name: 'KOMINFO' })).closest('tr')!;
    // deactivated units stay listed, to be reactivated
    const bpbd = screen.getByRole('cell', { name: 'BPBD' }).closest('tr')!;
    expect(within(bpbd).getByRole('button', { name: 'Aktifkan kembali' })).toBeTruthy();
    expectCardCells(kominfo.closest('table')!);

    await user.click(within(kominfo).getByRole('button', { name: 'Ubah' }));
    const name = within(kominfo).getByLabelText('Nama');
    await user.clear(name);
    await user.type(name, 'Dinas Komunikasi');
    await user.click(within(kominfo).getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Perubahan KOMINFO disimpan.')).toBeTruthy();
    expect(puts[0]).toEqual({ name: 'Dinas Komunikasi', nameEn: '', parent: '' });

    const pupr = screen.getByRole('cell', { name: 'PUPR' }).closest('tr')!;
    await user.click(within(pupr).getByRole('button', { name: 'Nonaktifkan' }));
    expect(await within(pupr).findByText(/kasus terbuka/)).toBeTruthy();
    expect(puts[1]).toEqual({ active: false });
  });
});

describe('tenant admin: regulation parameters', () => {
  it('shows each parameter in words with its unit, never its configuration key', async () => {
    mockFetch({
      '/api/t/muara-enim': ok({
        ...MUARA_ENIM_FULL,
        parameters: {
          complaint: { autoCloseWorkingDays: 10, dueSoonWorkingDays: 1, followUpWorkingDays: 5, reopenWithinWorkingDays: 10, verifyDispatchWorkingDays: 3 },
          digest: { time: '07:00:00', recipients: ['sekda@example.org', 'bupati@example.org'] },
          informationRequest: { noticeWorkingDays: 10, extensionWorkingDays: 7, emailConfirmationSameDay: true, idCopyRequiredForFullCopy: false },
          fiscalYear: { startMonth: 1 },
          retention: { identityErasureMonthsAfterClose: 60 },
          security: { totpRequiredForAdmins: false },
        },
      }),
      '/api/auth/login': ok(ADMIN_TOKENS),
      '/api/t/muara-enim/users': ok({ items: [], page: 0, size: 100, total: 0 }),
    });
    const user = await signInToAdministration();
    await user.click(await screen.findByRole('button', { name: 'Parameter regulasi' }));

    const spikm = await screen.findByRole('region', { name: 'Laporan SPIKM' });
    // in the law's sequence, whatever order the server sends them in
    expect(within(spikm).getAllByRole('term').map((t) => (t.textContent ?? '').split(' ')[0])).toEqual([
      'Verifikasi', 'Tindak', 'Laporan', 'Pelapor', 'Ditandai',
    ]);
    const row = (label: RegExp) => within(spikm).getByText(label).closest('.facts__row')!;
    expect(row(/^Verifikasi dan penerusan ke SKPD/).textContent).toContain('3 hari kerja');
    const ppid = screen.getByRole('region', { name: 'Permohonan informasi' });
    expect(within(ppid).getByText(/^Salinan lengkap memerlukan/).closest('.facts__row')!.textContent).toContain('Tidak');
    const digest = screen.getByRole('region', { name: 'Ringkasan harian untuk Bupati' });
    expect(digest.textContent).toContain('07:00');
    expect(digest.textContent).not.toContain('07:00:00');
    expect(digest.textContent).toContain('sekda@example.org, bupati@example.org');
    expect(screen.getByRole('region', { name: 'Tahun anggaran' }).textContent).toContain('Januari');
    expect(screen.getByRole('region', { name: 'Penyimpanan data pribadi' }).textContent).toContain('60 bulan');
    const main = screen.getByRole('main').textContent ?? '';
    expect(main).not.toMatch(/WorkingDays|startMonth|totpRequired|\btrue\b|\bfalse\b/);
  });
});
