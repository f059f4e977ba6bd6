import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../app/App';
import { mockFetch, ok, type Reply } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { officerSession } from '../../../test/officerSession';
import { resetSessionForTests } from '../../identity/office/session';

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
    '/api/auth/refresh': officerSession('kadis', roles, orgUnit),
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
    await waitFor(() => expect(screen.getByTestId('recommendations').textContent).toContain('Ditindaklanjuti terlambat'));
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
        directionsGiven: 0,
        directionsAnswered: 0,
        evaluations: [],
        team: null,
      }),
      '/api/t/muara-enim/officer/coordination/directions': ok([]),
      '/api/t/muara-enim/officer/coordination/evaluations': ok([]),
      '/api/t/muara-enim/officer/coordination/team': { status: 404, body: { status: 404, code: 'TEAM_NOT_DESCRIBED_NOT_FOUND', message: { id: 'Data tidak ditemukan.', en: 'Not found.' } } },
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
  it('shows the operations coordinator the team, its decree and a direction to answer (Pasal 4, 6a, 6g)', async () => {
    const answers: unknown[] = [];
    let answered = false;
    const direction = { id: 'd1', kind: 'ARAHAN', text: 'Verifikasi setiap laporan SMS pada hari yang sama', givenOn: '2026-12-01', response: null, respondedOn: null };
    signedInAs(['OPS_COORDINATOR'], null, {
      '/api/t/muara-enim/officer/coordination/recommendations': ok([]),
      '/api/t/muara-enim/officer/coordination/problems': ok([]),
      '/api/t/muara-enim/officer/coordination/evaluations': ok([
        { id: 'e1', subject: 'SERVICE', from: '2026-11-01', to: '2026-11-30', findings: 'Tindak lanjut tepat waktu 82 persen', recordedOn: '2026-12-02' },
      ]),
      '/api/t/muara-enim/officer/coordination/directions': () =>
        ok([answered ? { ...direction, response: 'Piket dua giliran', respondedOn: '2026-12-02' } : direction]),
      '/api/t/muara-enim/officer/coordination/directions/d1/answer': (init) => {
        answers.push(JSON.parse(String(init?.body)));
        answered = true;
        return ok({ ...direction, response: 'Piket dua giliran', respondedOn: '2026-12-02' });
      },
      '/api/t/muara-enim/officer/coordination/report': ok({
        from: '2026-11-05',
        to: '2026-12-05',
        problemsPassed: 0,
        problemsHandled: 0,
        agencies: [],
        directionsGiven: 4,
        directionsAnswered: 3,
        evaluations: [],
        team: null,
      }),
      '/api/t/muara-enim/officer/coordination/team': ok({
        decree: { title: 'Keputusan Bupati Muara Enim', number: '555/012/KPTS/2026', date: '2026-01-05' },
        members: [
          { post: 'PENGARAH', position: 'Bupati Muara Enim' },
          { post: 'KETUA', name: 'Budi Santoso', position: 'Sekretaris Daerah' },
        ],
      }),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/koordinasi');
    render(<App />);

    const team = await screen.findByTestId('coordination-team');
    await waitFor(() => expect(team.textContent).toContain('Ditetapkan dengan Keputusan Bupati Muara Enim Nomor 555/012/KPTS/2026 tanggal Senin, 5 Januari 2026'));
    expect(team.textContent).toContain('KetuaBudi Santoso, Sekretaris Daerah');
    expect(team.textContent).toContain('PengarahBupati Muara Enim');
    expect(await screen.findByText('4 arahan disampaikan, 3 sudah ditanggapi.')).toBeTruthy();
    expect((await screen.findByTestId('evaluations')).textContent).toContain('Penyelenggaraan layanan (Pasal 6 huruf f)');
    // The operations coordinator neither gives directions nor records evaluations.
    expect(screen.queryByRole('button', { name: 'Sampaikan arahan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Catat evaluasi' })).toBeNull();
    const list = await screen.findByTestId('directions');
    expect(list.textContent).toContain('Belum ditanggapi');
    await userEvent.type(within(list).getByLabelText('Tanggapan: yang sudah dilakukan'), 'Piket dua giliran');
    await userEvent.click(within(list).getByRole('button', { name: 'Kirim tanggapan' }));
    expect(await screen.findByText('Tanggapan dikirim kepada Tim Koordinasi.')).toBeTruthy();
    expect(answers).toEqual([{ response: 'Piket dua giliran' }]);
    await waitFor(() => expect(screen.getByTestId('directions').textContent).toContain('Sudah ditanggapi Rabu, 2 Desember 2026: Piket dua giliran'));
  });

  it('lets the Tim Koordinasi give a direction and record an evaluation of a period (Pasal 6a, 6b)', async () => {
    const posted: { path: string; body: unknown }[] = [];
    const record = (path: string, reply: unknown) => (init?: RequestInit) => {
      if (init?.method === 'POST') {
        posted.push({ path, body: JSON.parse(String(init.body)) });
        return { status: 201, body: reply };
      }
      return ok([]);
    };
    signedInAs(['COORDINATION_TEAM'], null, {
      '/api/t/muara-enim/officer/coordination/recommendations': ok([]),
      '/api/t/muara-enim/officer/coordination/problems': ok([]),
      '/api/t/muara-enim/officer/coordination/directions': record('directions', { id: 'd2', kind: 'SARAN', text: 'x', givenOn: '2026-12-05', response: null, respondedOn: null }),
      '/api/t/muara-enim/officer/coordination/evaluations': record('evaluations', { id: 'e2', subject: 'OPERATIONS_TEAM', from: '2026-11-05', to: '2026-12-05', findings: 'x', recordedOn: '2026-12-05' }),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/koordinasi');
    render(<App />);

    const directions = (await screen.findByRole('heading', { name: 'Arahan kepada Tim Pelaksana Operasional' })).closest('section')!;
    await userEvent.selectOptions(within(directions).getByLabelText('Jenis'), 'SARAN');
    await userEvent.type(within(directions).getByLabelText('Isi arahan, masukan atau saran'), 'Tambah petugas SMS pada hari Senin');
    await userEvent.click(within(directions).getByRole('button', { name: 'Sampaikan arahan' }));
    expect(await screen.findByText('Arahan disampaikan kepada Koordinator Operasional.')).toBeTruthy();

    const evaluations = screen.getByRole('heading', { name: 'Evaluasi' }).closest('section')!;
    expect((within(evaluations).getByLabelText(/Periode sampai/) as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await userEvent.type(within(evaluations).getByLabelText('Hasil evaluasi'), 'Verifikasi rata-rata 1,4 hari kerja');
    await userEvent.click(within(evaluations).getByRole('button', { name: 'Catat evaluasi' }));
    expect(await screen.findByText('Evaluasi dicatat.')).toBeTruthy();
    expect(posted[0]).toEqual({ path: 'directions', body: { kind: 'SARAN', text: 'Tambah petugas SMS pada hari Senin' } });
    expect(posted[1]?.path).toBe('evaluations');
    expect(posted[1]?.body).toMatchObject({ subject: 'OPERATIONS_TEAM', findings: 'Verifikasi rata-rata 1,4 hari kerja' });
  });
});
