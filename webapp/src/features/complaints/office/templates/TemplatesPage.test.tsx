import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../app/App';
import { mockFetch, ok } from '../../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../../test/fixtures';
import { resetSessionForTests } from '../../../identity/office/session';

const tokens = (roles: string[], orgUnit: string | null) => ({
  accessToken: 'access',
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'refresh',
  user: { id: 'u1', username: 'rina', displayName: 'Rina', tenant: 'muara-enim', orgUnit, roles },
});

const REGENCY = {
  id: 't-1',
  orgUnit: null,
  purpose: 'RESPONSE',
  name: 'Terima kasih',
  body: 'Terima kasih atas laporan {nomor}.',
};
const PUPR = {
  id: 't-2',
  orgUnit: 'PUPR',
  purpose: 'ANSWER',
  name: 'Jalan diperbaiki',
  body: 'Laporan {nomor} tentang {judul} sudah ditindaklanjuti.',
};

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

describe('response templates page', () => {
  it('lets an agency operator add its own template, change only its agency\u2019s, and delete only after confirming', async () => {
    const sent: { method: string; body: unknown }[] = [];
    let list = [REGENCY, PUPR];
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': ok(tokens(['AGENCY_OPERATOR'], 'PUPR')),
      '/api/t/muara-enim/officer/response-templates': (init) => {
        if (init?.method === 'POST') {
          const body = JSON.parse(String(init.body)) as Record<string, unknown>;
          sent.push({ method: 'POST', body });
          const made = { ...body, id: 't-3' } as typeof PUPR;
          list = [...list, made];
          return { status: 201, body: made };
        }
        return ok(list);
      },
      '/api/t/muara-enim/officer/response-templates/t-2': (init) => {
        sent.push({ method: String(init?.method), body: init?.body ? JSON.parse(String(init.body)) : null });
        list = list.filter((t) => t.id !== 't-2');
        return { status: 204 };
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/templat');
    render(<App />);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Templat jawaban' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Menu petugas' });
    expect(within(nav).getByRole('link', { name: 'Templat jawaban' }).getAttribute('aria-current')).toBe('page');
    // The regency's template is shown to the operator, but only its agency's may be changed.
    expect(await screen.findByRole('heading', { level: 3, name: 'Terima kasih' })).toBeTruthy();
    expect(screen.getByText('Kabupaten (semua SKPD)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hapus Terima kasih' })).toBeNull();
    const pupr = screen.getByRole('heading', { level: 3, name: 'Jalan diperbaiki' }).closest('li')!;
    expect(within(pupr).getByText('Jawaban SKPD')).toBeTruthy();
    expect(within(pupr).getByText('Dinas Pekerjaan Umum dan Penataan Ruang')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\b(ANSWER|RESPONSE|CLARIFICATION|PUPR)\b/);

    // A new template: the operator's own agency is sent, whatever the form shows.
    await user.selectOptions(screen.getByLabelText('Dipakai untuk'), 'CLARIFICATION');
    await user.type(screen.getByLabelText('Nama templat'), 'Minta foto');
    await user.type(screen.getByLabelText('Teks templat'), 'Mohon kirim foto lokasi untuk laporan nomor.');
    await user.click(screen.getByRole('button', { name: 'Simpan templat' }));
    expect(await screen.findByText('Templat “Minta foto” tersimpan.')).toBeTruthy();
    // The form is empty again for the next template.
    expect((screen.getByLabelText('Nama templat') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Teks templat') as HTMLTextAreaElement).value).toBe('');
    expect(sent[0]).toEqual({
      method: 'POST',
      body: { orgUnit: 'PUPR', purpose: 'CLARIFICATION', name: 'Minta foto', body: 'Mohon kirim foto lokasi untuk laporan nomor.' },
    });
    expect(await screen.findByRole('heading', { level: 3, name: 'Minta foto' })).toBeTruthy();

    // Deleting asks first; "Batal" keeps it, "Ya, hapus" deletes.
    await user.click(screen.getByRole('button', { name: 'Hapus Jalan diperbaiki' }));
    const confirm = screen.getByRole('group', { name: 'Hapus Jalan diperbaiki' });
    expect(within(confirm).getByText(/Hapus templat “Jalan diperbaiki”\?/)).toBeTruthy();
    expect(sent).toHaveLength(1);
    await user.click(within(confirm).getByRole('button', { name: 'Batal' }));
    expect(sent).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Hapus Jalan diperbaiki' }));
    await user.click(screen.getByRole('button', { name: 'Ya, hapus' }));
    expect(await screen.findByText('Templat “Jalan diperbaiki” dihapus.')).toBeTruthy();
    expect(sent[1]?.method).toBe('DELETE');
    await vi.waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Jalan diperbaiki' })).toBeNull());
  });

  it('lets the regency administrator give a template to an agency and edit any', async () => {
    const sent: unknown[] = [];
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': ok(tokens(['TENANT_ADMIN'], null)),
      '/api/t/muara-enim/officer/response-templates': ok([REGENCY]),
      '/api/t/muara-enim/officer/response-templates/t-1': (init) => {
        const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
        sent.push({ method: init?.method, body });
        return ok({ ...REGENCY, ...body });
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/templat');
    render(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ubah Terima kasih' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Ubah templat “Terima kasih”' })).toBeTruthy();
    expect((screen.getByLabelText('Teks templat') as HTMLTextAreaElement).value).toBe(REGENCY.body);
    await user.selectOptions(screen.getByLabelText('Milik'), 'DISHUB');
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan' }));
    expect(await screen.findByText('Perubahan templat “Terima kasih” tersimpan.')).toBeTruthy();
    expect(sent).toEqual([
      { method: 'PUT', body: { orgUnit: 'DISHUB', purpose: 'RESPONSE', name: 'Terima kasih', body: REGENCY.body } },
    ]);
  });
});
