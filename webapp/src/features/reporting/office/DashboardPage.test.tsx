import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../app/App';
import { mockFetch, ok } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { dashboardId } from '../../../i18n/dashboard.id';
import { resetSessionForTests } from '../../identity/office/session';

// jsdom has no canvas: the chart chunk is replaced by a stand-in that keeps what it was given to draw.
const drawn = vi.hoisted(() => [] as Array<{ canvas: HTMLCanvasElement; figures: Record<string, unknown> }>);
vi.mock('./trendChart', () => ({
  drawTrend: (canvas: HTMLCanvasElement, figures: Record<string, unknown>) => {
    drawn.push({ canvas, figures });
    return () => undefined;
  },
}));

const WEEKS = Array.from({ length: 12 }, (_, i) => {
  const d = new Date(Date.UTC(2026, 8, 14 + 7 * i));
  return { startsOn: d.toISOString().slice(0, 10), received: i + 1, answered: i };
});

function session(roles: string[], orgUnit: string | null) {
  return ok({
    accessToken: 'a1',
    tokenType: 'Bearer',
    expiresIn: 900,
    refreshToken: 'r1',
    user: { id: 'u', username: 'siti', displayName: 'Siti', tenant: 't', orgUnit, roles },
  });
}

function dashboard(scope: string, orgUnit: string | null, waiting: Array<{ key: string; count: number }>) {
  return ok({
    scope,
    orgUnit,
    today: '2026-12-02',
    weekEndsOn: '2026-12-06',
    workingDaysLeftThisWeek: 3,
    waiting: waiting.map((w) => ({ ...w, queue: { status: w.key } })),
    overdue: { key: 'OVERDUE', count: 4, queue: { overdue: 'true' } },
    dueThisWeek: { key: 'DUE_THIS_WEEK', count: 6, queue: { dueBefore: '2026-12-07' } },
    trend: WEEKS,
  });
}

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
  drawn.length = 0;
});

describe('dashboard', () => {
  it('shows the central administrator what waits, what is overdue and due this week, and twelve weeks in a table and a chart', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': session(['CENTRAL_ADMIN'], null),
      '/api/t/muara-enim/officer/dashboard/complaints': dashboard('CENTRAL', null, [
        { key: 'RECEIVED', count: 7 },
        { key: 'VERIFIED', count: 2 },
        { key: 'ANSWERED', count: 1 },
      ]),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/dasbor');
    render(<App />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Dasbor' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Menu petugas' });
    expect(within(nav).getByRole('link', { name: 'Dasbor' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText('Pekerjaan Admin pusat')).toBeTruthy();
    expect(screen.getByRole('link', { name: '7 Menunggu verifikasi' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '2 Menunggu diteruskan ke SKPD' })).toBeTruthy();
    // Each tile opens the queue tab it counts.
    expect(screen.getByRole('link', { name: '7 Menunggu verifikasi' }).getAttribute('href')).toBe(
      '/muara-enim/kantor?antrean=toVerify',
    );
    expect(screen.getByRole('link', { name: '1 Jawaban SKPD menunggu ditinjau' }).getAttribute('href')).toBe(
      '/muara-enim/kantor?antrean=toReview',
    );
    expect(screen.getByRole('link', { name: '4 Lewat tenggat' }).getAttribute('href')).toBe(
      '/muara-enim/kantor?antrean=overdue',
    );
    expect(screen.getByText('Jatuh tempo minggu ini')).toBeTruthy();
    expect(screen.getByText(/3 hari kerja tersisa minggu ini, sampai Minggu, 6 Desember 2026/)).toBeTruthy();

    const table = screen.getByRole('table', { name: /Laporan diterima dan dijawab per minggu/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(13);
    expect(within(rows[12]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['12', '11']);

    // The chart (Chart.js, a lazy chunk) gets the same figures, and points at the table once drawn.
    await vi.waitFor(() => expect(drawn.length).toBeGreaterThan(0));
    const figures = drawn.at(-1)!.figures as { received: number[]; answered: number[]; receivedLabel: string };
    expect(figures.received).toEqual(WEEKS.map((w) => w.received));
    expect(figures.answered).toEqual(WEEKS.map((w) => w.answered));
    expect(figures.receivedLabel).toBe('Diterima');
    expect(await screen.findByRole('img', { name: dashboardId.chartLabel })).toBeTruthy();
    // No raw code on the Indonesian screen.
    expect(document.body.textContent).not.toMatch(/\b(RECEIVED|VERIFIED|ANSWERED|OVERDUE|CENTRAL)\b/);
  });

  it('names an agency operator\u2019s parts as the agency sees them', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': session(['AGENCY_OPERATOR'], 'PUPR'),
      '/api/t/muara-enim/officer/dashboard/complaints': dashboard('AGENCY', 'PUPR', [
        { key: 'SENT', count: 1 },
        { key: 'RECEIVED', count: 2 },
        { key: 'IN_PROGRESS', count: 3 },
      ]),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/dasbor');
    render(<App />);

    expect(await screen.findByText('Pekerjaan SKPD PUPR')).toBeTruthy();
    expect(screen.getByRole('link', { name: '1 Belum diterima SKPD' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '2 Diterima, belum didistribusikan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '3 Sedang ditindaklanjuti' })).toBeTruthy();
  });

  it('shows a PPID officer the requests, whose counts name the PPID queue, and no complaints', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    const spy = mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': session(['PPID_MAIN'], null),
      '/api/t/muara-enim/officer/dashboard/requests': ok({
        orgUnit: null,
        today: '2026-12-02',
        weekEndsOn: '2026-12-06',
        workingDaysLeftThisWeek: 3,
        waiting: [
          { key: 'AWAITING_CONFIRMATION', count: 1, path: '', queue: { status: 'AWAITING_CONFIRMATION' } },
          { key: 'REGISTERED', count: 5, path: '', queue: { status: 'REGISTERED' } },
          { key: 'ROUTED', count: 2, path: '', queue: { status: 'ROUTED' } },
        ],
        overdue: { key: 'OVERDUE', count: 1, path: '/overdue', queue: {} },
        dueSoon: { key: 'DUE_SOON', count: 3, path: '/due-soon', queue: {} },
        dueThisWeek: { key: 'DUE_THIS_WEEK', count: 4, path: null, queue: {} },
        trend: WEEKS,
      }),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/dasbor');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Permohonan informasi' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '5 Terdaftar, belum diteruskan' }).getAttribute('href')).toBe(
      '/muara-enim/kantor/ppid?status=REGISTERED',
    );
    expect(screen.getByRole('link', { name: '3 Segera jatuh tempo (2 hari kerja)' }).getAttribute('href')).toBe(
      '/muara-enim/kantor/ppid?antrean=dueSoon',
    );
    expect(screen.queryByRole('heading', { name: 'Pengaduan' })).toBeNull();
    expect(spy.mock.calls.map(([u]) => String(u)).some((u) => u.includes('/dashboard/complaints'))).toBe(false);
    expect(document.body.textContent).not.toMatch(/\b(AWAITING_CONFIRMATION|REGISTERED|ROUTED|DUE_SOON)\b/);
  });

  it('is not offered to a tenant admin', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': session(['TENANT_ADMIN'], null),
      '/api/t/muara-enim/admin/users': ok([]),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor');
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Menu petugas' });
    expect(within(nav).queryByRole('link', { name: 'Dasbor' })).toBeNull();
  });
});
