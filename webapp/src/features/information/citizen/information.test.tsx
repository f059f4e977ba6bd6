import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EMPTY_REQUEST, requestBody, validateRequest, type RequestForm } from '../../../api/information';
import { App } from '../../../app/App';
import { mockFetch, ok } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { Snippet } from './Snippet';

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

const ENTRY = {
  id: '7d3e1c1e-0000-4000-8000-000000000001',
  number: 'DIP-2026-001',
  title: 'Daftar perizinan usaha',
  summary: 'Perizinan usaha mikro yang diterbitkan.',
  holdingOfficial: 'Kepala DPMPTSP',
  holdingUnit: 'DPMPTSP',
  personResponsible: 'Sekretaris',
  madeOn: '2026-01-05',
  madePlace: 'Muara Enim',
  forms: ['SOFTCOPY'],
  retentionPeriod: '5 tahun',
  infoClass: 'SETIAP_SAAT',
  ownerPpid: 'UTAMA',
  stage: 'CODIFIED',
  code: 'ME.01',
  published: true,
  frontPage: false,
  lastUpdatedOn: null,
  nextUpdateDue: null,
  overdue: false,
  exemption: null,
};

describe('search highlight', () => {
  it('renders matches in <mark> and never turns register text into markup', () => {
    const { container } = render(
      <Snippet
        parts={[
          { text: 'Daftar ', match: false },
          { text: 'perizinan', match: true },
          { text: ' <img src=x onerror=alert(1)> usaha', match: false },
        ]}
      />,
    );
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('perizinan');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('Daftar perizinan <img src=x onerror=alert(1)> usaha');
  });

  it('searches the register and shows the hits with their snippets', async () => {
    const spy = mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/register/entries': ok({ items: [], page: 0, size: 20, total: 0 }),
      '/api/t/muara-enim/register/search': ok({
        query: 'izin',
        // The API leaves nulls out: an entry without `exemption` is not exempt.
        items: [{ entry: { ...ENTRY, exemption: undefined }, rank: 0.5, snippet: [{ text: 'perizinan', match: true }, { text: ' usaha', match: false }] }],
        page: 0,
        size: 20,
        total: 1,
      }),
    });
    openAt('/muara-enim/informasi');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Cari informasi'), 'izin');
    await user.click(screen.getByRole('button', { name: 'Cari' }));
    expect(await screen.findByText('1 hasil untuk “izin”')).toBeTruthy();
    expect(screen.getByText('perizinan').tagName).toBe('MARK');
    expect(screen.queryByText('Dikecualikan')).toBeNull();
    expect(screen.getByText('Informasi tersedia setiap saat')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Daftar perizinan usaha' }).getAttribute('href')).toBe(`/muara-enim/informasi/${ENTRY.id}`);
    expect(spy.mock.calls.map(([u]) => String(u)).some((u) => u.includes('/register/search?q=izin'))).toBe(true);
  });

  it('lists the PPID Utama and every PPID Pembantu, a village with the decree that set it up (Pasal 8(6))', async () => {
    const tenant = {
      ...MUARA_ENIM_FULL,
      orgUnits: [
        ...MUARA_ENIM_FULL.orgUnits!,
        { code: 'KOMINFO', name: 'Dinas Komunikasi dan Informatika', kind: 'AGENCY', hostsPpidUtama: true, ppidPembantu: false, children: [] },
        {
          code: 'KEC-SATU',
          name: 'Kecamatan Satu',
          kind: 'DISTRICT',
          ppidPembantu: false,
          children: [
            {
              code: 'DESA-KEPUR',
              name: 'Desa Kepur',
              kind: 'VILLAGE',
              ppidPembantu: true,
              ppidDecree: { title: 'Keputusan Kepala Desa Kepur', number: '141/06/DK/V/2025', date: '2025-03-12' },
            },
            { code: 'DESA-LAIN', name: 'Desa Lain', kind: 'VILLAGE', ppidPembantu: false },
          ],
        },
      ],
    };
    mockFetch({
      '/api/t/muara-enim': ok(tenant),
      '/api/t/muara-enim/register/entries': ok({ items: [], page: 0, size: 20, total: 0 }),
    });
    openAt('/muara-enim/informasi');
    const list = await screen.findByTestId('ppid-list');
    await userEvent.setup().click(screen.getByText('PPID di kabupaten/kota ini'));
    const items = Array.from(list.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toContain('Dinas Komunikasi dan Informatika: PPID Utama');
    expect(items).toContain('Dinas Pekerjaan Umum dan Penataan Ruang: PPID Pembantu');
    expect(items).toContain(
      'Desa Kepur: PPID Pembantu (ditetapkan dengan Keputusan Kepala Desa Kepur Nomor 141/06/DK/V/2025 tanggal Rabu, 12 Maret 2025)',
    );
    expect(items.some((x) => x?.includes('Desa Lain'))).toBe(false);
  });

  it('says when a search matched more than it ranks, and asks for more words', async () => {
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/register/entries': ok({ items: [], page: 0, size: 20, total: 0 }),
      '/api/t/muara-enim/register/search': ok({
        query: 'laporan',
        items: [{ entry: ENTRY, rank: 0.2, snippet: [{ text: 'laporan', match: true }] }],
        page: 0,
        size: 20,
        total: 1000,
        capped: true,
      }),
    });
    openAt('/muara-enim/informasi');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Cari informasi'), 'laporan');
    await user.click(screen.getByRole('button', { name: 'Cari' }));
    expect(
      await screen.findByText('Lebih dari 1000 hasil untuk “laporan”; 1000 yang terbaru diurutkan. Tambahkan kata agar lebih tepat.'),
    ).toBeTruthy();
  });

  it('shows an exempt entry as exempt with its ground and decree and no documents', async () => {
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      [`/api/t/muara-enim/register/entries/${ENTRY.id}`]: ok({
        entry: {
          ...ENTRY,
          infoClass: 'DIKECUALIKAN',
          exemption: {
            ground: 'H',
            legalBasis: 'UU KIP Pasal 17 huruf h',
            groundId: 'mengungkap rahasia pribadi',
            groundEn: 'reveals personal secrets',
            decreeNumber: '188.4/12/KPTS/2026',
            until: null,
          },
        },
        documents: [],
      }),
    });
    openAt(`/muara-enim/informasi/${ENTRY.id}`);
    const exempt = await screen.findByTestId('exemption');
    expect(exempt.textContent).toContain('UU KIP Pasal 17 huruf h');
    expect(exempt.textContent).toContain('188.4/12/KPTS/2026');
    expect(screen.queryByRole('heading', { name: 'Dokumen' })).toBeNull();
  });
});

