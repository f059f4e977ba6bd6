import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../app/App';
import { mockFetch, ok, requestedPaths, type Reply } from '../../../test/fetchMock';
import { expectCardCells } from '../../../test/cardTable';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { resetSessionForTests } from '../../identity/office/session';

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

function signedIn(roles: string[], orgUnit: string | null, routes: Record<string, Reply | ((init?: RequestInit) => Reply)>) {
  window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
  return mockFetch({
    '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
    '/api/auth/refresh': ok({
      accessToken: 'a1',
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: 'r1',
      user: { id: 'u', username: 'ppid', displayName: 'PPID', tenant: 't', orgUnit, roles },
    }),
    ...routes,
  });
}

const entry = (over: Record<string, unknown> = {}) => ({
  id: 'e1',
  number: 'DIP-2026-000001',
  title: 'Daftar izin reklame',
  summary: 'Izin reklame yang terbit pada tahun 2026.',
  holdingOfficial: null,
  holdingUnit: 'PUPR',
  personResponsible: 'Sekretaris Dinas',
  madeOn: '2026-01-05',
  madePlace: 'Muara Enim',
  forms: ['SOFTCOPY'],
  retentionPeriod: '5 tahun',
  infoClass: 'SETIAP_SAAT',
  ownerPpid: 'PUPR',
  stage: 'AUTHENTICATED',
  code: null,
  published: false,
  publishedAt: null,
  frontPage: false,
  lastUpdatedOn: null,
  nextUpdateDue: null,
  overdue: false,
  exemption: null,
  ...over,
});

const EMPTY_PAGE = ok({ items: [], page: 0, size: 20, total: 0 });

