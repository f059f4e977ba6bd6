import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../app/App';
import { LANG_STORAGE_KEY } from '../../../i18n';
import { mockFetch, ok } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { resetSessionForTests } from '../../identity/office/session';

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
  window.localStorage.clear();
});

const OBJECTION = {
  id: 'o1',
  registerNumber: 'ME-KEB-2026-000003',
  requestNumber: 'ME-PPID-2026-000012',
  ground: 'A_REFUSED_EXEMPT',
  groundAroseOn: '2026-07-29',
  filedOn: '2026-07-30',
  reasons: 'Bukan rahasia',
  answerDue: '2026-09-10',
  status: 'ANSWERED',
  decision: 'REJECTED',
  answer: 'Pengecualian dikuatkan',
  answeredOn: '2026-08-10',
  settlement: null,
  overdueSince: null,
  disputeFileBy: '2026-09-01',
  disputes: [{ id: 'd1', registerNumber: 'ME-SKI-2026-000001', stage: 'REGISTRATION', outcome: null }],
  history: [],
};

const DISPUTE = {
  id: 'd1',
  registerNumber: 'ME-SKI-2026-000001',
  objectionId: 'o1',
  commissionCaseNumber: '012/VIII/KI-SS-PS/2026',
  filedOn: '2026-05-04',
  stage: 'REGISTRATION',
  stages: [{ stage: 'REGISTRATION', on: '2026-05-04', note: null }],
  outcome: null,
  decidedOn: null,
  decisionSummary: null,
  complied: null,
  closed: false,
  tasks: [],
  commission: { startBy: '2026-05-26', startOverdue: true, settleBy: '2026-10-01', settleOverdue: false },
  appealBy: null,
  cassationBy: null,
  courtPending: false,
  finalOn: null,
};

function signedInAs(roles: string[], routes: Parameters<typeof mockFetch>[0]) {
  window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
  return mockFetch({
    '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
    '/api/auth/refresh': ok({
      accessToken: 'a1',
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: 'r1',
      user: { id: 'u', username: 'ppid', displayName: 'PPID Utama', tenant: 't', orgUnit: null, roles },
    }),
    ...routes,
  });
}

