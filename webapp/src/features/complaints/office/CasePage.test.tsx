import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapProps } from '../../../app/map/MapView';
import { App } from '../../../app/App';
import { mockFetch, ok, requestedPaths } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { resetSessionForTests } from '../../identity/office/session';
import { officerSession } from '../../../test/officerSession';

// Leaflet needs a real layout engine (Chromium draws the real map in the browser tests): here the map shows the
// pin it is given.
vi.mock('../../../app/map/MapView', async (original) => {
  const real = await original<typeof import('../../../app/map/MapView')>();
  return {
    ...real,
    MapView: ({ label, pick }: MapProps) => (
      <div role="region" aria-label={label}>
        {pick && <p>{`pin ${pick.latitude},${pick.longitude}`}</p>}
      </div>
    ),
  };
});

const ID = '11111111-1111-1111-1111-111111111111';

const CASE = {
  id: ID,
  trackingNumber: 'ME-2026-000123',
  type: 'COMPLAINT',
  channel: 'WEB',
  title: 'Jembatan gantung rusak',
  description: 'Lantai patah.',
  category: 'INFRASTRUKTUR',
  locationText: 'Dusun II',
  latitude: null,
  longitude: null,
  anonymous: false,
  confidential: false,
  hasReporterContact: true,
  status: 'VERIFIED',
  receivedAt: '2026-03-16T02:00:00Z',
  receivedOn: '2026-03-16',
  verifyDue: '2026-03-19',
  dispatches: [],
  finalAnswer: null,
  rating: null,
  mergedInto: null,
  mergedFrom: [],
  rejection: null,
  version: 2,
  history: [
    { seq: 1, at: '2026-03-16T02:00:00Z', step: 'RECEIPT', action: 'RECEIVED', actor: 'citizen:web', orgUnit: null, note: null, publicEvent: true },
  ],
};

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

