import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../app/App';
import { mockFetch, ok, requestedPaths } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';

const RESPONDED = {
  trackingNumber: 'ME-2026-000123',
  type: 'COMPLAINT',
  channel: 'WEB',
  title: 'Jembatan gantung rusak',
  description: 'Lantai patah.',
  category: 'INFRASTRUKTUR',
  status: 'RESPONDED',
  receivedAt: '2026-03-16T02:00:00Z',
  receivedOn: '2026-03-16',
  countingStartsOn: '2026-03-16',
  verifyDue: '2026-03-19',
  agencies: [{ orgUnit: 'PUPR', status: 'ANSWERED', dueOn: '2026-03-26' }],
  answer: 'Lantai jembatan sudah diganti.',
  rating: null,
  autoCloseDue: '2026-04-10',
  reopenUntil: null,
  mergedInto: null,
  mergedIntoStatus: null,
  history: [{ seq: 1, at: '2026-03-16T02:00:00Z', step: 'RECEIPT', action: 'RECEIVED', orgUnit: null, note: null }],
};

describe('tracking page', () => {
  it('says "not found" for a wrong number or code, without telling which', async () => {
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/complaints/ME-2026-000123': {
        status: 404,
        body: { status: 404, code: 'COMPLAINT_NOT_FOUND', message: { id: 'x', en: 'x' }, field: null },
      },
    });
    window.history.replaceState(null, '', '/muara-enim/lacak?nomor=ME-2026-000123');
    render(<App />);
    const user = userEvent.setup();
    expect(((await screen.findByLabelText(/Nomor laporan/)) as HTMLInputElement).value).toBe('ME-2026-000123');
    await user.type(screen.getByLabelText('Kode akses'), 'SALAH');
    await user.click(screen.getByRole('button', { name: 'Lihat laporan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Laporan tidak ditemukan');
  });

  it('shows status, agencies, the answer and history, and lets the reporter accept', async () => {
    const spy = mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/complaints/ME-2026-000123': ok(RESPONDED),
      '/api/t/muara-enim/complaints/ME-2026-000123/acceptance': ok({ ...RESPONDED, status: 'CLOSED' }),
    });
    window.history.replaceState(null, '', '/muara-enim/lacak');
    render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Nomor laporan/), 'me-2026-000123');
    await user.type(screen.getByLabelText('Kode akses'), 'K7Q2');
    await user.click(screen.getByRole('button', { name: 'Lihat laporan' }));
    expect(await screen.findByText('Lantai jembatan sudah diganti.')).toBeTruthy();
    expect(screen.getByText(/Dinas Pekerjaan Umum dan Penataan Ruang: Sudah dijawab SKPD/)).toBeTruthy();
    expect(screen.getByText('Laporan diterima')).toBeTruthy();
    expect(requestedPaths(spy)).toContain('/api/t/muara-enim/complaints/ME-2026-000123?code=K7Q2');
    await user.click(screen.getByRole('button', { name: 'Saya menerima jawaban ini' }));
    expect(await screen.findByText('Selesai')).toBeTruthy();
  });

  it('dates a report sent on a Sunday night by its own time and names the day its clock counts from', async () => {
    // Sunday 15 March 2026, 23:10 WIB (16:10 UTC): received that night, counted from Monday.
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/complaints/ME-2026-000123': ok({
        ...RESPONDED,
        status: 'RECEIVED',
        receivedAt: '2026-03-15T16:10:00Z',
        receivedOn: '2026-03-15',
        countingStartsOn: '2026-03-16',
      }),
    });
    window.history.replaceState(null, '', '/muara-enim/lacak');
    render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Nomor laporan/), 'ME-2026-000123');
    await user.type(screen.getByLabelText('Kode akses'), 'K7Q2');
    await user.click(screen.getByRole('button', { name: 'Lihat laporan' }));
    expect((await screen.findByTestId('received-at')).textContent).toBe('Minggu, 15 Maret 2026 pukul 23.10 WIB');
    expect(screen.getByTestId('counting-starts-on').textContent).toContain('Senin, 16 Maret 2026');
    expect(screen.getByText('Tenggat dihitung mulai')).toBeTruthy();
  });

  it('explains rights and this regency\u2019s clocks', async () => {
    mockFetch({ '/api/t/muara-enim': ok(MUARA_ENIM_FULL) });
    window.history.replaceState(null, '', '/muara-enim/hak');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: /Hak Anda/ })).toBeTruthy();
    expect(screen.getByText(/paling lama 3 hari kerja/)).toBeTruthy();
    expect(screen.getByText(/paling lama 5 hari kerja/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '082374048333' })).toBeTruthy();
  });

  it('lets the reporter take a published report off the public record', async () => {
    let body: unknown;
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/complaints/ME-2026-000123': ok({ ...RESPONDED, published: true }),
      '/api/t/muara-enim/complaints/ME-2026-000123/takedown-request': (init) => {
        body = JSON.parse(String(init?.body));
        return ok({
          ...RESPONDED,
          published: false,
          history: [
            ...RESPONDED.history,
            { seq: 2, at: '2026-03-17T02:00:00Z', step: 'REVIEW', action: 'PUBLICATION_TAKEDOWN_REQUESTED', orgUnit: null, note: 'Alasan: atas permintaan pelapor' },
          ],
        });
      },
    });
    window.history.replaceState(null, '', '/muara-enim/lacak');
    render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Nomor laporan/), 'ME-2026-000123');
    await user.type(screen.getByLabelText('Kode akses'), 'K7Q2');
    await user.click(screen.getByRole('button', { name: 'Lihat laporan' }));
    expect((await screen.findByTestId('public-record')).textContent).toContain('sedang tampil untuk publik');
    await user.click(screen.getByRole('button', { name: 'Turunkan laporan saya dari publik' }));
    expect((await screen.findByTestId('public-record')).textContent).toContain('tidak tampil untuk publik');
    expect(await screen.findByText('Diturunkan dari publik atas permintaan Anda')).toBeTruthy();
    expect(body).toEqual({ code: 'K7Q2' });
    expect(screen.queryByRole('button', { name: 'Turunkan laporan saya dari publik' })).toBeNull();
  });

  it('answers a clarification question with a photo as one multipart request', async () => {
    let sent: FormData | null = null;
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/complaints/ME-2026-000123': ok({ ...RESPONDED, status: 'CLARIFICATION_REQUESTED', answer: null }),
      '/api/t/muara-enim/complaints/ME-2026-000123/clarification': (init?: RequestInit) => {
        sent = init?.body as FormData;
        return ok({ ...RESPONDED, status: 'RECEIVED', answer: null });
      },
    });
    window.history.replaceState(null, '', '/muara-enim/lacak?nomor=ME-2026-000123');
    render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Kode akses'), 'K7Q2');
    await user.click(screen.getByRole('button', { name: 'Lihat laporan' }));
    await user.type(await screen.findByLabelText('Penjelasan Anda'), 'Di depan SD 3, dekat pasar.');
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'lubang.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByLabelText(/Foto atau berkas/), photo);
    await user.click(screen.getByRole('button', { name: 'Kirim penjelasan' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(sent).toBeInstanceOf(FormData);
    const form = sent as unknown as FormData;
    expect((form.get('attachments') as File).name).toBe('lubang.jpg');
    const part = form.get('clarification') as Blob;
    const json = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(part);
    });
    expect(JSON.parse(json)).toEqual({ code: 'K7Q2', text: 'Di depan SD 3, dekat pasar.' });
  });
});