describe('objection page: dispute clocks (UU KIP Ps 37(2), 38)', () => {
  it('shows the last day to go to the Information Commission and the Commission deadlines, overdue marked', async () => {
    signedInAs(['PPID_MAIN'], {
      '/api/t/muara-enim/officer/objections/o1': ok(OBJECTION),
      '/api/t/muara-enim/officer/disputes/d1': ok(DISPUTE),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/keberatan/o1');
    render(<App />);

    const fileBy = await screen.findByText('Batas mengajukan sengketa ke Komisi Informasi');
    expect(fileBy.nextElementSibling?.textContent).toBe('Selasa, 1 September 2026');
    const clocks = await screen.findByTestId('commission-clocks');
    const start = within(clocks).getByText(/mulai menyelesaikan/).parentElement!;
    expect(start.textContent).toContain('Selasa, 26 Mei 2026');
    expect(within(start).getByText('Lewat tenggat')).toBeTruthy();
    const settle = within(clocks).getByText(/menyelesaikan sengketa paling lambat/).parentElement!;
    expect(settle.textContent).toContain('Kamis, 1 Oktober 2026');
    expect(within(settle).queryByText('Lewat tenggat')).toBeNull();
    expect(clocks.textContent).not.toMatch(/startOverdue|2026-05-26/);
  });

  it('shows the court windows after an adjudication and waits for the court before the dispute can close', async () => {
    const decided = {
      ...DISPUTE,
      stage: 'DECISION',
      outcome: 'GRANTED',
      decidedOn: '2026-07-30',
      stages: [...DISPUTE.stages, { stage: 'DECISION', on: '2026-07-30', note: null }],
      appealBy: '2026-08-20',
    };
    signedInAs(['PPID_MAIN'], {
      '/api/t/muara-enim/officer/objections/o1': ok(OBJECTION),
      '/api/t/muara-enim/officer/disputes/d1': ok(decided),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/keberatan/o1');
    const { unmount } = render(<App />);
    const dispute = await screen.findByTestId('dispute');
    expect(await within(dispute).findByText(/Gugatan ke pengadilan tata usaha negara paling lambat/)).toBeTruthy();
    expect(dispute.textContent).toContain('20 Agustus 2026');
    expect(dispute.textContent).not.toContain('berkekuatan hukum tetap');
    unmount();

    signedInAs(['PPID_MAIN'], {
      '/api/t/muara-enim/officer/objections/o1': ok(OBJECTION),
      '/api/t/muara-enim/officer/disputes/d1': ok({
        ...decided,
        stage: 'CASSATION',
        appealBy: null,
        courtPending: false,
        finalOn: '2026-12-01',
      }),
    });
    render(<App />);
    const final = await screen.findByTestId('dispute');
    expect((await within(final).findByText(/berkekuatan hukum tetap/)).textContent).toContain('1 Desember 2026');
  });

  it('lists the facilitation tasks in words and records the Tim Pertimbangan\u2019s part (Perbup Pasal 13c, 26)', async () => {
    const posted: unknown[] = [];
    const withTask = {
      ...DISPUTE,
      tasks: [{ seq: 1, kind: 'COORDINATE_LEGAL_OFFICE', description: 'Surat kuasa Bagian Hukum', orgUnit: null, dueOn: '2026-05-20', doneOn: null, result: null }],
    };
    signedInAs(['DISPUTE_FACILITATION'], {
      '/api/t/muara-enim/officer/objections/o1': ok(OBJECTION),
      '/api/t/muara-enim/officer/disputes/d1': ok(withTask),
      '/api/t/muara-enim/officer/disputes/d1/tasks': (init) => {
        posted.push(JSON.parse(String(init?.body)));
        return ok({
          ...withTask,
          tasks: [...withTask.tasks, { seq: 2, kind: 'CONSULT_CONSIDERATION_TEAM', description: 'Minta pertimbangan', orgUnit: null, dueOn: null, doneOn: null, result: null }],
        });
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/keberatan/o1');
    render(<App />);
    const tasks = await screen.findByTestId('dispute-tasks');
    expect(tasks.textContent).toContain('Koordinasi dengan bagian hukum: Surat kuasa Bagian Hukum');
    expect(tasks.textContent).not.toContain('COORDINATE_LEGAL_OFFICE');
    const dispute = screen.getByTestId('dispute');
    await userEvent.selectOptions(within(dispute).getByLabelText('Jenis tugas'), 'CONSULT_CONSIDERATION_TEAM');
    await userEvent.type(within(dispute).getByLabelText('Uraian tugas'), 'Minta pertimbangan');
    await userEvent.click(within(dispute).getByRole('button', { name: 'Tambah tugas fasilitasi' }));
    await waitFor(() => expect(screen.getByTestId('dispute-tasks').textContent).toContain('Pertimbangan Tim Pertimbangan'));
    expect(posted[0]).toMatchObject({ kind: 'CONSULT_CONSIDERATION_TEAM', description: 'Minta pertimbangan' });
  });

  it('records how an answer that upholds the objection was carried out (Perbup Pasal 18(3)d.2)', async () => {
    const sent: unknown[] = [];
    const upheld = { ...OBJECTION, decision: 'UPHELD', disputes: [], carriedOutOn: null, implementationNote: null };
    signedInAs(['PPID_MAIN'], {
      '/api/t/muara-enim/officer/objections/o1': ok(upheld),
      '/api/t/muara-enim/officer/objections/o1/implementation': (init) => {
        sent.push(JSON.parse(String(init?.body)));
        return ok({ ...upheld, carriedOutOn: '2026-08-12', implementationNote: 'Informasi diberikan' });
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/keberatan/o1');
    render(<App />);
    await userEvent.type(await screen.findByLabelText('Uraian pelaksanaan'), 'Informasi diberikan');
    await userEvent.click(screen.getByRole('button', { name: 'Catat pelaksanaan tanggapan' }));
    expect((await screen.findByText('Pelaksanaan tanggapan')).nextElementSibling?.textContent).toContain('Informasi diberikan');
    expect(sent[0]).toMatchObject({ note: 'Informasi diberikan' });
    expect(screen.queryByRole('button', { name: 'Catat pelaksanaan tanggapan' })).toBeNull();
  });

  it('says the same in English', async () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'en');
    signedInAs(['PPID_MAIN'], {
      '/api/t/muara-enim/officer/objections/o1': ok(OBJECTION),
      '/api/t/muara-enim/officer/disputes/d1': ok(DISPUTE),
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/keberatan/o1');
    render(<App />);

    const fileBy = await screen.findByText('Last day to bring a dispute to the Information Commission');
    expect(fileBy.nextElementSibling?.textContent).toMatch(/^Tuesday,? 1 September 2026$/);
    const clocks = await screen.findByTestId('commission-clocks');
    expect(within(clocks).getByText('Overdue')).toBeTruthy();
    expect(clocks.textContent).toContain('The Commission settles the dispute by');
  });

  it('records a dispute with one Idempotency-Key, kept when the first attempt fails and is retried', async () => {
    const keys: string[] = [];
    let attempts = 0;
    signedInAs(['PPID_MAIN'], {
      '/api/t/muara-enim/officer/objections/o1': ok({ ...OBJECTION, disputes: [] }),
      '/api/t/muara-enim/officer/objections/o1/disputes': (init?: RequestInit) => {
        keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
        attempts++;
        return attempts === 1
          ? { status: 503, body: { code: 'DATABASE_UNAVAILABLE', message: { id: 'Coba lagi.', en: 'Try again.' } } }
          : ok(DISPUTE);
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/keberatan/o1');
    render(<App />);

    const form = await screen.findByRole('form', { name: 'Catat sengketa di Komisi Informasi' });
    await userEvent.type(within(form).getByLabelText('Nomor register Komisi Informasi'), '012/VIII/KI-SS-PS/2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Catat sengketa di Komisi Informasi' }));
    await screen.findByText('Coba lagi.');
    await userEvent.click(within(form).getByRole('button', { name: 'Catat sengketa di Komisi Informasi' }));
    await waitFor(() => expect(attempts).toBe(2));
    expect(keys[0]).toMatch(/^web-[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
  });
});