describe('case page', () => {
  it('offers dispatch to the category\u2019s agency, shows identity only on request with the audit notice', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    let dispatched: unknown;
    const spy = mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': officerSession('siti', ['CENTRAL_ADMIN']),
      [`/api/t/muara-enim/officer/complaints/${ID}`]: ok(CASE),
      [`/api/t/muara-enim/officer/complaints/${ID}/reporter`]: ok({ name: 'Siti Rahmawati', phone: '+6281234567890', email: null }),
      [`/api/t/muara-enim/officer/complaints/${ID}/dispatch`]: (init) => {
        dispatched = JSON.parse(String(init?.body));
        return ok({ ...CASE, status: 'DISPATCHED', version: 3, dispatches: [{ orgUnit: 'PUPR', status: 'SENT', sentAt: '2026-03-17T01:00:00Z', dueOn: '2026-03-24', assignee: null, answer: null, answeredAt: null, returnReason: null }] });
      },
      '/api/t/muara-enim/officer/complaints': ok({ items: [], page: 0, size: 100, total: 0 }),
    });
    window.history.replaceState(null, '', `/muara-enim/kantor/kasus/${ID}`);
    render(<App />);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: /ME-2026-000123/ })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('dicatat dalam jejak audit');
    expect(screen.queryByText('Siti Rahmawati')).toBeNull();
    expect(requestedPaths(spy).some((p) => p.includes('/reporter'))).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Tampilkan identitas (tercatat)' }));
    expect(await screen.findByText('Siti Rahmawati')).toBeTruthy();
    expect(requestedPaths(spy)).toContain(`/api/t/muara-enim/officer/complaints/${ID}/reporter?purpose=menindaklanjuti+laporan`);

    const form = screen.getByRole('form', { name: 'Teruskan ke SKPD' });
    expect((within(form).getByLabelText('Dinas Pekerjaan Umum dan Penataan Ruang') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole('form', { name: 'Verifikasi' })).toBeNull();
    await user.click(within(form).getByRole('button'));
    expect(await screen.findByText('Sedang ditangani SKPD')).toBeTruthy();
    expect(dispatched).toEqual({ units: ['PUPR'], note: null, dueOn: null });
  });
  it('asks the reporter for a clarification starting from a clarification template, filled from the case', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    let asked: unknown;
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': officerSession('siti', ['CENTRAL_ADMIN']),
      [`/api/t/muara-enim/officer/complaints/${ID}`]: ok({ ...CASE, status: 'RECEIVED' }),
      '/api/t/muara-enim/officer/response-templates': ok([
        { id: 't1', orgUnit: null, purpose: 'CLARIFICATION', name: 'Lokasi kurang jelas', body: 'Mohon sebutkan lokasi laporan {nomor}.' },
        { id: 't2', orgUnit: null, purpose: 'RESPONSE', name: 'Selesai', body: 'Laporan {nomor} selesai.' },
      ]),
      [`/api/t/muara-enim/officer/response-templates/t1/filled?complaint=${ID}`]: ok({
        text: 'Mohon sebutkan lokasi laporan ME-2026-000123.',
        placeholders: [],
      }),
      [`/api/t/muara-enim/officer/complaints/${ID}/clarification-request`]: (init) => {
        asked = JSON.parse(String(init?.body));
        return ok({ ...CASE, status: 'CLARIFICATION_REQUESTED', version: 3 });
      },
      '/api/t/muara-enim/officer/complaints': ok({ items: [], page: 0, size: 100, total: 0 }),
    });
    window.history.replaceState(null, '', `/muara-enim/kantor/kasus/${ID}`);
    render(<App />);
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Minta klarifikasi' });
    const section = form.parentElement!;
    const picker = await within(section).findByLabelText('Mulai dari templat');
    // only the templates written for a clarification request are offered here
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['— tanpa templat —', 'Lokasi kurang jelas (kabupaten)']);
    await user.selectOptions(picker, 'Lokasi kurang jelas (kabupaten)');
    await user.click(within(section).getByRole('button', { name: 'Pakai templat' }));
    const question = await within(section).findByDisplayValue('Mohon sebutkan lokasi laporan ME-2026-000123.');
    await user.type(question, ' Terima kasih.');
    await user.click(within(screen.getByRole('form', { name: 'Minta klarifikasi' })).getByRole('button', { name: 'Minta klarifikasi' }));
    await vi.waitFor(() => expect(asked).toEqual({ question: 'Mohon sebutkan lokasi laporan ME-2026-000123. Terima kasih.' }));
  });

  it('says where the point lies by name and offers its kelurahan among the proposed units (issue 15 item 4)', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    let dispatched: unknown;
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': officerSession('siti', ['CENTRAL_ADMIN']),
      [`/api/t/muara-enim/officer/complaints/${ID}`]: ok({
        ...CASE,
        latitude: -3.65,
        longitude: 103.77,
        area: {
          district: { code: 'KEC-MUARA-ENIM', name: 'Kecamatan Muara Enim' },
          village: { code: 'KEL-PASAR-II', name: 'Kelurahan Pasar II' },
        },
        dispatchSuggestions: [
          { basis: 'CATEGORY', orgUnit: 'PUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
          { basis: 'AREA', orgUnit: 'KEL-PASAR-II', name: 'Kelurahan Pasar II' },
        ],
      }),
      [`/api/t/muara-enim/officer/complaints/${ID}/dispatch`]: (init) => {
        dispatched = JSON.parse(String(init?.body));
        return ok({ ...CASE, status: 'DISPATCHED', version: 3, dispatches: [{ orgUnit: 'KEL-PASAR-II', status: 'SENT', sentAt: '2026-03-17T01:00:00Z', dueOn: '2026-03-24', assignee: null, answer: null, answeredAt: null, returnReason: null }] });
      },
      [`/api/t/muara-enim/officer/complaints/${ID}/publication`]: ok({ status: 'NONE', refusal: null, log: [], attachments: [], publicAttachments: [], proposedTitle: { text: 'x', findings: [] }, proposedText: { text: 'x', findings: [] } }),
      '/api/t/muara-enim/officer/complaints': ok({ items: [], page: 0, size: 100, total: 0 }),
    });
    window.history.replaceState(null, '', `/muara-enim/kantor/kasus/${ID}`);
    render(<App />);
    const user = userEvent.setup();

    const where = await screen.findByText('Lokasi');
    expect(where.nextElementSibling?.textContent).toBe('Kelurahan Pasar II, Kecamatan Muara Enim');
    expect(within(screen.getByRole('region', { name: 'Peta titik yang ditandai pelapor' })).getByText('pin -3.65,103.77')).toBeTruthy();
    expect(screen.getByText('Keterangan lokasi dari pelapor').nextElementSibling?.textContent).toBe('Dusun II');
    // The category's agency stays the dispatch form's default; the place is a second, named proposal.
    const form = screen.getByRole('form', { name: 'Teruskan ke SKPD' });
    expect((within(form).getByLabelText('Dinas Pekerjaan Umum dan Penataan Ruang (sesuai kategori)') as HTMLInputElement).checked).toBe(true);
    const byPlace = within(form).getByLabelText('Kelurahan Pasar II (sesuai lokasi)') as HTMLInputElement;
    expect(byPlace.checked).toBe(false);
    expect(document.body.textContent).not.toContain('KEL-PASAR-II');
    expect(document.body.textContent).not.toContain('KEC-MUARA-ENIM');
    await user.click(byPlace);
    await user.click(within(form).getByLabelText('Dinas Pekerjaan Umum dan Penataan Ruang (sesuai kategori)'));
    await user.click(within(form).getByRole('button', { name: 'Teruskan' }));
    expect(await screen.findByText('Sedang ditangani SKPD')).toBeTruthy();
    expect(dispatched).toEqual({ units: ['KEL-PASAR-II'], note: null, dueOn: null });
  });

  it('shows no location row and no place choice for a case without an area', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': officerSession('siti', ['CENTRAL_ADMIN']),
      [`/api/t/muara-enim/officer/complaints/${ID}`]: ok({
        ...CASE,
        dispatchSuggestions: [{ basis: 'CATEGORY', orgUnit: 'PUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' }],
      }),
      '/api/t/muara-enim/officer/complaints': ok({ items: [], page: 0, size: 100, total: 0 }),
    });
    window.history.replaceState(null, '', `/muara-enim/kantor/kasus/${ID}`);
    render(<App />);
    expect(await screen.findByRole('form', { name: 'Teruskan ke SKPD' })).toBeTruthy();
    expect(screen.queryByText('Lokasi')).toBeNull();
    expect(screen.queryByRole('form', { name: /usulan menurut lokasi/ })).toBeNull();
  });

  it('labels a case from SP4N-LAPOR! by its channel and shows its LAPOR! tracking id', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': officerSession('siti', ['CENTRAL_ADMIN']),
      [`/api/t/muara-enim/officer/complaints/${ID}`]: ok({
        ...CASE,
        channel: 'SP4N_LAPOR',
        lapor: { trackingId: 'LPR-4411', origin: 'LAPOR', agency: 'Dinas PU', suggestedUnit: null, lastError: null, givenUpAt: null },
        news: [
          { channel: 'EMAIL', active: false },
          { channel: 'WHATSAPP', active: true },
        ],
      }),
      '/api/t/muara-enim/officer/complaints': ok({ items: [], page: 0, size: 100, total: 0 }),
    });
    window.history.replaceState(null, '', `/muara-enim/kantor/kasus/${ID}`);
    render(<App />);
    expect(await screen.findByText('Nomor SP4N-LAPOR!')).toBeTruthy();
    expect(screen.getByText('LPR-4411')).toBeTruthy();
    expect(screen.getByText('SP4N-LAPOR!')).toBeTruthy();
    // How the reporter hears back, by channel name, never an address.
    expect(screen.getByText('E-mail (dihentikan pelapor), WhatsApp')).toBeTruthy();
  });

  it('shows attached photos as small lazy images fetched with the token; a PDF keeps only its download', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    let photoAuth: string | null = null;
    const spy = mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': officerSession('siti', ['CENTRAL_ADMIN']),
      [`/api/t/muara-enim/officer/complaints/${ID}`]: ok({
        ...CASE,
        attachments: [
          { position: 0, fileName: 'jalan.jpg', mediaType: 'image/jpeg', sizeBytes: 310_000 },
          { position: 1, fileName: 'surat.pdf', mediaType: 'application/pdf', sizeBytes: 20_000 },
        ],
      }),
      [`/api/t/muara-enim/officer/complaints/${ID}/attachments/0`]: (init) => {
        photoAuth = new Headers(init?.headers).get('Authorization');
        return { status: 200, raw: 'jpeg bytes' };
      },
    });
    window.history.replaceState(null, '', `/muara-enim/kantor/kasus/${ID}`);
    render(<App />);

    const thumbnail = await screen.findByRole('img', { name: 'Foto lampiran jalan.jpg' });
    expect(thumbnail.getAttribute('loading')).toBe('lazy');
    expect(thumbnail.getAttribute('src')).toBe(`data:image/jpeg;base64,${btoa('jpeg bytes')}`);
    expect(photoAuth).toBe('Bearer a1');
    const list = screen.getByTestId('attachments');
    expect(within(list).getAllByRole('img')).toHaveLength(1);
    expect(within(list).getByRole('button', { name: 'Unduh surat.pdf' })).toBeTruthy();
    expect(requestedPaths(spy).some((p) => p.endsWith('/attachments/1'))).toBe(false);
  });

  it('opens a photo large in a dialog named by its file name, goes round the photos, and closes back to the thumbnail', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': officerSession('siti', ['AGENCY_OPERATOR']),
      [`/api/t/muara-enim/officer/complaints/${ID}`]: ok({
        ...CASE,
        attachments: [
          { position: 0, fileName: 'jalan.jpg', mediaType: 'image/jpeg', sizeBytes: 310_000 },
          { position: 1, fileName: 'surat.pdf', mediaType: 'application/pdf', sizeBytes: 20_000 },
          { position: 2, fileName: 'lampu.png', mediaType: 'image/png', sizeBytes: 90_000 },
        ],
      }),
      [`/api/t/muara-enim/officer/complaints/${ID}/attachments/0`]: () => ({ status: 200, raw: 'jpeg bytes' }),
      [`/api/t/muara-enim/officer/complaints/${ID}/attachments/2`]: () => ({ status: 200, raw: 'png bytes' }),
    });
    window.history.replaceState(null, '', `/muara-enim/kantor/kasus/${ID}`);
    render(<App />);
    const user = userEvent.setup();

    const thumbnail = await screen.findByRole('button', { name: 'Perbesar foto jalan.jpg' });
    await user.click(thumbnail);
    const dialog = await screen.findByRole('dialog', { name: 'jalan.jpg' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    await vi.waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Tutup' })));
    expect(within(dialog).getByText('Foto 1 dari 2')).toBeTruthy();
    expect((await within(dialog).findByRole('img', { name: 'Foto lampiran jalan.jpg' })).getAttribute('src')).toBe(
      `data:image/jpeg;base64,${btoa('jpeg bytes')}`,
    );

    // The PDF is no photo: next goes to the other image, and round again.
    await user.click(within(dialog).getByRole('button', { name: 'Foto berikutnya' }));
    expect(await screen.findByRole('dialog', { name: 'lampu.png' })).toBeTruthy();
    expect((await within(dialog).findByRole('img', { name: 'Foto lampiran lampu.png' })).getAttribute('src')).toBe(
      `data:image/png;base64,${btoa('png bytes')}`,
    );
    expect(within(dialog).getByText('Foto 2 dari 2')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Foto berikutnya' }));
    expect(await screen.findByRole('dialog', { name: 'jalan.jpg' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Foto sebelumnya' }));
    expect(await screen.findByRole('dialog', { name: 'lampu.png' })).toBeTruthy();

    // Focus stays inside: Tab from the last button comes back to "Tutup".
    within(dialog).getByRole('button', { name: 'Foto berikutnya' }).focus();
    await user.tab();
    await vi.waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Tutup' })));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(thumbnail));

    // "Tutup" closes too, and a keyboard user opens it with Enter.
    thumbnail.focus();
    await user.keyboard('{Enter}');
    await user.click(within(await screen.findByRole('dialog', { name: 'jalan.jpg' })).getByRole('button', { name: 'Tutup' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(thumbnail));
  });

  it('names the officers who acted in the history; the reporter and the system only by their words', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    const officer = '22222222-2222-2222-2222-222222222222';
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': officerSession('siti', ['AGENCY_OPERATOR']),
      [`/api/t/muara-enim/officer/complaints/${ID}`]: ok({
        ...CASE,
        history: [
          { seq: 1, at: '2026-03-16T02:00:00Z', step: 'RECEIPT', action: 'RECEIVED', actor: 'citizen:web', actorKind: 'CITIZEN', actorName: null, orgUnit: null, note: null, publicEvent: true },
          { seq: 2, at: '2026-03-16T03:00:00Z', step: 'REVIEW', action: 'VERIFIED', actor: officer, actorKind: 'OFFICER', actorName: 'Budi Santoso', orgUnit: null, note: null, publicEvent: true },
          { seq: 3, at: '2026-03-17T03:00:00Z', step: 'FOLLOW_UP', action: 'REMINDED', actor: 'system', actorKind: 'SYSTEM', actorName: null, orgUnit: null, note: null, publicEvent: false },
          { seq: 4, at: '2026-03-18T03:00:00Z', step: 'FOLLOW_UP', action: 'NOTE', actor: '33333333-3333-3333-3333-333333333333', actorKind: 'OFFICER', actorName: null, orgUnit: null, note: 'Dicek', publicEvent: false },
        ],
      }),
    });
    window.history.replaceState(null, '', `/muara-enim/kantor/kasus/${ID}`);
    render(<App />);

    const history = (await screen.findByRole('heading', { name: 'Riwayat lengkap' })).closest('section')!;
    expect(within(history).getByText('· Pelapor')).toBeTruthy();
    expect(within(history).getByText('· Budi Santoso')).toBeTruthy();
    expect(within(history).getByText('· Sistem · internal')).toBeTruthy();
    expect(within(history).getByText('· Petugas · internal')).toBeTruthy();
    expect(history.textContent).not.toContain(officer);
    expect(history.textContent).not.toContain('citizen:web');
  });
});