const VALID: RequestForm = {
  ...EMPTY_REQUEST,
  idNumber: '1603 0101 0101 0001',
  name: 'Rudi Hartono',
  address: 'Jl. Sudirman 1, Muara Enim',
  phone: '081234567890',
  email: 'rudi@example.id',
  informationWanted: 'Daftar izin usaha mikro tahun 2025',
  purpose: 'Penelitian',
  obtainMethod: 'SOFT_COPY',
  receiveMethod: 'EMAIL',
  willingToPay: 'yes',
};

describe('request form validation', () => {
  it('names each missing or bad field as the API does', () => {
    expect(validateRequest(VALID, new File(['x'], 'ktp.png', { type: 'image/png' }), true)).toEqual({});
    const p = validateRequest({ ...EMPTY_REQUEST, idNumber: '123', obtainMethod: 'SOFT_COPY', receiveMethod: 'EMAIL' }, null, true);
    expect(p['requester.idNumber']).toBe('nik');
    expect(p['requester.name']).toBe('required');
    expect(p['requester.phone']).toBe('contact');
    expect(p['requester.email']).toBe('emailForDelivery');
    expect(p.idCopy).toBe('idCopy');
    expect(p.willingToPay).toBe('required');
    expect(p.informationWanted).toBe('required');
  });

  it('asks the ID copy only for a full copy and only where the tenant requires it (Pasal 22(8))', () => {
    expect(validateRequest({ ...VALID, obtainMethod: 'READ' }, null, true).idCopy).toBeUndefined();
    expect(validateRequest(VALID, null, false).idCopy).toBeUndefined();
    expect(validateRequest(VALID, new File(['x'], 'ktp.gif', { type: 'image/gif' }), true).idCopy).toBe('idCopyType');
  });

  it('sends JSON without an ID copy and multipart with request + idCopy parts with one', async () => {
    const json = requestBody(VALID, null) as Record<string, unknown>;
    expect(json.requester).toMatchObject({ idNumber: '1603010101010001', name: 'Rudi Hartono' });
    expect(json.willingToPay).toBe(true);
    const data = requestBody(VALID, new File(['x'], 'ktp.png', { type: 'image/png' })) as FormData;
    const part = data.get('request') as Blob;
    expect(part.type).toBe('application/json');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(part);
    });
    expect(JSON.parse(text).purpose).toBe('Penelitian');
    expect((data.get('idCopy') as File).name).toBe('ktp.png');
  });
});

