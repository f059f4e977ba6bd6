import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MapProps } from '../../../app/map/MapView';
import { App } from '../../../app/App';
import { mockFetch, ok } from '../../../test/fetchMock';
import { mockXhr } from '../../../test/xhrMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';

// Leaflet needs a real layout engine (BrowserIT taps the real map in Chromium): here the map is a button that
// "taps" a fixed point, and shows the pin it is given.
vi.mock('../../../app/map/MapView', async (original) => {
  const real = await original<typeof import('../../../app/map/MapView')>();
  return {
    ...real,
    MapView: ({ label, pick, onPick }: MapProps) => (
      <div role="region" aria-label={label}>
        <button type="button" onClick={() => onPick?.(-3.6551234, 103.7712345)}>
          ketuk peta
        </button>
        {pick && <p>{`pin ${pick.latitude},${pick.longitude}`}</p>}
      </div>
    ),
  };
});

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

const RECEIPT = {
  trackingNumber: 'ME-2026-000123',
  accessCode: 'K7Q2-9XZP',
  status: 'RECEIVED',
  receivedOn: '2026-03-16',
  verifyDue: '2026-03-19',
};

async function fillValidForm() {
  const user = userEvent.setup();
  await user.selectOptions(await screen.findByLabelText('Kategori'), 'INFRASTRUKTUR');
  await user.type(screen.getByLabelText('Judul *'), 'Jembatan gantung rusak');
  await user.type(screen.getByLabelText('Uraian *'), 'Lantai jembatan gantung di Dusun II patah.');
  await user.type(screen.getByLabelText('Nomor HP'), '081234567890');
  return user;
}

