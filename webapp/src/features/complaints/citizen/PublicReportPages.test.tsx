import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapProps } from '../../../app/map/MapView';
import { App } from '../../../app/App';
import { mockFetch, ok, requestedPaths } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import type { Tenant } from '../../../api/types';
import { serverJson } from '../../../test/serverJson';

// Leaflet needs a real layout engine: the map is replaced by a list of what it was given (Chromium draws the real
// one in BrowserIT).
vi.mock('../../../app/map/MapView', async (original) => {
  const real = await original<typeof import('../../../app/map/MapView')>();
  return {
    ...real,
    MapView: ({ label, points = [], pick, settings }: MapProps) => (
      <div role="region" aria-label={label} data-tiles={settings.tiles}>
        <ul>
          {points.map((p) => (
            <li key={p.href}>
              <a href={p.href}>{`${p.title} @ ${p.latitude},${p.longitude}`}</a>
            </li>
          ))}
        </ul>
        {pick && <p>{`pin ${pick.latitude},${pick.longitude}`}</p>}
      </div>
    ),
  };
});

const TENANT: Tenant = serverJson<Tenant>({
  ...MUARA_ENIM_FULL,
  orgUnits: [
    ...MUARA_ENIM_FULL.orgUnits,
    {
      code: 'KEC-MUARA-ENIM',
      name: 'Kecamatan Muara Enim',
      kind: 'DISTRICT',
      ppidPembantu: false,
      children: [
        { code: 'KEL-PASAR-I', name: 'Kelurahan Pasar I', kind: 'WARD', ppidPembantu: false, children: [] },
      ],
    },
    { code: 'KEC-LAWANG-KIDUL', name: 'Kecamatan Lawang Kidul', kind: 'DISTRICT', ppidPembantu: false, children: [
      { code: 'DESA-TANJUNG-ENIM', name: 'Desa Tanjung Enim', kind: 'VILLAGE', ppidPembantu: false, children: [] },
    ] },
  ],
  map: { tiles: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: '© contoh', maxZoom: 18, latitude: -3.65, longitude: 103.77, zoom: 10 },
});

const REPORT = {
  trackingNumber: 'ME-2026-000042',
  title: 'Jalan berlubang di depan pasar',
  text: 'Lubang besar, warga [nomor telepon disamarkan] sudah melapor.',
  category: 'INFRASTRUKTUR',
  categoryName: 'Jalan, jembatan dan drainase',
  agencies: ['Dinas Pekerjaan Umum dan Penataan Ruang'],
  status: 'DISPATCHED',
  open: true,
  receivedOn: '2026-11-30',
  publishedAt: '2026-12-01T03:00:00Z',
  updatedAt: '2026-12-01T03:00:00Z',
  photos: ['/api/t/muara-enim/public/reports/ME-2026-000042/photos/0'],
  latitude: -3.655,
  longitude: 103.771,
  district: 'Kecamatan Muara Enim',
  village: 'Kelurahan Pasar I',
};

