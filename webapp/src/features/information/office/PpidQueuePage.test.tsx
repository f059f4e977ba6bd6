import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../app/App';
import { mockFetch, ok, requestedPaths } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { resetSessionForTests } from '../../identity/office/session';
import { officerSession } from '../../../test/officerSession';

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

const objection = (id: string, number: string, answerDue: string) => ({
  id,
  registerNumber: number,
  ground: 'G_DEADLINE_EXCEEDED',
  status: 'FILED',
  filedOn: '2026-01-05',
  answerDue,
  decision: null,
  answer: null,
  settlement: null,
  answeredOn: null,
});

describe('PPID queue for the Atasan PPID', () => {
  it('lists every objection waiting for an answer, overdue ones marked, earliest first', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    const spy = mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': officerSession('sekda', ['ATASAN_PPID']),
      '/api/t/muara-enim/officer/information-requests': ok({ items: [], page: 0, size: 20, total: 0 }),
      '/api/t/muara-enim/officer/objections': ok([
        objection('o1', 'ME-KEB-2026-000001', '2026-02-16'),
        objection('o2', 'ME-KEB-2099-000002', '2099-12-31'),
      ]),
      '/api/t/muara-enim/officer/objections/counts': ok({ byStatus: { FILED: 2, ANSWERED: 5 }, overdue: 1, total: 7 }),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/ppid');
    render(<App />);

    const section = await screen.findByRole('region', { name: 'Keberatan menunggu tanggapan' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('ME-KEB-2026-000001'),
      expect.stringContaining('ME-KEB-2099-000002'),
    ]);
    const [first, second] = items;
    expect(first?.querySelector('.badge--overdue')).toBeTruthy();
    expect(second?.querySelector('.badge--overdue')).toBeNull();
    await waitFor(() => expect(requestedPaths(spy)).toContain('/api/t/muara-enim/officer/objections?status=FILED&size=100'));
    expect((await within(section).findByTestId('objection-counts')).textContent).toBe(
      '2 menunggu tanggapan, 1 lewat tenggat, 7 keberatan seluruhnya',
    );
    // Words or a number search every status on the server.
    await userEvent.type(within(section).getByLabelText('Cari keberatan: nomor atau kata'), 'tambang nikel');
    await vi.waitFor(() =>
      expect(requestedPaths(spy)).toContain('/api/t/muara-enim/officer/objections?q=tambang+nikel&size=100'),
    );
    await waitFor(() => expect(requestedPaths(spy)).toContain('/api/t/muara-enim/officer/objections/counts?q=tambang+nikel'));
  });
});

describe('PPID queue for the PPID Utama', () => {
  it('searches requests on the server, by the requester\u2019s phone too, and shows the counts per status', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    const spy = mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': officerSession('ppid', ['PPID_MAIN']),
      '/api/t/muara-enim/officer/information-requests': ok({ items: [], page: 0, size: 20, total: 0 }),
      '/api/t/muara-enim/officer/information-requests/counts': ok({
        byStatus: { AWAITING_CONFIRMATION: 1, REGISTERED: 4, ROUTED: 2, NOTICE_ISSUED: 7, LAPSED: 0 },
        total: 14,
      }),
      '/api/t/muara-enim/officer/saved-filters': ok([]),
      '/api/t/muara-enim/officer/objections': ok([]),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/ppid');
    render(<App />);
    const user = userEvent.setup();
    expect(await screen.findByRole('button', { name: 'Semua (14)' })).toBeTruthy();
    expect(await screen.findByRole('option', { name: 'Terdaftar (4)' })).toBeTruthy();
    const box = await screen.findByLabelText(/Cari nomor, kata, telepon/);
    await user.type(box, 'tambang nikel');
    await vi.waitFor(() =>
      expect(requestedPaths(spy)).toContain(
        '/api/t/muara-enim/officer/information-requests?page=0&q=tambang+nikel&size=20',
      ),
    );
    await user.clear(box);
    await user.type(box, '0812 3456 7001');
    await vi.waitFor(() =>
      expect(requestedPaths(spy)).toContain(
        '/api/t/muara-enim/officer/information-requests/counts?phone=0812+3456+7001',
      ),
    );
  });

  it('opens on the status or the tab a dashboard tile names', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    const spy = mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': officerSession('ppid', ['PPID_MAIN']),
      '/api/t/muara-enim/officer/information-requests': ok({ items: [], page: 0, size: 20, total: 0 }),
      '/api/t/muara-enim/officer/information-requests/counts': ok({ byStatus: { REGISTERED: 4 }, total: 4 }),
      '/api/t/muara-enim/officer/saved-filters': ok([]),
      '/api/t/muara-enim/officer/objections': ok([]),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/ppid?status=REGISTERED');
    render(<App />);
    await vi.waitFor(() =>
      expect(requestedPaths(spy)).toContain('/api/t/muara-enim/officer/information-requests?status=REGISTERED&page=0&size=20'),
    );
    expect((await screen.findByLabelText('Status') as HTMLSelectElement).value).toBe('REGISTERED');
  });
});
