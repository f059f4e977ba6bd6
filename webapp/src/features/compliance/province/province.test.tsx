import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { App } from '../../../app/App';
import { mockFetch, ok } from '../../../test/fetchMock';
import { resetSessionForTests } from '../../identity/office/session';
import {
  bandOf,
  bandTone,
  chartGeometry,
  checkWeights,
  formatScore,
  formatValue,
  linePoints,
  weightErrorsFromApi,
  weightShares,
  type Band,
} from './logic';

const BANDS: Band[] = [
  { code: 'INFORMATIF', id: 'Informatif', en: 'Informative', floor: 90 },
  { code: 'MENUJU_INFORMATIF', id: 'Menuju Informatif', en: 'Towards informative', floor: 80 },
  { code: 'CUKUP_INFORMATIF', id: 'Cukup Informatif', en: 'Fairly informative', floor: 60 },
  { code: 'KURANG_INFORMATIF', id: 'Kurang Informatif', en: 'Less informative', floor: 40 },
  { code: 'TIDAK_INFORMATIF', id: 'Tidak Informatif', en: 'Not informative', floor: 0 },
];
const ID = { locale: 'id-ID', none: '–', yes: 'Ya', no: 'Tidak' };

const ADMIN = {
  accessToken: 'prov-access',
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'prov-refresh',
  user: { id: 'p1', username: 'prov75', displayName: 'Admin Gorontalo', tenant: null, orgUnit: null, roles: ['PROVINCIAL_ADMIN'] },
};
const DISCLAIMER = {
  id: 'Dihitung dari catatan Balai; bukan nilai resmi Komisi Informasi.',
  en: "Computed from Balai's records; not the Information Commission's official score.",
};
const WEIGHTS = {
  NOTICE_ON_TIME: 20, OBJECTIONS_ANSWERED_ON_TIME: 10, REGISTER_COMPLETENESS: 20, LLID_ON_TIME: 10,
  PPID_PEMBANTU_COVERAGE: 10, COMPLAINTS_VERIFIED_ON_TIME: 10, FOLLOW_UP_ON_TIME: 10, COMPLAINTS_CLOSED: 5, REPORTER_RATING: 5,
};
const INDICATORS = {
  requests: 4, requestsDue: 4, noticedWithinNoticePct: 75, noticedWithinExtensionPct: 100, medianWorkingDaysToNotice: 6,
  p90WorkingDaysToNotice: 12, objections: 1, objectionsPer100Requests: 25, objectionsAnsweredOnTimePct: null, disputes: 0,
  berkalaEntries: 2, berkalaCurrent: 1, berkalaCurrentPct: 50, setiapSaatEntries: 1, registerCompletenessPct: 83.3,
  llidFiscalYear: 2025, llidPublishedOn: null, llidOnTime: false, pembantuUnits: 2, pembantuCovered: 1, pembantuCoveragePct: 50,
  complaints: 3, complaintsVerifiedOnTimePct: 66.7, followUpOnTimePct: 100, complaintsClosedPct: 33.3, ratingMean: 4.5, ratingCount: 2,
};
const TABLE = {
  disclaimer: DISCLAIMER,
  province: '75',
  from: '2026-01-01',
  to: '2026-12-31',
  weights: WEIGHTS,
  bands: BANDS,
  tenants: [{ slug: 'boalemo', name: 'Kabupaten Boalemo', status: 'ACTIVE', indicators: INDICATORS, scores: {}, score: 64.04, band: BANDS[2] }],
};

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

describe('province logic', () => {
  it('shows scores at one decimal and a missing value as a dash, never 0', () => {
    expect(formatScore(89.96, ID)).toBe('90,0');
    expect(formatScore(null, ID)).toBe('–');
    expect(formatValue(null, 'pct', ID)).toBe('–');
    expect(formatValue(83.33, 'pct', ID)).toBe('83,3%');
    expect(formatValue(4, 'count', ID)).toBe('4');
    expect(formatValue(false, 'bool', ID)).toBe('Tidak');
    expect(formatValue(4.5, 'rating', ID)).toBe('4,50');
  });

  it('bands a score as the server does: at one decimal, the highest floor reached', () => {
    expect(bandOf(89.96, BANDS)!.code).toBe('INFORMATIF');
    expect(bandOf(89.94, BANDS)!.code).toBe('MENUJU_INFORMATIF');
    expect(bandOf(60, BANDS)!.code).toBe('CUKUP_INFORMATIF');
    expect(bandOf(0, BANDS)!.code).toBe('TIDAK_INFORMATIF');
    expect(bandOf(null, BANDS)).toBeNull();
    expect(bandTone('INFORMATIF')).toBe('ok');
    expect(bandTone('CUKUP_INFORMATIF')).toBe('soon');
    expect(bandTone('TIDAK_INFORMATIF')).toBe('overdue');
  });

  it('checks weights as typed: numbers 0-100 (a decimal comma too), not all zero', () => {
    expect(checkWeights({ A: '20', B: '7,5' })).toEqual({ fields: {}, allZero: false, values: { A: 20, B: 7.5 } });
    expect(checkWeights({ A: 'dua', B: '', C: '101', D: '-1' }).fields).toEqual({ A: 'number', B: 'number', C: 'range', D: 'range' });
    expect(checkWeights({ A: '0', B: '0' }).allZero).toBe(true);
    expect(weightShares({ A: 30, B: 10 })).toEqual({ A: 75, B: 25 });
  });

  it('puts the API\u2019s weight error next to its indicator, other errors on the form', () => {
    const err = (field: string | null) =>
      new ApiError({ status: 400, code: 'INVALID_WEIGHT', message: { id: 'x', en: 'x' }, field });
    expect(weightErrorsFromApi(err('weights.NOTICE_ON_TIME'), 'salah')).toEqual({ NOTICE_ON_TIME: 'salah' });
    expect(weightErrorsFromApi(err('weights.SOMETHING_ELSE'), 'salah')).toEqual({ '': 'salah' });
    expect(weightErrorsFromApi(err('weights'), 'nol')).toEqual({ '': 'nol' });
    expect(weightErrorsFromApi(new Error('x'), 'jaringan')).toEqual({ '': 'jaringan' });
  });

  it('lays out the trend chart: 100 at the top, years left to right, missing years left out', () => {
    const g = chartGeometry([2024, 2025, 2026], 640, 320);
    expect(g.y(100)).toBe(g.top);
    expect(g.y(0)).toBe(320 - g.bottom);
    expect(g.x(2024)).toBe(g.left);
    expect(g.x(2026)).toBe(640 - g.right);
    expect(linePoints([{ year: 2024, score: 100 }, { year: 2025, score: null }, { year: 2026, score: 0 }], g)).toBe(
      `${g.left},${g.top} ${640 - g.right},${320 - g.bottom}`,
    );
  });
});