describe('request form', () => {
  it('keeps one Idempotency-Key for retries of the same form and takes a new one when the form changes', async () => {
    const keys: string[] = [];
    let attempt = 0;
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/information-requests': (init) => {
        keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
        attempt++;
        if (attempt <= 2) return { status: 503, raw: 'busy' };
        return {
          status: 201,
          body: {
            registrationNumber: 'PPID-ME-2026-000001',
            accessCode: 'ABCD-EFGH',
            status: 'REGISTERED',
            receivedOn: '2026-03-16',
            noticeDue: '2026-03-30',
          },
        };
      },
    });
    openAt('/muara-enim/permohonan');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('NIK (nomor induk kependudukan)'), '1603010101010001');
    await user.type(screen.getByLabelText('Nama lengkap'), 'Rudi Hartono');
    await user.type(screen.getByLabelText('Alamat'), 'Jl. Sudirman 1, Muara Enim');
    await user.type(screen.getByLabelText('Nomor telepon / HP'), '081234567890');
    await user.type(screen.getByLabelText('Rincian informasi yang dibutuhkan'), 'Daftar izin usaha mikro 2025');
    await user.type(screen.getByLabelText('Tujuan penggunaan informasi'), 'Penelitian');
    await user.selectOptions(screen.getByLabelText('Cara memperoleh informasi'), 'READ');
    await user.click(screen.getByRole('button', { name: 'Kirim permohonan' }));
    // Willingness to pay is required (Pasal 21e): nothing is sent yet.
    expect(await screen.findByText('Wajib diisi.')).toBeTruthy();
    expect(keys).toHaveLength(0);
    await user.click(screen.getByLabelText('Ya, bersedia'));
    await user.click(screen.getByRole('button', { name: 'Kirim permohonan' }));
    await waitFor(() => expect(keys).toHaveLength(1));
    await user.click(await screen.findByRole('button', { name: 'Kirim permohonan' }));
    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[1]).toBe(keys[0]);
    await user.type(screen.getByLabelText('Tujuan penggunaan informasi'), ' kampus');
    await user.click(screen.getByRole('button', { name: 'Kirim permohonan' }));
    expect(await screen.findByTestId('registration-number')).toBeTruthy();
    expect(keys[2]).not.toBe(keys[0]);
    expect(screen.getByTestId('access-code').textContent).toBe('ABCD-EFGH');
  });
});

describe('request tracking: the dispute deadline (UU KIP Ps 37(2))', () => {
  const request = {
    registrationNumber: 'ME-PPID-2026-000012',
    status: 'NOTICE_ISSUED',
    channel: 'WEB',
    informationWanted: 'Berkas penyidikan tata ruang',
    receivedOn: '2026-07-20',
    noticeDue: '2026-08-03',
    extended: false,
    extensionReason: null,
    noticeIssuedOn: '2026-07-29',
    late: false,
    lapsedReason: null,
    notice: null,
    documents: [],
    objectionGroundsAvailable: [],
    objections: [
      {
        id: 'o1',
        registerNumber: 'ME-KEB-2026-000003',
        ground: 'A_REFUSED_EXEMPT',
        status: 'ANSWERED',
        filedOn: '2026-07-30',
        answerDue: '2026-09-10',
        decision: 'REJECTED',
        answer: 'Pengecualian dikuatkan',
        settlement: null,
        answeredOn: '2026-08-10',
        disputeFileBy: '2026-09-01',
      },
      // Still awaiting its answer in time: no deadline yet (the API leaves the field out).
      {
        id: 'o2',
        registerNumber: 'ME-KEB-2026-000004',
        ground: 'E_NOT_GRANTED',
        status: 'FILED',
        filedOn: '2026-08-20',
        answerDue: '2026-10-01',
        decision: null,
        answer: null,
        settlement: null,
        answeredOn: null,
      },
    ],
    history: [],
  };

  async function track() {
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/t/muara-enim/information-requests/ME-PPID-2026-000012': ok(request),
    });
    openAt('/muara-enim/lacak-permohonan');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^(Nomor pendaftaran|Registration number)/), 'ME-PPID-2026-000012');
    await user.type(screen.getByLabelText(/^(Kode akses|Access code)/), 'ABCD-EFGH');
    await user.click(screen.getByRole('button', { name: /^(Lihat permohonan|Show request)$/ }));
    return screen.findAllByTestId('objection');
  }

  it('shows the last day to go to the Information Commission under the answered objection only', async () => {
    window.localStorage.clear();
    const [answered, waiting] = await track();
    const deadline = answered!.querySelector('[data-testid="dispute-file-by"]');
    expect(deadline?.textContent).toContain('Batas mengajukan sengketa ke Komisi Informasi: Selasa, 1 September 2026');
    expect(deadline?.textContent).toContain('UU KIP Pasal 37 ayat 2');
    expect(waiting!.querySelector('[data-testid="dispute-file-by"]')).toBeNull();
    expect(answered!.textContent).not.toContain('2026-09-01');
  });

  it('in English in the English locale', async () => {
    window.localStorage.setItem('balai.lang', 'en');
    const [answered] = await track();
    const deadline = answered!.querySelector('[data-testid="dispute-file-by"]');
    expect(deadline?.textContent).toMatch(
      /Last day to bring a dispute to the Information Commission: Tuesday,? 1 September 2026/,
    );
    expect(deadline?.textContent).toContain('Information Commission to settle the dispute');
    window.localStorage.clear();
  });
});