const EMPTY_AREAS = { type: 'FeatureCollection', features: [] };

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('public reports', () => {
  it('lists published reports with a map of their points, and filters by area and status through the address', async () => {
    const spy = mockFetch({
      '/api/t/muara-enim': ok(TENANT),
      '/api/t/muara-enim/public/reports': ok({ items: [REPORT], page: 0, size: 20, total: 1 }),
      '/api/t/muara-enim/public/reports/points': ok({
        items: [
          { trackingNumber: REPORT.trackingNumber, title: REPORT.title, latitude: -3.655, longitude: 103.771, open: true, category: 'INFRASTRUKTUR' },
        ],
        limit: 5000,
        capped: false,
      }),
      '/api/t/muara-enim/public/areas': ok(EMPTY_AREAS),
    });
    openAt('/muara-enim/laporan');

    expect(await screen.findByRole('heading', { level: 1, name: 'Laporan publik' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Daftar laporan (1)' })).toBeTruthy();
    const card = screen.getByRole('link', { name: REPORT.title });
    expect(card.getAttribute('href')).toBe('/muara-enim/laporan/ME-2026-000042');
    expect(screen.getByText('Kelurahan Pasar I, Kecamatan Muara Enim', { exact: false })).toBeTruthy();

    // The map is drawn from the regency's tile source, with each point linking to its report.
    const map = screen.getByRole('region', { name: 'Peta laporan publik' });
    expect(map.getAttribute('data-tiles')).toBe('https://tile.example.org/{z}/{x}/{y}.png');
    expect(within(map).getByRole('link').getAttribute('href')).toBe('/muara-enim/laporan/ME-2026-000042');

    // A village list follows the chosen district; the filters go to the server and into the page's address.
    await userEvent.selectOptions(screen.getByLabelText('Kecamatan'), 'KEC-LAWANG-KIDUL');
    const villages = within(screen.getByLabelText('Desa/kelurahan')).getAllByRole('option').map((o) => o.textContent);
    expect(villages).toEqual(['Semua', 'Desa Tanjung Enim']);
    await userEvent.selectOptions(screen.getByLabelText('Desa/kelurahan'), 'DESA-TANJUNG-ENIM');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'closed');
    await userEvent.click(screen.getByRole('button', { name: 'Terapkan' }));

    await waitFor(() =>
      expect(requestedPaths(spy)).toContain(
        '/api/t/muara-enim/public/reports?status=closed&district=KEC-LAWANG-KIDUL&village=DESA-TANJUNG-ENIM&page=0&size=20',
      ),
    );
    expect(requestedPaths(spy)).toContain('/api/t/muara-enim/public/reports/points?status=closed&district=KEC-LAWANG-KIDUL&village=DESA-TANJUNG-ENIM');
    expect(window.location.search).toBe('?status=closed&district=KEC-LAWANG-KIDUL&village=DESA-TANJUNG-ENIM');
  });

  it('shows one published report: public text, photos, place, the answer and the steps, never who acted', async () => {
    mockFetch({
      '/api/t/muara-enim': ok(TENANT),
      '/api/t/muara-enim/public/reports/ME-2026-000042': ok({
        report: REPORT,
        answer: 'Perbaikan dijadwalkan minggu depan.',
        answeredAt: '2026-12-02T02:00:00Z',
        timeline: [
          { at: '2026-11-30T01:00:00Z', step: 'CENTRAL_ADMIN', action: 'RECEIVED' },
          { at: '2026-12-01T02:00:00Z', step: 'CENTRAL_ADMIN', action: 'DISPATCHED' },
        ],
      }),
    });
    openAt('/muara-enim/laporan/ME-2026-000042');

    expect(await screen.findByRole('heading', { level: 1, name: REPORT.title })).toBeTruthy();
    expect(screen.getByText(REPORT.text)).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Foto laporan 1' }).getAttribute('src')).toBe(REPORT.photos[0]);
    expect(screen.getByText('Kelurahan Pasar I, Kecamatan Muara Enim')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Peta lokasi laporan' })).getByText('pin -3.655,103.771')).toBeTruthy();
    expect(screen.getByText('Perbaikan dijadwalkan minggu depan.')).toBeTruthy();
    const steps = screen.getAllByRole('listitem').filter((li) => li.closest('ol.history'));
    expect(steps).toHaveLength(2);
    expect(document.title).toContain(REPORT.title);
  });

  it('says plainly when a report is not on the public record', async () => {
    mockFetch({
      '/api/t/muara-enim': ok(TENANT),
      '/api/t/muara-enim/public/reports/ME-2026-000099': {
        status: 404,
        body: { status: 404, code: 'REPORT_NOT_FOUND', message: { id: 'Tidak ditemukan.', en: 'Not found.' }, field: null },
      },
    });
    openAt('/muara-enim/laporan/ME-2026-000099');
    expect((await screen.findByRole('alert')).textContent).toContain('tidak ada di catatan publik');
  });
});