describe('provincial admin pages', () => {
  it('signs in without a tenant and shows the table with the disclaimer, score, band and every indicator', async () => {
    mockFetch({
      '/api/auth/login': (init) => {
        expect(JSON.parse(String(init?.body))).toEqual({ tenant: '', username: 'prov75', password: 'rahasia' });
        return ok(ADMIN);
      },
      '/api/province/compliance': ok(TABLE),
    });
    window.history.replaceState(null, '', '/provinsi');
    render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Nama pengguna'), 'prov75');
    await user.type(screen.getByLabelText('Kata sandi'), 'rahasia');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    expect((await screen.findByTestId('disclaimer')).textContent).toContain('bukan nilai resmi Komisi Informasi');
    const row = screen.getByRole('link', { name: 'Kabupaten Boalemo' }).closest('tr')!;
    expect(within(row).getByText('64,0')).toBeTruthy();
    expect(within(row).getByText('Cukup Informatif')).toBeTruthy();
    expect(within(row).getByText('83,3%')).toBeTruthy();
    expect(within(row).getAllByText('–').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Kabupaten Boalemo' }).getAttribute('href')).toBe('/provinsi/kabupaten/boalemo');
    expect(screen.getByTestId('weights').textContent).toContain('20 (20% dari skor)');
  });

  it('the weights form shows a local error and the API\u2019s error next to the right weight', async () => {
    const bodies: unknown[] = [];
    mockFetch({
      '/api/auth/refresh': ok(ADMIN),
      '/api/province/compliance/weights': (init) => {
        if (init?.method === 'PUT') {
          bodies.push(JSON.parse(String(init.body)));
          return {
            status: 400,
            body: { status: 400, code: 'INVALID_WEIGHT', message: { id: 'Bobot berupa angka 0 sampai 100.', en: 'x' }, field: 'weights.LLID_ON_TIME' },
          };
        }
        return ok({ disclaimer: DISCLAIMER, province: '75', weights: WEIGHTS });
      },
    });
    window.sessionStorage.setItem('balai.refresh.', 'old');
    window.history.replaceState(null, '', '/provinsi/bobot');
    render(<App />);
    const user = userEvent.setup();
    const notice = await screen.findByLabelText('Pemberitahuan tertulis tepat waktu (≤ 10 HK)');
    await user.clear(notice);
    await user.type(notice, 'banyak');
    await user.click(screen.getByRole('button', { name: 'Simpan bobot' }));
    expect(notice.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('weight-NOTICE_ON_TIME-error')!.textContent).toBe('Isi dengan angka 0 sampai 100.');
    expect(bodies).toHaveLength(0);

    await user.clear(notice);
    await user.type(notice, '30');
    await user.click(screen.getByRole('button', { name: 'Simpan bobot' }));
    expect((await screen.findByText('Bobot berupa angka 0 sampai 100.')).id).toBe('weight-LLID_ON_TIME-error');
    expect(bodies[0]).toEqual({ weights: { ...WEIGHTS, NOTICE_ON_TIME: 30 } });
  });

  it('in English: the disclaimer, the band and the drill-down with the period kept', async () => {
    mockFetch({
      '/api/auth/refresh': ok(ADMIN),
      '/api/province/compliance/tenants/boalemo': ok({
        disclaimer: DISCLAIMER,
        province: '75',
        from: '2026-07-01',
        to: '2026-07-31',
        weights: WEIGHTS,
        tenant: TABLE.tenants[0],
        months: { '2026-07': INDICATORS },
      }),
    });
    window.sessionStorage.setItem('balai.refresh.', 'old');
    window.history.replaceState(null, '', '/provinsi/kabupaten/boalemo?from=2026-07-01&to=2026-07-31');
    render(<App initialLang="en" />);
    expect(await screen.findByRole('heading', { name: 'Details of Kabupaten Boalemo' })).toBeTruthy();
    expect(screen.getByTestId('disclaimer').textContent).toContain("not the Information Commission's official score");
    expect(screen.getByText('Fairly informative')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the province table' }).getAttribute('href')).toBe(
      '/provinsi?from=2026-07-01&to=2026-07-31',
    );
    const months = screen.getByRole('table', { name: /per month/ });
    expect(within(months).getByText('2026-07')).toBeTruthy();
  });
});
