import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../app/App';
import { LANG_STORAGE_KEY } from '../../../i18n';
import { mockFetch, ok, requestedPaths } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';

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

// jsdom has no canvas: the chart chunk is replaced by a stand-in that keeps what each canvas was given to draw.
const charts = vi.hoisted(() => [] as Array<{ canvas: HTMLCanvasElement; figures: Record<string, unknown> }>);
vi.mock('./barChart', () => ({
  drawBarChart: (canvas: HTMLCanvasElement, figures: Record<string, unknown>) => {
    charts.push({ canvas, figures });
    return () => undefined;
  },
}));

/** What the canvas of the figure with this table was last given to draw. */
function drawnFor(tableId: string) {
  return charts.filter((c) => c.canvas.getAttribute('aria-details') === tableId).at(-1)?.figures;
}

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

afterEach(() => {
  window.localStorage.clear();
  charts.length = 0;
});

describe('statistics page', () => {
  it('draws each figure as a chart with a table beside it, in Indonesian, with open-data and LLID links', async () => {
    const spy = mockFetch({ '/api/t/muara-enim': ok(MUARA_ENIM_FULL), '/api/t/muara-enim/public/statistics': ok(STATS) });
    openAt('/muara-enim/statistik');
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistik layanan' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Pengaduan: 5' })).toBeTruthy();
    const category = screen.getByRole('figure', { name: 'Menurut kategori' });
    // The table carries the numbers; the chart is an image that names the figure and points at that table.
    const table = within(category).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Infrastruktur' }).nextElementSibling?.textContent).toBe('3');
    expect(within(table).getByRole('rowheader', { name: 'Kesehatan' }).nextElementSibling?.textContent).toBe('2');
    const chart = await within(category).findByRole('img', { name: 'Grafik batang: Menurut kategori. Angkanya ada di tabel sesudah grafik ini.' });
    expect(chart.tagName).toBe('CANVAS');
    await waitFor(() => expect(charts).toHaveLength(6));
    expect(chart.getAttribute('aria-details')).toBe(table.id);
    expect(drawnFor('category-table')).toEqual({ labels: ['Infrastruktur', 'Kesehatan'], values: [3, 2], shown: ['3', '2'], whole: true });
    expect(drawnFor('agency-table')).toEqual({ labels: ['Dinas PUPR'], values: [3], shown: ['3'], whole: true });
    expect(drawnFor('status-table')).toEqual({ labels: ['Sedang ditangani SKPD', 'Selesai'], values: [4, 1], shown: ['4', '1'], whole: true });
    expect(drawnFor('month-table')).toEqual({ labels: ['Februari 2026'], values: [5], shown: ['5'], whole: true });
    // The median is a measure, not a count: its axis may show fractions.
    expect(drawnFor('median-table')).toEqual({ labels: ['Dinas PUPR'], values: [2], shown: ['2'], whole: false });
    expect(drawnFor('outcome-table')).toEqual({
      labels: ['Diberikan seluruhnya', 'Gugur (tidak dikonfirmasi)', 'Belum diputus'],
      values: [1, 1, 1],
      shown: ['1', '1', '1'],
      whole: true,
    });
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
    await waitFor(() => expect(requestedPaths(spy)).toContain('/api/t/muara-enim/public/statistics'));
  });

  it('speaks English and asks for the chosen period', async () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'en');
    const spy = mockFetch({ '/api/t/muara-enim': ok(MUARA_ENIM_FULL), '/api/t/muara-enim/public/statistics': ok(STATS) });
    openAt('/muara-enim/statistik');
    expect(await screen.findByRole('heading', { name: 'Complaints: 5' })).toBeTruthy();
    expect(within(screen.getByRole('figure', { name: 'By status' })).getByRole('rowheader', { name: 'Closed' })).toBeTruthy();
    expect(within(screen.getByRole('figure', { name: 'Outcomes' })).getByRole('rowheader', { name: 'Granted in full' })).toBeTruthy();
    expect(await screen.findByRole('img', { name: 'Bar chart: By status. Its figures are in the table after it.' })).toBeTruthy();
    expect(drawnFor('status-table')).toMatchObject({ labels: ['Being handled by the agency', 'Closed'] });
    const drawings = charts.length;
    expect(screen.getByRole('link', { name: 'Download JSON' })).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('From'), '2026-02-01');
    await user.type(screen.getByLabelText('To'), '2026-02-28');
    // Typing renders the page again but does not redraw the charts: their figures did not change.
    expect(charts).toHaveLength(drawings);
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await screen.findByRole('heading', { name: 'Complaints: 5' });
    await waitFor(() => expect(requestedPaths(spy)).toContain('/api/t/muara-enim/public/statistics?from=2026-02-01&to=2026-02-28'));
  });
});