describe('register pages', () => {
  it('shows the register tab to a PPID Pembantu and puts the API error next to its field', async () => {
    let sent: unknown;
    signedIn(['PPID_ASSISTANT'], 'PUPR', {
      '/api/t/muara-enim/officer/register/entries': (init) => {
        if (init?.method !== 'POST') return EMPTY_PAGE;
        sent = JSON.parse(String(init.body));
        return {
          status: 400,
          body: { status: 400, code: 'FIELD_LENGTH', message: { id: 'Ringkasan isi terlalu pendek.', en: 'The summary is too short.' }, field: 'summary' },
        };
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/dip');
    render(<App />);
    expect(await screen.findByRole('link', { name: 'Daftar informasi (DIP)' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'LLID' })).toBeNull();
    await screen.findByText('Tidak ada informasi.');
    const form = screen.getByRole('form', { name: 'Deskripsikan informasi baru' });
    await userEvent.type(within(form).getByLabelText('Judul'), 'Daftar izin reklame');
    await userEvent.type(within(form).getByLabelText('Ringkasan isi'), 'Pendek');
    await userEvent.selectOptions(within(form).getByLabelText('Unit yang menguasai'), 'PUPR');
    await userEvent.click(within(form).getByLabelText('Berkas elektronik'));
    // A PPID Pembantu's entries belong to its own unit: no owner to choose.
    expect(within(form).queryByLabelText('PPID pengelola')).toBeNull();
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan informasi' }));
    const summary = within(form).getByLabelText('Ringkasan isi');
    expect(await within(form).findByText('Ringkasan isi terlalu pendek.')).toBeTruthy();
    expect(summary.getAttribute('aria-invalid')).toBe('true');
    expect(summary.getAttribute('aria-describedby')).toBe('entry.summary-error');
    expect(sent).toMatchObject({ title: 'Daftar izin reklame', holdingUnit: 'PUPR', forms: ['SOFTCOPY'], infoClass: 'SETIAP_SAAT' });
  }, 20_000);

  it('searches the working list by words on the server, counts each stage, and applies a saved filter', async () => {
    const spy = signedIn(['PPID_MAIN'], null, {
      '/api/t/muara-enim/officer/register/entries': ok({ items: [entry()], page: 0, size: 20, total: 1 }),
      '/api/t/muara-enim/officer/register/entries/counts': ok({ byStage: { DESCRIBED: 3, AUTHENTICATED: 1 }, total: 4 }),
      '/api/t/muara-enim/officer/saved-filters': ok([
        { id: 'f1', queue: 'REGISTER', name: 'Reklame terverifikasi', query: 'tab=VERIFIED&q=reklame&category=BERKALA' },
      ]),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/dip');
    render(<App />);
    const user = userEvent.setup();
    expect(await screen.findByRole('option', { name: 'Dideskripsikan (3)' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Semua (4)' })).toBeTruthy();
    await user.type(screen.getByLabelText('Cari nomor atau kata'), 'izin reklame');
    await vi.waitFor(() =>
      expect(requestedPaths(spy)).toContain('/api/t/muara-enim/officer/register/entries/counts?q=izin+reklame'),
    );
    await waitFor(() => expect(requestedPaths(spy)).toContain('/api/t/muara-enim/officer/register/entries?q=izin+reklame&page=0&size=20'));
    await user.click(await screen.findByRole('button', { name: 'Reklame terverifikasi' }));
    await vi.waitFor(() =>
      expect(requestedPaths(spy)).toContain(
        '/api/t/muara-enim/officer/register/entries?class=BERKALA&q=reklame&stage=VERIFIED&page=0&size=20',
      ),
    );
  }, 20_000);

  it('offers the PPID Utama codification of an authenticated entry, then publication', async () => {
    const calls: string[] = [];
    signedIn(['PPID_MAIN'], null, {
      '/api/t/muara-enim/officer/register/entries/e1': ok({ entry: entry(), documents: [], consequenceTests: [] }),
      '/api/t/muara-enim/officer/register/entries/e1/codification': (init) => {
        calls.push(String(init?.body));
        return ok({ entry: entry({ stage: 'CODIFIED', code: 'PUPR/SS/2026/001' }), documents: [], consequenceTests: [] });
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/dip/e1');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Daftar izin reklame' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Verifikasi' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Umumkan' })).toBeNull();
    const codify = screen.getByRole('form', { name: 'Kodifikasi' });
    await userEvent.click(within(codify).getByRole('button', { name: 'Kodifikasi' }));
    expect(await screen.findByRole('form', { name: 'Umumkan' })).toBeTruthy();
    expect(calls).toEqual(['{}']);
    expect(screen.getByTestId('entry-facts').textContent).toContain('PUPR/SS/2026/001');
  }, 20_000);

  it('publishes a past year’s LLID for the PPID Utama and shows its counts', async () => {
    const year = new Date().getFullYear() - 1;
    const llid = (publishedOn: string | null) => ({
      tenant: 'Kabupaten Muara Enim',
      fiscalYear: year,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      dueOn: `${year + 1}-03-31`,
      publishedOn,
      late: false,
      sections: { policy: null, facilities: null, staff: null, budget: null, obstacles: null, recommendations: null },
      requests: {
        total: 7,
        byChannel: { WEB: 5, LETTER: 2 },
        byRequesterType: { INDIVIDUAL: 6, NGO: 1 },
        byStatus: {},
        byOutcome: {},
        grantedFull: 4,
        grantedPart: 1,
        refused: 1,
        notHeld: 0,
        lapsed: 1,
        pending: 0,
        extended: 0,
        late: 0,
        exemptionGrounds: {},
        averageWorkingDays: 6.5,
        timeByOutcome: {
          GRANTED_FULL: { notices: 4, averageWorkingDays: 5.25, longestWorkingDays: 9 },
          REFUSED: { notices: 1, averageWorkingDays: 10, longestWorkingDays: 10 },
        },
        releasedDocuments: 6,
      },
      objections: { total: 1, byGround: { E_NOT_GRANTED: 1 }, byStatus: {}, byDecision: {} },
      disputes: { total: 1, byStage: { DECISION: 1 }, byOutcome: { GRANTED: 1 }, courtCases: 0, byCompliance: { COMPLIED: 1 } },
      // The JSON lists the first requests only; the page says so and points to the CSV.
      perRequest: [
        {
          registrationNumber: 'ME-PPID-2026-000001',
          receivedOn: `${year}-02-03`,
          channel: 'WEB',
          requesterType: 'INDIVIDUAL',
          status: 'NOTICE_ISSUED',
          outcome: 'GRANTED_FULL',
          exemptionGround: null,
          orgUnit: null,
          noticeIssuedOn: `${year}-02-10`,
          workingDays: 5,
          extended: false,
          late: false,
        },
      ],
      perRequestTotal: 7,
    });
    const published: string[] = [];
    const delivered: unknown[] = [];
    signedIn(['PPID_MAIN'], null, {
      '/api/t/muara-enim/officer/information-reports/llid': ok(llid(null)),
      '/api/t/muara-enim/officer/information-reports/llid/publication': () => {
        published.push('yes');
        return ok(llid(`${year + 1}-02-01`));
      },
      '/api/t/muara-enim/officer/information-reports/llid/deliveries': (init) => {
        delivered.push(JSON.parse(String(init?.body)));
        return ok({
          ...llid(`${year + 1}-02-01`),
          deliveries: [{ recipient: 'BUPATI', deliveredOn: `${year + 1}-02-03`, via: 'LETTER', reference: '045.1/004/PPID-ME/2027' }],
        });
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/llid');
    render(<App />);
    expect(
      await screen.findByRole('heading', { level: 1, name: `Laporan layanan informasi (LLID) ${year}` }, { timeout: 10_000 }),
    ).toBeTruthy();
    const figures = await screen.findByTestId('llid-figures');
    expect(figures.textContent).toContain('Jumlah permohonan7');
    expect(figures.textContent).toContain('Rata-rata hari kerja6.5');
    // Every code in words, and the time per classification (Pasal 18(3)c.2).
    const section = figures.closest('section')!;
    expect(section.textContent).toContain('Perorangan');
    expect(section.textContent).not.toContain('INDIVIDUAL');
    const time = screen.getByRole('table', { name: /Waktu pemenuhan permohonan menurut klasifikasi/ });
    expect(time.textContent).toContain('Diberikan seluruhnya');
    expect(time.textContent).toContain('5.3');
    expect(time.textContent).not.toContain('GRANTED_FULL');
    expect(section.textContent).toContain('Informasi publik yang diberikan (berkas)6');
    expect(screen.getByRole('table', { name: 'Pelaksanaan putusan sengketa' }).textContent).toContain('Dilaksanakan');
    expect(screen.getByText('Menampilkan 1 permohonan pertama dari 7. Daftar lengkap ada di unduhan CSV.')).toBeTruthy();
    expect(screen.getByText('ME-PPID-2026-000001')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Terbitkan LLID' }));
    expect(await screen.findByText('LLID diterbitkan.')).toBeTruthy();
    expect(published).toEqual(['yes']);
    expect(screen.queryByRole('button', { name: 'Terbitkan LLID' })).toBeNull();
    // Published: its deliveries to the Bupati, Kemendagri and the KIP are recorded here (Perbup Pasal 18(2), 19).
    expect(screen.getByText('Belum ada penyampaian yang dicatat.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/Nomor surat atau tanda terima/), '045.1/004/PPID-ME/2027');
    await userEvent.click(screen.getByRole('button', { name: 'Catat penyampaian' }));
    await waitFor(() => expect(screen.getByTestId('llid-deliveries').textContent).toContain('Bupati, melalui Atasan PPID'));
    expect(delivered[0]).toMatchObject({ recipient: 'BUPATI', via: 'LETTER', reference: '045.1/004/PPID-ME/2027' });
  }, 20_000);

  it('records a PPID Pembantu delivery: the PPID Utama chooses the unit, the list shows its status', async () => {
    let sent: unknown;
    const status = (last: string | null) => [
      { unit: 'PUPR', unitName: 'Dinas PUPR', lastDeliveredOn: last, dueOn: '2026-12-31', status: last ? 'DONE' : 'OVERDUE' },
    ];
    let delivered: string | null = null;
    const handed: unknown[] = [];
    signedIn(['PPID_MAIN'], null, {
      '/api/t/muara-enim/officer/register/entries': EMPTY_PAGE,
      '/api/t/muara-enim/officer/register/deliveries': (init) => {
        if (init?.method === 'POST') {
          sent = JSON.parse(String(init.body));
          delivered = '2026-06-30';
          return { status: 201, body: status(delivered)[0] };
        }
        return ok(status(delivered));
      },
      '/api/t/muara-enim/officer/register/library-handovers': (init) => {
        if (init?.method === 'POST') {
          handed.push(JSON.parse(String(init.body)));
          return { status: 201, body: { id: 'h1', handedOn: '2026-07-01', reference: 'TT-12', entries: 40 } };
        }
        return ok(handed.length ? [{ id: 'h1', handedOn: '2026-07-01', reference: 'TT-12', entries: 40 }] : []);
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/dip');
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Penyerahan PPID Pembantu' }, { timeout: 10_000 }));
    const table = await screen.findByTestId('deliveries-table');
    expect(table.textContent).toContain('Lewat waktu');
    expectCardCells(table);
    const form = screen.getByRole('form', { name: 'Catat penyerahan' });
    await userEvent.selectOptions(within(form).getByLabelText('PPID Pembantu'), 'DISHUB');
    const count = within(form).getByLabelText('Jumlah informasi diserahkan');
    await userEvent.clear(count);
    await userEvent.type(count, '12');
    await userEvent.click(within(form).getByRole('button', { name: 'Catat penyerahan' }));
    expect(await screen.findByText('Tepat waktu')).toBeTruthy();
    expect(sent).toMatchObject({ unit: 'DISHUB', entries: 12 });
    // Perbup Pasal 17(2): the register handed to the regional library, recorded with its receipt.
    const library = screen.getByRole('form', { name: 'Catat penyerahan ke perpustakaan' });
    await userEvent.type(within(library).getByLabelText('Nomor surat atau tanda terima perpustakaan'), 'TT-12');
    await userEvent.click(within(library).getByRole('button', { name: 'Catat penyerahan ke perpustakaan' }));
    await waitFor(() => expect(screen.getByTestId('library-handovers').textContent).toContain('40 informasi terbit'));
    expect(handed[0]).toMatchObject({ reference: 'TT-12' });
  }, 20_000);

  it('asks the PPID Pembantu report for the own unit only: a PPID Pembantu names no unit', async () => {
    const paths: string[] = [];
    signedIn(['PPID_ASSISTANT'], 'PUPR', {
      '/api/t/muara-enim/officer/information-reports/ppid-pembantu': () => ({
        status: 200,
        body: {
          unit: 'PUPR',
          from: '2026-01-01',
          to: '2026-06-30',
          requests: {
            total: 2, byChannel: {}, byRequesterType: {}, byStatus: {}, byOutcome: {}, grantedFull: 2, grantedPart: 0, refused: 0,
            notHeld: 0, lapsed: 0, pending: 0, extended: 0, late: 0, exemptionGrounds: {}, averageWorkingDays: 4,
          },
          perRequest: [],
          perRequestTotal: 0,
        },
      }),
    });
    const spy = globalThis.fetch as unknown as { mock: { calls: [RequestInfo | URL][] } };
    window.history.replaceState(null, '', '/muara-enim/kantor/laporan-pembantu');
    render(<App />);
    expect(await screen.findByRole('link', { name: 'Laporan PPID Pembantu' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByLabelText('PPID Pembantu')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Tampilkan laporan' }));
    expect((await screen.findByTestId('unit-report-period')).textContent).toContain('Dinas Pekerjaan Umum dan Penataan Ruang');
    spy.mock.calls.forEach(([input]) => paths.push(String(input)));
    const asked = paths.find((p) => p.includes('ppid-pembantu'));
    expect(asked).toBeDefined();
    expect(asked).not.toContain('unit=');
  }, 20_000);

  it('shows the PPID Utama the units\u2019 reports on their way to the Sekda and forwards one (Perbup Pasal 28)', async () => {
    const moved: string[] = [];
    const submission = (forwardedOn: string | null) => ({
      id: 's1',
      unit: 'PUPR',
      from: '2026-01-01',
      to: '2026-06-30',
      counts: { total: 7, grantedFull: 4, grantedPart: 1, refused: 1, notHeld: 1 },
      submittedOn: '2026-07-02',
      forwardedOn,
      receivedOn: null,
    });
    let forwarded = false;
    signedIn(['PPID_MAIN'], null, {
      '/api/t/muara-enim/officer/information-reports/ppid-pembantu/submissions': () => ok([submission(forwarded ? '2026-07-03' : null)]),
      '/api/t/muara-enim/officer/information-reports/ppid-pembantu/submissions/s1/forwarding': () => {
        moved.push('forwarding');
        forwarded = true;
        return ok(submission('2026-07-03'));
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/laporan-pembantu');
    render(<App />);
    const list = await screen.findByTestId('unit-report-submissions', {}, { timeout: 10_000 });
    expect(list.textContent).toContain('7 permohonan');
    expect(list.textContent).toMatch(/disampaikan kepada PPID Utama \S+ 2 Juli 2026/);
    await userEvent.click(within(list).getByRole('button', { name: 'Teruskan kepada Sekretaris Daerah' }));
    expect((await screen.findByText(/diteruskan kepada Sekretaris Daerah \S+ 3 Juli 2026/)).textContent).toBeTruthy();
    expect(moved).toEqual(['forwarding']);
  }, 20_000);

  it('lets a PPID Pembantu report the documentation work assigned to its unit as done (Perbup Pasal 9e)', async () => {
    const reported: unknown[] = [];
    const assignment = (doneOn: string | null) => ({
      id: 'a1',
      unit: 'PUPR',
      work: 'COLLECT',
      description: 'Kumpulkan dokumen kontrak jalan 2026',
      assignedOn: '2026-11-02',
      dueOn: '2026-11-30',
      doneOn,
      doneNote: doneOn ? 'Sudah diunggah' : null,
      overdue: !doneOn,
    });
    let done = false;
    signedIn(['PPID_ASSISTANT'], 'PUPR', {
      '/api/t/muara-enim/officer/register/entries': EMPTY_PAGE,
      '/api/t/muara-enim/officer/register/assignments': () => ok([assignment(done ? '2026-12-05' : null)]),
      '/api/t/muara-enim/officer/register/assignments/a1/completion': (init) => {
        reported.push(JSON.parse(String(init?.body)));
        done = true;
        return ok(assignment('2026-12-05'));
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/dip');
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Penugasan dokumentasi' }, { timeout: 10_000 }));
    const list = await screen.findByTestId('assignments');
    expect(list.textContent).toContain('Mengumpulkan dokumentasi: Kumpulkan dokumen kontrak jalan 2026');
    expect(list.textContent).toContain('Lewat tenggat');
    expect(screen.queryByRole('button', { name: 'Tugaskan' })).toBeNull();
    await userEvent.type(within(list).getByLabelText('Catatan'), 'Sudah diunggah');
    await userEvent.click(within(list).getByRole('button', { name: 'Laporkan selesai' }));
    await waitFor(() => expect(screen.getByTestId('assignments').textContent).toMatch(/selesai \S+ 5 Desember 2026/));
    expect(reported).toEqual([{ note: 'Sudah diunggah' }]);
  }, 20_000);
});
