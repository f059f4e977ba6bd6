import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../app/App';
import { mockFetch, ok, requestedPaths } from '../../test/fetchMock';
import { expectCardCells } from '../../test/cardTable';
import { MUARA_ENIM_FULL } from '../../test/fixtures';
import { resetSessionForTests } from '../identity/office/session';

const TOKENS = (access: string, refresh: string) => ({
  accessToken: access,
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: refresh,
  user: {
    id: 'u1',
    username: 'siti',
    displayName: 'Siti',
    tenant: 't1',
    orgUnit: null,
    roles: ['CENTRAL_ADMIN'],
  },
});

const QUEUE = {
  items: [
    {
      id: '11111111-1111-1111-1111-111111111111',
      trackingNumber: 'ME-2026-000123',
      type: 'COMPLAINT',
      title: 'Jembatan gantung rusak',
      category: 'INFRASTRUKTUR',
      status: 'RECEIVED',
      receivedOn: '2026-03-16',
      verifyDue: '2000-01-05',
      agencies: [],
    },
  ],
  page: 0,
  size: 20,
  total: 1,
};

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

describe('officers\u2019 workspace', () => {
  it('signs in, keeps the access token in memory only, and shows the central admin\u2019s queue with deadline badges', async () => {
    const auth: (string | null)[] = [];
    const spy = mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/login': (init) => {
        expect(JSON.parse(String(init?.body))).toEqual({ tenant: 'muara-enim', username: 'siti', password: 'rahasia' });
        return ok(TOKENS('access-1', 'refresh-1'));
      },
      '/api/t/muara-enim/officer/complaints': (init) => {
        auth.push(new Headers(init?.headers).get('Authorization'));
        return ok(QUEUE);
      },
      '/api/t/muara-enim/officer/complaints/counts': ok({
        byStatus: { RECEIVED: 12, CLARIFICATION_REQUESTED: 0, VERIFIED: 3, ANSWERED: 1 },
        byUnitStatus: {},
        overdue: 2,
        total: 40,
      }),
      '/api/t/muara-enim/officer/saved-filters': ok([]),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor');
    render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Nama pengguna'), 'siti');
    await user.type(screen.getByLabelText('Kata sandi'), 'rahasia');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    const row = (await screen.findByRole('link', { name: 'ME-2026-000123' })).closest('tr')!;
    expect(within(row).getByText(/Lewat tenggat/)).toBeTruthy();
    // On a phone each row is a card, each cell under its column's label.
    expectCardCells(row.closest('table')!);
    expect(auth[0]).toBe('Bearer access-1');
    await waitFor(() => expect(requestedPaths(spy)).toContain(
      '/api/t/muara-enim/officer/complaints?size=20&page=0&sort=DUE_ASC&status=RECEIVED',
    ));
    // The tabs carry the server's counts.
    expect(await screen.findByRole('button', { name: /Perlu diverifikasi.*12/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Semua.*40/ })).toBeTruthy();
    expect(window.sessionStorage.getItem('balai.refresh.muara-enim')).toBe('refresh-1');
    expect(JSON.stringify(window.localStorage)).not.toContain('access-1');
    expect(JSON.stringify(window.sessionStorage)).not.toContain('access-1');
  });

  it('on a 401 refreshes once with the refresh token and retries', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'refresh-old');
    let queueCalls = 0;
    const refreshBodies: unknown[] = [];
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': (init) => {
        refreshBodies.push(JSON.parse(String(init?.body)));
        return ok(TOKENS(`access-${refreshBodies.length}`, `refresh-${refreshBodies.length}`));
      },
      '/api/t/muara-enim/officer/complaints': (init) => {
        queueCalls++;
        const token = new Headers(init?.headers).get('Authorization');
        if (token === 'Bearer access-1') {
          return { status: 401, body: { status: 401, code: 'TOKEN_EXPIRED', message: { id: 'x', en: 'x' }, field: null } };
        }
        return ok(QUEUE);
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor');
    render(<App />);
    expect(await screen.findByRole('link', { name: 'ME-2026-000123' })).toBeTruthy();
    expect(refreshBodies).toEqual([{ refreshToken: 'refresh-old' }, { refreshToken: 'refresh-1' }]);
    expect(queueCalls).toBe(2);
    expect(window.sessionStorage.getItem('balai.refresh.muara-enim')).toBe('refresh-2');
  });

  it('searches the whole regency on the server and applies a saved filter from its chip', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'refresh-old');
    const spy = mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': ok(TOKENS('access-9', 'refresh-9')),
      '/api/t/muara-enim/officer/complaints': ok(QUEUE),
      '/api/t/muara-enim/officer/complaints/counts': ok({ byStatus: {}, overdue: 0, total: 0 }),
      '/api/t/muara-enim/officer/saved-filters': ok([
        { id: 'f1', queue: 'COMPLAINTS', name: 'Jalan rusak', query: 'tab=all&q=jalan+rusak&category=INFRASTRUKTUR' },
      ]),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor');
    render(<App />);
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'ME-2026-000123' });
    await user.type(screen.getByLabelText(/Cari nomor, kata, telepon/), 'ME-2020-000001');
    await vi.waitFor(() =>
      expect(requestedPaths(spy)).toContain(
        '/api/t/muara-enim/officer/complaints?size=20&page=0&sort=DUE_ASC&q=ME-2020-000001&status=RECEIVED',
      ),
    );
    // A phone number searches the reporter (the central administrator may).
    await user.clear(screen.getByLabelText(/Cari nomor, kata, telepon/));
    await user.type(screen.getByLabelText(/Cari nomor, kata, telepon/), '081234567890');
    await vi.waitFor(() =>
      expect(requestedPaths(spy)).toContain('/api/t/muara-enim/officer/complaints/counts?phone=081234567890'),
    );
    await user.click(await screen.findByRole('button', { name: 'Jalan rusak' }));
    await vi.waitFor(() =>
      expect(requestedPaths(spy)).toContain(
        '/api/t/muara-enim/officer/complaints?size=20&page=0&sort=DUE_ASC&q=jalan+rusak&category=INFRASTRUKTUR',
      ),
    );
    expect(screen.getByRole('button', { name: 'Hapus filter Jalan rusak' })).toBeTruthy();
  });
});

describe('a dashboard tile\u2019s queue', () => {
  it('opens on the tab named in ?antrean=, and on the first tab for a tab the role has not', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'refresh-old');
    const spy = mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': ok(TOKENS('access-9', 'refresh-9')),
      '/api/t/muara-enim/officer/complaints': ok(QUEUE),
      '/api/t/muara-enim/officer/complaints/counts': ok({ byStatus: {}, overdue: 0, total: 0 }),
      '/api/t/muara-enim/officer/saved-filters': ok([]),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor?antrean=toReview');
    const { unmount } = render(<App />);
    const review = await screen.findByRole('button', { name: /^Jawaban untuk ditelaah/ });
    expect(review.getAttribute('aria-pressed')).toBe('true');
    await vi.waitFor(() =>
      expect(requestedPaths(spy)).toContain('/api/t/muara-enim/officer/complaints?size=20&page=0&sort=DUE_ASC&status=ANSWERED'),
    );
    unmount();
    resetSessionForTests();
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'refresh-old');
    window.history.replaceState(null, '', '/muara-enim/kantor?antrean=nothing');
    render(<App />);
    const first = await screen.findByRole('button', { name: /^Perlu diverifikasi/ });
    expect(first.getAttribute('aria-pressed')).toBe('true');
  });
});
