import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../api/client';
import type { OrgUnit } from '../../../../api/types';
import { LanguageProvider } from '../../../../i18n';
import { mockFetch, ok, requestedPaths, type Reply } from '../../../../test/fetchMock';
import { login, resetSessionForTests } from '../../../identity/office/session';
import { CorrectionForm } from './CorrectionForm';
import { DispatchTree } from './DispatchTree';
import { DuplicateSuggestions } from './DuplicateSuggestions';
import { Templated } from './Templated';
import { dispatchTree, filterTree } from './tree';
import { serverJson } from '../../../../test/serverJson';

const UNITS: OrgUnit[] = serverJson<OrgUnit[]>([
  { code: 'SETDA', name: 'Sekretariat Daerah', kind: 'REGIONAL_SECRETARIAT', ppidPembantu: false, children: [] },
  { code: 'PUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', kind: 'AGENCY', ppidPembantu: true, children: [] },
  { code: 'DINKES', name: 'Dinas Kesehatan', kind: 'AGENCY', ppidPembantu: true, children: [] },
  {
    code: 'KEC-LAWANG-KIDUL',
    name: 'Kecamatan Lawang Kidul',
    kind: 'DISTRICT',
    ppidPembantu: false,
    children: [
      { code: 'DESA-TEGAL-REJO', name: 'Desa Tegal Rejo', kind: 'VILLAGE', ppidPembantu: false },
      { code: 'KEL-PASAR-TANJUNG', name: 'Kelurahan Pasar Tanjung Enim', kind: 'WARD', ppidPembantu: false },
    ],
  },
  {
    code: 'KEC-MUARA-ENIM',
    name: 'Kecamatan Muara Enim',
    kind: 'DISTRICT',
    ppidPembantu: false,
    children: [{ code: 'KEL-PASAR-II', name: 'Kelurahan Pasar II', kind: 'WARD', ppidPembantu: false }],
  },
]);

const CATEGORIES = [
  { code: 'INFRASTRUKTUR', name: 'Jalan, jembatan dan drainase', nameEn: 'Roads, bridges and drainage', routeTo: 'PUPR' },
  { code: 'KESEHATAN', name: 'Kesehatan', nameEn: 'Health', routeTo: 'DINKES' },
];

const inIndonesian = (ui: React.ReactNode) => render(<LanguageProvider initialLang="id">{ui}</LanguageProvider>);

const apiError = (status: number, code: string, id: string, field: string | null) =>
  new ApiError({ status, code, message: { id, en: code }, field });