describe('report form', () => {
  it('checks required fields in the browser, next to the field', async () => {
    const spy = mockFetch({ '/api/t/muara-enim': ok(MUARA_ENIM_FULL) });
    openAt('/muara-enim/lapor');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Kirim laporan' }));
    expect(screen.getByLabelText('Judul *').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('title-error')?.textContent).toBe('Kolom ini wajib diisi.');
    expect(spy.mock.calls.length).toBe(1);
  });

  it('shows the API error next to the field it names, and keeps the key for a retry of the same form', async () => {
    const keys: string[] = [];
    let attempt = 0;
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/complaints': (init) => {
        keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
        attempt++;
        if (attempt === 1) {
          return {
            status: 400,
            body: {
              status: 400,
              code: 'INVALID_PHONE',
              message: { id: 'Nomor telepon tidak valid.', en: 'Not a valid phone number.' },
              field: 'reporter.phone',
            },
          };
        }
        if (attempt === 2) return { status: 503, raw: 'busy' };
        return { status: 201, body: RECEIPT };
      },
    });
    openAt('/muara-enim/lapor');
    const user = await fillValidForm();
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
    expect((await screen.findByText('Nomor telepon tidak valid.')).id).toBe('reporter.phone-error');
    expect(screen.getByLabelText(/Nomor HP/).getAttribute('aria-invalid')).toBe('true');

    // Same form sent twice (a retry after a server error): the same key, so the server answers with one case.
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
    expect(await screen.findByText('ME-2026-000123')).toBeTruthy();
    expect(screen.getByText('K7Q2-9XZP')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('Catat atau foto');
    expect(keys[1]).toBe(keys[2]);
    expect(keys[1]).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
  });

  it('sends JSON without files, with the form fields', async () => {
    let body: unknown;
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/complaints': (init) => {
        body = JSON.parse(String(init?.body));
        return { status: 201, body: RECEIPT };
      },
    });
    openAt('/muara-enim/lapor');
    const user = await fillValidForm();
    await user.click(screen.getByLabelText(/Anonim/));
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
    await screen.findByText('ME-2026-000123');
    expect(body).toMatchObject({
      type: 'COMPLAINT',
      category: 'INFRASTRUKTUR',
      title: 'Jembatan gantung rusak',
      anonymous: true,
      confidential: false,
      reporter: { phone: '081234567890' },
    });
  });

  it('takes the point from a tap on the map, shows it, sends it, and lets the reporter remove it', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/complaints': (init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return { status: 201, body: RECEIPT };
      },
    });
    openAt('/muara-enim/lapor');
    const user = await fillValidForm();
    expect(screen.getByTestId('pin-status').textContent).toBe('Belum ada titik yang ditandai.');
    await user.click(screen.getByRole('button', { name: 'ketuk peta' }));
    expect(screen.getByTestId('pin-status').textContent).toBe('Titik ditandai: -3.655123, 103.771235');
    expect(screen.getByText('pin -3.655123,103.771235')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hapus titik' }));
    expect(screen.getByTestId('pin-status').textContent).toBe('Belum ada titik yang ditandai.');
    await user.click(screen.getByRole('button', { name: 'ketuk peta' }));
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
    await screen.findByText('ME-2026-000123');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ latitude: -3.655123, longitude: 103.771235 });
  });

  it('sends multipart with the files when attachments are chosen, showing how much has gone out', async () => {
    mockFetch({ '/api/t/muara-enim': ok(MUARA_ENIM_FULL) });
    const uploads = mockXhr();
    openAt('/muara-enim/lapor');
    const user = await fillValidForm();
    const pdf = new File(['%PDF-1.4 surat'], 'surat.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText(/^Lampiran/), pdf);
    // A PDF is listed with its size and no preview (only photos have one).
    const chosen = await screen.findByRole('list', { name: 'Berkas yang akan dikirim' });
    expect(chosen.textContent).toContain('surat.pdf');
    expect(chosen.querySelector('img')).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Kirim laporan' }));

    const xhr = uploads[0]!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/t/muara-enim/complaints');
    expect(xhr.headers['Idempotency-Key']).toMatch(/^web-[0-9a-f]{32}$/);
    expect(xhr.body).toBeInstanceOf(FormData);
    expect(((xhr.body as FormData).get('attachments') as File).name).toBe('surat.pdf');

    const bar = screen.getByRole('progressbar', { name: 'Pengiriman lampiran' });
    expect(bar.getAttribute('value')).toBe('0');
    act(() => xhr.progress(57_000, 100_000));
    expect(bar.getAttribute('value')).toBe('57');
    // Spoken in quarters, politely (role=status), not at every percent.
    expect(screen.getByRole('status').textContent).toBe('50% terkirim');
    act(() => xhr.progress(100_000, 100_000));
    expect(screen.getByRole('status').textContent).toBe('Lampiran terkirim, menunggu tanda terima…');
    expect(screen.getByRole('button', { name: 'Mengirim…' })).toHaveProperty('disabled', true);

    act(() => xhr.respond(201, RECEIPT));
    expect(await screen.findByText('ME-2026-000123')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows the API error of an upload next to the attachments and keeps the key for the retry', async () => {
    mockFetch({ '/api/t/muara-enim': ok(MUARA_ENIM_FULL) });
    const uploads = mockXhr();
    openAt('/muara-enim/lapor');
    const user = await fillValidForm();
    await user.upload(screen.getByLabelText(/^Lampiran/), new File(['x'], 'foto.jpg', { type: 'image/jpeg' }));
    await user.click(await screen.findByRole('button', { name: 'Kirim laporan' }));
    act(() =>
      uploads[0]!.respond(415, {
        status: 415,
        code: 'ATTACHMENT_TYPE',
        message: { id: 'Berkas foto.jpg bukan JPEG.', en: 'foto.jpg is not a JPEG.' },
        field: 'attachments[0]',
      }),
    );
    expect((await screen.findByText('Berkas foto.jpg bukan JPEG.')).id).toBe('attachments-error');
    expect(screen.queryByRole('progressbar')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
    act(() => uploads[1]!.fail());
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(uploads[1]!.headers['Idempotency-Key']).toBe(uploads[0]!.headers['Idempotency-Key']);
  });

  it('shows how the report would appear in public, masked, and sends the choice not to publish it', async () => {
    let previewBody: unknown;
    let body: unknown;
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/complaints/preview': (init) => {
        previewBody = JSON.parse(String(init?.body));
        return ok({
          title: 'Jembatan gantung rusak',
          text: 'Saya [nama disamarkan], NIK [NIK disamarkan].',
          findings: [
            { kind: 'REPORTER_NAME', label: 'nama pelapor', count: 1 },
            { kind: 'NIK', label: 'NIK (nomor induk kependudukan)', count: 1 },
          ],
        });
      },
      '/api/t/muara-enim/complaints': (init) => {
        body = JSON.parse(String(init?.body));
        return { status: 201, body: RECEIPT };
      },
    });
    openAt('/muara-enim/lapor');
    const user = await fillValidForm();
    await user.type(screen.getByLabelText('Nama'), 'Budi Santoso');
    expect(screen.getByRole('heading', { name: 'Begini laporan Anda akan tampil untuk publik' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Lihat pratinjau publik' }));
    const preview = await screen.findByTestId('public-preview');
    expect(preview.textContent).toContain('Saya [nama disamarkan], NIK [NIK disamarkan].');
    expect(preview.textContent).toContain('nama pelapor (1)');
    expect(preview.textContent).toContain('NIK (nomor induk kependudukan) (1)');
    expect(previewBody).toMatchObject({ title: 'Jembatan gantung rusak', reporter: { name: 'Budi Santoso' } });

    // Editing the text withdraws the preview of the old text.
    await user.type(screen.getByLabelText('Uraian *'), ' Mohon segera.');
    expect(screen.queryByTestId('public-preview')).toBeNull();

    await user.click(screen.getByLabelText('Jangan tampilkan laporan saya untuk publik'));
    expect(screen.getByText('Laporan ini tidak akan ditampilkan untuk publik.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kirim laporan' }));
    await screen.findByText('ME-2026-000123');
    expect(body).toMatchObject({ publicDeclined: true, confidential: false });
  });
});
