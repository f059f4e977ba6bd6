import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../app/App';
import { LANG_STORAGE_KEY } from '../../i18n';
import { mockFetch, ok, requestedPaths } from '../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../test/fixtures';

const STATS = {
  from: '2026-01-01',
  to: '2026-12-04',
  complaints: {
    total: 5,
    byCategory: [
      { key: 'INFRASTRUKTUR', label: 'Infrastruktur', count: 3 },
      { key: 'KESEHATAN', label: 'Kesehatan', count: 2 },
    ],
    byAgency: [{ key: 'PUPR', label: 'Dinas PUPR', count: 3 }],
    byStatus: [
      { key: 'DISPATCHED', label: 'DISPATCHED', count: 4 },
      { key: 'CLOSED', label: 'CLOSED', count: 1 },
    ],
    byMonth: [{ key: '2026-02', label: '2026-02', count: 5 }],
  },
  agencies: [{ unit: 'PUPR', label: 'Dinas PUPR', answered: 3, medianWorkingDays: 2, p90WorkingDays: 4.6, answeredByDue: 0.67 }],
  satisfaction: { mean: 4.5, count: 2 },
  information: {
    requests: 3,
    outcomes: [
      { key: 'GRANTED_FULL', label: 'GRANTED_FULL', count: 1 },
      { key: 'LAPSED', label: 'LAPSED', count: 1 },
      { key: 'PENDING', label: 'PENDING', count: 1 },
    ],
    notices: 1,
    noticesOnTime: 1,
    objections: 0,
    disputes: 0,
  },
  llidYears: [2025],
};

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

afterEach(() => window.localStorage.clear());

describe('statistics page', () => {
  it('draws each figure as bars with a table beside it, in Indonesian, with open-data and LLID links', async () => {
    const spy = mockFetch({ '/api/t/muara-enim': ok(MUARA_ENIM_FULL), '/api/t/muara-enim/public/statistics': ok(STATS) });
    openAt('/muara-enim/statistik');
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistik layanan' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Pengaduan: 5' })).toBeTruthy();
    const category = screen.getByRole('figure', { name: 'Menurut kategori' });
    expect(within(category).getByTestId('chart-category').querySelectorAll('rect')).toHaveLength(2);
    expect(within(category).getByRole('rowheader', { name: 'Infrastruktur' })).toBeTruthy();
    const status = screen.getByRole('figure', { name: 'Menurut status' });
    expect(within(status).getByRole('rowheader', { name: 'Sedang ditangani SKPD' })).toBeTruthy();
    expect(within(status).queryByText('DISPATCHED')).toBeNull();
    const outcome = screen.getByRole('figure', { name: 'Hasil permohonan' });
    expect(within(outcome).getByRole('rowheader', { name: 'Diberikan seluruhnya' })).toBeTruthy();
    expect(within(outcome).getByRole('rowheader', { name: 'Belum diputus' })).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Menurut bulan diterima' }).textContent).toContain('Februari 2026');
    const times = screen.getByTestId('agency-times');
    expect(within(times).getByRole('rowheader', { name: 'Dinas PUPR' })).toBeTruthy();
    expect(times.textContent).toContain('67%');
    expect(screen.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href')).toBe(
      '/api/t/muara-enim/public/statistics?from=2026-01-01&to=2026-12-04&format=csv',
    );
    expect(screen.getByRole('link', { name: 'Unduh LLID 2025 (PDF)' }).getAttribute('href')).toBe('/api/t/muara-enim/public/llid/2025');
    expect(screen.getByRole('link', { name: 'Statistik layanan' }).getAttribute('aria-current')).toBe('page');
    expect(requestedPaths(spy)).toContain('/api/t/muara-enim/public/statistics');
  });

  it('speaks English and asks for the chosen period', async () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'en');
    const spy = mockFetch({ '/api/t/muara-enim': ok(MUARA_ENIM_FULL), '/api/t/muara-enim/public/statistics': ok(STATS) });
    openAt('/muara-enim/statistik');
    expect(await screen.findByRole('heading', { name: 'Complaints: 5' })).toBeTruthy();
    expect(within(screen.getByRole('figure', { name: 'By status' })).getByRole('rowheader', { name: 'Closed' })).toBeTruthy();
    expect(within(screen.getByRole('figure', { name: 'Outcomes' })).getByRole('rowheader', { name: 'Granted in full' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download JSON' })).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('From'), '2026-02-01');
    await user.type(screen.getByLabelText('To'), '2026-02-28');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await screen.findByRole('heading', { name: 'Complaints: 5' });
    expect(requestedPaths(spy)).toContain('/api/t/muara-enim/public/statistics?from=2026-02-01&to=2026-02-28');
  });
});