describe('the dispatch tree', () => {
  it('groups agencies apart from kecamatan with their desa and kelurahan, and search keeps a district with what matches', () => {
    const tree = dispatchTree(UNITS, 'id');
    expect(tree.agencies.map((u) => u.code)).toEqual(['SETDA', 'PUPR', 'DINKES']);
    expect(tree.districts.map((d) => [d.code, d.villages.map((v) => v.code)])).toEqual([
      ['KEC-LAWANG-KIDUL', ['DESA-TEGAL-REJO', 'KEL-PASAR-TANJUNG']],
      ['KEC-MUARA-ENIM', ['KEL-PASAR-II']],
    ]);
    const pasar = filterTree(tree, 'PASAR');
    expect(pasar.agencies).toEqual([]);
    expect(pasar.districts.map((d) => [d.code, d.villages.map((v) => v.code)])).toEqual([
      ['KEC-LAWANG-KIDUL', ['KEL-PASAR-TANJUNG']],
      ['KEC-MUARA-ENIM', ['KEL-PASAR-II']],
    ]);
    expect(filterTree(tree, 'lawang').districts[0]?.villages).toHaveLength(2);
    expect(filterTree(tree, 'kesehatan').agencies.map((u) => u.code)).toEqual(['DINKES']);
  });

  it('proposes the category’s and the area’s units, searches, and sends the units with the note and the due date', async () => {
    const sent = vi.fn(async () => undefined);
    inIndonesian(
      <DispatchTree
        units={UNITS}
        suggestions={[
          { basis: 'CATEGORY', orgUnit: 'PUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
          { basis: 'AREA', orgUnit: 'KEL-PASAR-II', name: 'Kelurahan Pasar II' },
        ]}
        initial={['PUPR']}
        today="2026-03-16"
        onSubmit={sent}
      />,
    );
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Teruskan ke SKPD' });
    expect((within(form).getByLabelText('Dinas Pekerjaan Umum dan Penataan Ruang (sesuai kategori)') as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByLabelText('Kelurahan Pasar II (sesuai lokasi)') as HTMLInputElement).checked).toBe(false);
    // A proposed unit is offered once.
    expect(within(form).getAllByText(/Dinas Pekerjaan Umum/)).toHaveLength(1);

    await user.type(within(form).getByLabelText('Cari unit'), 'tegal');
    expect(within(form).queryByLabelText('Dinas Kesehatan')).toBeNull();
    await user.click(within(form).getByLabelText('Desa Tegal Rejo'));
    expect(within(form).getByRole('status').textContent).toBe('2 unit dipilih.');
    await user.clear(within(form).getByLabelText('Cari unit'));
    await user.type(within(form).getByLabelText('Cari unit'), 'tidak ada');
    expect(within(form).getByText('Tidak ada unit yang cocok.')).toBeTruthy();

    await user.type(within(form).getByLabelText('Catatan untuk SKPD'), 'Mohon cek bersama kepala desa.');
    const due = within(form).getByLabelText('Tenggat tindak lanjut') as HTMLInputElement;
    expect(due.min).toBe('2026-03-16');
    await user.type(due, '2026-03-18');
    await user.click(within(form).getByRole('button', { name: 'Teruskan' }));
    expect(sent).toHaveBeenCalledWith({ units: ['PUPR', 'DESA-TEGAL-REJO'], note: 'Mohon cek bersama kepala desa.', dueOn: '2026-03-18' });
  });

  it('shows the server’s refusal of a due date beyond the standard next to the date, in Indonesian', async () => {
    const refused = vi.fn(async () => {
      throw apiError(400, 'DUE_DATE_BEYOND_STANDARD', 'Tenggat tidak boleh melewati batas standar layanan kabupaten (2026-03-23).', 'dueOn');
    });
    inIndonesian(<DispatchTree units={UNITS} suggestions={[]} initial={['PUPR']} today="2026-03-16" onSubmit={refused} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Teruskan' }));
    const due = screen.getByLabelText(/Tenggat tindak lanjut/);
    expect(due.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('dispatch-due-error')?.textContent).toContain('melewati batas standar layanan');
  });
});

describe('the correction form', () => {
  it('sends only what changed, tags as a list, and names the reporter’s own title', async () => {
    const sent = vi.fn(async () => undefined);
    inIndonesian(
      <CorrectionForm
        start={{ type: 'COMPLAINT', category: null, title: 'jalan rusak', working: { title: 'jalan rusak', titleCorrected: false, tags: [], priority: 'NORMAL' } }}
        categories={CATEGORIES}
        onSubmit={sent}
      />,
    );
    const user = userEvent.setup();
    expect(screen.getByText('Judul dari pelapor: “jalan rusak”. Kosongkan untuk kembali ke judul pelapor.')).toBeTruthy();
    expect((screen.getByLabelText(/^Kategori/) as HTMLSelectElement).value).toBe('');
    await user.selectOptions(screen.getByLabelText(/^Kategori/), 'Jalan, jembatan dan drainase');
    await user.type(screen.getByLabelText(/^Judul kerja/), 'Jalan rusak di depan SD 3');
    await user.type(screen.getByLabelText(/^Tag/), 'jalan, sekolah ,');
    await user.selectOptions(screen.getByLabelText(/^Prioritas/), 'Tinggi');
    await user.click(screen.getByRole('button', { name: 'Simpan koreksi' }));
    expect(sent).toHaveBeenCalledWith({ category: 'INFRASTRUKTUR', title: 'Jalan rusak di depan SD 3', tags: ['jalan', 'sekolah'], priority: 'HIGH' });
    expect(document.body.textContent).not.toMatch(/INFRASTRUKTUR|HIGH|COMPLAINT/);
  });
});

describe('with a signed-in officer', () => {
  let routes: Record<string, Reply | ((init?: RequestInit) => Reply)>;
  beforeEach(async () => {
    routes = {
      '/api/auth/login': ok({
        accessToken: 'a1',
        tokenType: 'Bearer',
        expiresIn: 900,
        refreshToken: 'r1',
        user: { id: 'u', username: 'siti', displayName: 'Siti', tenant: 't', orgUnit: null, roles: ['CENTRAL_ADMIN'] },
      }),
    };
    mockFetch(routes);
    await login('muara-enim', 'siti', 'rahasia');
  });
  afterEach(() => {
    resetSessionForTests();
    window.sessionStorage.clear();
  });

  it('lists likely duplicates with their similarity and why, and merges into one from the suggestion', async () => {
    routes['/api/t/muara-enim/officer/complaints/c1/duplicates'] = ok([
      { id: 'c0', trackingNumber: 'ME-2026-000010', title: 'Lampu jalan padam', status: 'VERIFIED', receivedOn: '2026-03-10', score: 0.82, similarity: 0.62, metres: 120, reasons: ['TEXT', 'NEARBY'] },
    ]);
    const spy = mockFetch(routes);
    const merged = vi.fn(async () => undefined);
    inIndonesian(<DuplicateSuggestions slug="muara-enim" complaintId="c1" onMerge={merged} />);
    const user = userEvent.setup();
    const list = await screen.findByTestId('duplicates');
    expect(list.textContent).toContain('ME-2026-000010: Lampu jalan padam');
    expect(list.textContent).toContain('kemiripan 62% · isi mirip · lokasi berdekatan · 120 m');
    expect(list.textContent).not.toMatch(/TEXT|NEARBY/);
    await user.click(screen.getByRole('button', { name: 'Gabungkan ke ME-2026-000010' }));
    // a merge cannot be undone: the first click only asks, and cancelling merges nothing
    const ask = screen.getByRole('group', { name: 'Gabungkan ke ME-2026-000010' });
    expect(ask.textContent).toContain('tidak dapat dibatalkan');
    expect(merged).not.toHaveBeenCalled();
    await user.click(within(ask).getByRole('button', { name: 'Batal' }));
    expect(merged).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Gabungkan ke ME-2026-000010' }));
    await user.click(screen.getByRole('button', { name: 'Ya, gabungkan' }));
    expect(merged).toHaveBeenCalledWith('c0');
    expect(requestedPaths(spy)).toContain('/api/t/muara-enim/officer/complaints/c1/duplicates');
  });

  it('says so when there is no likely duplicate', async () => {
    routes['/api/t/muara-enim/officer/complaints/c1/duplicates'] = ok([]);
    mockFetch(routes);
    inIndonesian(<DuplicateSuggestions slug="muara-enim" complaintId="c1" onMerge={vi.fn()} />);
    expect(await screen.findByText('Tidak ada laporan mirip dalam 30 hari terakhir.')).toBeTruthy();
  });

  it('starts the form from the chosen template of its purpose, filled from the case', async () => {
    routes['/api/t/muara-enim/officer/response-templates'] = ok([
      { id: 't1', orgUnit: null, purpose: 'RESPONSE', name: 'Selesai', body: 'Laporan {nomor} selesai.' },
      { id: 't2', orgUnit: 'PUPR', purpose: 'ANSWER', name: 'Dijadwalkan', body: '{unit} menjadwalkan perbaikan.' },
    ]);
    routes['/api/t/muara-enim/officer/response-templates/t2/filled?complaint=c1'] = ok({
      text: 'Dinas Pekerjaan Umum dan Penataan Ruang menjadwalkan perbaikan.',
      placeholders: [],
    });
    mockFetch(routes);
    inIndonesian(
      <Templated slug="muara-enim" complaintId="c1" purpose="ANSWER" unitName={(u) => (u === 'PUPR' ? 'Dinas PUPR' : u)}>
        {(text, key) => <textarea key={key} aria-label="Jawaban" defaultValue={text ?? ''} />}
      </Templated>,
    );
    const user = userEvent.setup();
    const picker = await screen.findByLabelText('Mulai dari templat');
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['— tanpa templat —', 'Dijadwalkan (Dinas PUPR)']);
    await user.selectOptions(picker, 'Dijadwalkan (Dinas PUPR)');
    await user.click(screen.getByRole('button', { name: 'Pakai templat' }));
    expect(await screen.findByDisplayValue('Dinas Pekerjaan Umum dan Penataan Ruang menjadwalkan perbaikan.')).toBeTruthy();
  });
});
