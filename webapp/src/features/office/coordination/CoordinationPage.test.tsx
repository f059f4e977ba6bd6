import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../app/App';
import { mockFetch, ok, type Reply } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { resetSessionForTests } from '../session';

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
  window.localStorage.clear();
});

const OPEN = {
  id: 'r1',
  problemId: null,
  unit: 'PUPR',
  text: 'Ganti lampu jalan yang padam dan laporkan jadwal pemeliharaan',
  issuedOn: '2026-12-01',
  dueOn: '2026-12-08',
  followUp: null,
  followedUpOn: null,
  overdueSince: '2026-12-09',
  late: true,
};

function signedInAs(roles: string[], orgUnit: string | null, routes: Record<string, Reply | ((init?: RequestInit) => Reply)>) {
  window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
  return mockFetch({
    '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
    '/api/auth/refresh': ok({
      accessToken: 'a1',
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: 'r1',
      user: { id: 'u', username: 'kadis', displayName: 'Kepala Dinas', tenant: 'muara-enim', orgUnit, roles },
    }),
    ...routes,
  });
}

describe('SPIKM coordination (Perbup 29/2014 Pasal 1 no. 13, 6, 8)', () => {
  it('shows the agency head the overdue recommendation and records the follow-up', async () => {
    const sent: unknown[] = [];
    let followed = false;
    signedInAs(['AGENCY_HEAD'], 'PUPR', {
      '/api/t/muara-enim/officer/coordination/recommendations': () =>
        ok([followed ? { ...OPEN, followUp: 'Dua puluh lampu diganti', followedUpOn: '2026-12-10' } : OPEN]),
      '/api/t/muara-enim/officer/coordination/recommendations/r1/follow-up': (init) => {
        sent.push(JSON.parse(String(init?.body)));
        followed = true;
        return ok({ ...OPEN, followUp: 'Dua puluh lampu diganti', followedUpOn: '2026-12-10' });
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/koordinasi');
    render(<App />);

    const list = await screen.findByTestId('recommendations');
    expect(list.textContent).toContain('Lewat tenggat');
    expect(list.textContent).toContain('8 Desember 2026');
    // An agency head sees no problem inventory.
    expect(screen.queryByRole('heading', { name: 'Masalah untuk Tim Koordinasi' })).toBeNull();
    await userEvent.type(within(list).getByLabelText('Tindak lanjut'), 'Dua puluh lampu diganti');
    await userEvent.click(within(list).getByRole('button', { name: 'Catat tindak lanjut' }));
    expect(await screen.findByText('Tindak lanjut dicatat.')).toBeTruthy();
    expect(sent).toEqual([{ followUp: 'Dua puluh lampu diganti' }]);
    expect((await screen.findByTestId('recommendations')).textContent).toContain('Ditindaklanjuti terlambat');
  });

  it('lets the Tim Koordinasi recommend to an agency and handle a passed problem', async () => {
    const recommended: unknown[] = [];
    signedInAs(['COORDINATION_TEAM'], null, {
      '/api/t/muara-enim/officer/coordination/recommendations': (init) => {
        if (init?.method === 'POST') {
          recommended.push(JSON.parse(String(init.body)));
          return { status: 201, body: OPEN };
        }
        return ok([]);
      },
      '/api/t/muara-enim/officer/coordination/report': ok({
        from: '2026-11-05',
        to: '2026-12-05',
        problemsPassed: 3,
        problemsHandled: 2,
        agencies: [{ unit: 'PUPR', issued: 2, followedUpOnTime: 1, followedUpLate: 0, open: 1, overdue: 1 }],
      }),
      '/api/t/muara-enim/officer/coordination/problems': ok([
        {
          id: 'p1',
          title: 'Lampu jalan padam berulang',
          description: 'Dua puluh laporan dalam sebulan',
          unit: 'PUPR',
          complaints: ['ME-2026-000123'],
          passedOn: '2026-12-01',
          handledOn: null,
          handlingNote: null,
        },
      ]),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/koordinasi');
    render(<App />);

    expect(await screen.findByText('Belum ada rekomendasi.')).toBeTruthy();
    // Pasal 6g: the report to the Bupati, per agency.
    const report = await screen.findByRole('table', { name: 'Rekomendasi per SKPD' });
    expect(report.textContent).toContain('Dinas Pekerjaan Umum dan Penataan Ruang');
    expect(screen.getByText('3 masalah diteruskan, 2 sudah ditangani.')).toBeTruthy();
    const problems = await screen.findByTestId('problems');
    expect(problems.textContent).toContain('ME-2026-000123');
    expect(within(problems).getByRole('button', { name: 'Catat penanganan' })).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Isi rekomendasi'), 'Percepat perbaikan lampu jalan');
    await userEvent.click(screen.getByRole('button', { name: 'Beri rekomendasi' }));
    expect(await screen.findByText('Rekomendasi dikirim kepada SKPD.')).toBeTruthy();
    expect(recommended[0]).toMatchObject({ text: 'Percepat perbaikan lampu jalan' });
  });
});
