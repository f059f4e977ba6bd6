import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../app/App';
import { mockFetch, ok } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { resetSessionForTests } from '../../identity/office/session';

const ID = '22222222-2222-2222-2222-222222222222';

const CASE = {
  id: ID,
  trackingNumber: 'ME-2026-000124',
  type: 'COMPLAINT',
  channel: 'WEB',
  title: 'Pungli di kantor desa',
  description: 'Saya Budi, NIK 1603051205900001.',
  category: 'INFRASTRUKTUR',
  locationText: null,
  latitude: null,
  longitude: null,
  anonymous: false,
  confidential: false,
  hasReporterContact: true,
  status: 'RECEIVED',
  receivedAt: '2026-03-16T02:00:00Z',
  receivedOn: '2026-03-16',
  verifyDue: '2026-03-19',
  dispatches: [],
  finalAnswer: null,
  rating: null,
  mergedInto: null,
  mergedFrom: [],
  rejection: null,
  version: 1,
  history: [],
};

const NONE = {
  trackingNumber: 'ME-2026-000124',
  status: 'NONE',
  refusal: null,
  title: null,
  text: null,
  publicAttachments: [],
  publishedAt: null,
  updatedAt: null,
  proposedTitle: { text: 'Pungli di kantor desa', findings: [] },
  proposedText: {
    text: 'Saya [nama disamarkan], NIK [NIK disamarkan].',
    findings: [
      { kind: 'REPORTER_NAME', label: 'nama pelapor', count: 1 },
      { kind: 'NIK', label: 'NIK (nomor induk kependudukan)', count: 1 },
    ],
  },
  attachments: [
    { position: 1, fileName: 'jalan.jpg', mediaType: 'image/jpeg', sizeBytes: 2048 },
    { position: 2, fileName: 'surat.pdf', mediaType: 'application/pdf', sizeBytes: 4096 },
  ],
  log: [],
  blurredAttachments: [],
  blurredPhotos: [],
};

/** jsdom draws nothing: a 2D context that records what the editor does, and a toBlob that gives a known JPEG. */
function fakeCanvas() {
  const calls = { putImageData: 0, toBlob: [] as string[] };
  const ctx = {
    drawImage: () => undefined,
    getImageData: (_x: number, _y: number, w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4).fill(120), width: w, height: h }),
    putImageData: () => {
      calls.putImageData++;
    },
    setLineDash: () => undefined,
    strokeRect: () => undefined,
    lineWidth: 1,
    strokeStyle: '',
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ctx) as unknown as HTMLCanvasElement['getContext']);
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback: BlobCallback, type?: string) => {
    calls.toBlob.push(type ?? '');
    callback(new Blob(['blurred-jpeg-from-canvas'], { type }));
  });
  return calls;
}

/** jsdom loads no pictures: an Image that is "loaded" at once, 400x300. */
class FakeImage {
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  naturalWidth = 400;
  naturalHeight = 300;
  set src(_value: string) {
    setTimeout(() => this.onload?.());
  }
}

function signedInAs(roles: string[], routes: Parameters<typeof mockFetch>[0]) {
  window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
  mockFetch({
    '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
    '/api/auth/refresh': ok({
      accessToken: 'a1',
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: 'r1',
      user: { id: 'u', username: 'siti', displayName: 'Siti', tenant: 't', orgUnit: roles.includes('AGENCY_OPERATOR') ? 'PUPR' : null, roles },
    }),
    [`/api/t/muara-enim/officer/complaints/${ID}`]: ok(CASE),
    '/api/t/muara-enim/officer/complaints': ok({ items: [], page: 0, size: 100, total: 0 }),
    ...routes,
  });
  window.history.replaceState(null, '', `/muara-enim/kantor/kasus/${ID}`);
  render(<App />);
}

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

describe('publication panel', () => {
  it('starts from the masked text, lists the findings in words, asks per photo, needs a reason, and publishes', async () => {
    let sent: Record<string, unknown> | undefined;
    signedInAs(['CENTRAL_ADMIN'], {
      [`/api/t/muara-enim/officer/complaints/${ID}/publication`]: (init) => {
        if (init?.method === 'POST') {
          const body = JSON.parse(String(init.body)) as Record<string, unknown>;
          sent = body;
          return ok({
            ...NONE,
            status: 'PUBLISHED',
            title: body.title,
            text: body.text,
            publicAttachments: body.publicAttachments,
            log: [{ seq: 1, at: '2026-03-17T01:00:00Z', actor: 'siti', act: 'PUBLISH', reason: body.reason }],
          });
        }
        return ok(NONE);
      },
    });
    const user = userEvent.setup();
    const panel = await screen.findByTestId('publication-panel');
    expect(within(panel).getByRole('heading', { name: 'Publikasi' })).toBeTruthy();
    const text = (await within(panel).findByLabelText(/Uraian publik/)) as HTMLTextAreaElement;
    expect(text.value).toBe('Saya [nama disamarkan], NIK [NIK disamarkan].');
    expect(within(panel).getByTestId('publication-findings').textContent).toContain('nama pelapor (1)');
    expect(within(panel).getByTestId('publication-findings').textContent).not.toContain('REPORTER_NAME');
    expect(within(panel).getByTestId('publication-status').textContent).toBe('Belum pernah dipublikasikan');
    // Every photo starts as not public; a PDF is not a photo.
    const photo = within(panel).getByRole('group', { name: 'jalan.jpg' });
    expect((within(photo).getByLabelText('Tidak untuk publik') as HTMLInputElement).checked).toBe(true);
    expect(within(panel).getByRole('group', { name: 'surat.pdf' }).textContent).toContain('Bukan foto');

    // No reason: refused in the browser, nothing sent.
    await user.click(within(panel).getByRole('button', { name: 'Publikasikan' }));
    expect(within(panel).getByLabelText(/Alasan/).getAttribute('aria-invalid')).toBe('true');
    expect(sent).toBeUndefined();

    await user.type(text, ' Mohon ditertibkan.');
    await user.click(within(photo).getByLabelText('Untuk publik'));
    await user.type(within(panel).getByLabelText(/Alasan/), 'Layak dipublikasikan');
    await user.click(within(panel).getByRole('button', { name: 'Publikasikan' }));
    expect(await within(panel).findByText('Publikasi tersimpan.')).toBeTruthy();
    expect(sent).toEqual({
      title: 'Pungli di kantor desa',
      text: 'Saya [nama disamarkan], NIK [NIK disamarkan]. Mohon ditertibkan.',
      publicAttachments: [1],
      reason: 'Layak dipublikasikan',
      blurredAttachments: [],
    });
    expect(within(panel).getByTestId('publication-status').textContent).toBe('Tampil untuk publik');
    expect(within(panel).getByTestId('moderation-log').textContent).toContain('Dipublikasikan');
    expect(within(panel).getByRole('button', { name: 'Tarik dari publik' })).toBeTruthy();
  });

  it('offers a photo public, public blurred or not public; blurring opens an editor whose result is uploaded, then published as blurred', async () => {
    const canvas = fakeCanvas();
    vi.stubGlobal('Image', FakeImage);
    let uploaded: FormData | undefined;
    let sent: Record<string, unknown> | undefined;
    const stored = { position: 1, mediaType: 'image/jpeg', sizeBytes: 12, sha256: 'c'.repeat(64), madeAt: '2026-03-17T01:00:00Z', madeBy: 'siti' };
    const blurredLog = { seq: 1, at: '2026-03-17T01:00:00Z', actor: 'siti', act: 'PHOTO_BLURRED', reason: 'Wajah warga disamarkan', photo: 1 };
    signedInAs(['CENTRAL_ADMIN'], {
      [`/api/t/muara-enim/officer/complaints/${ID}/publication`]: (init) => {
        if (init?.method === 'POST') {
          sent = JSON.parse(String(init.body)) as Record<string, unknown>;
          return ok({ ...NONE, status: 'PUBLISHED', blurredAttachments: sent.blurredAttachments, blurredPhotos: [stored], log: [blurredLog] });
        }
        return ok(NONE);
      },
      [`/api/t/muara-enim/officer/complaints/${ID}/attachments/1`]: { status: 200, raw: 'original-jpeg' },
      [`/api/t/muara-enim/officer/complaints/${ID}/publication/photos/1`]: (init) => {
        if (init?.method === 'PUT') {
          uploaded = init.body as FormData;
          return ok({ ...NONE, blurredPhotos: [stored], log: [blurredLog] });
        }
        return { status: 200, raw: 'blurred-jpeg' };
      },
    });
    const user = userEvent.setup();
    const panel = await screen.findByTestId('publication-panel');
    const photo = await within(panel).findByRole('group', { name: 'jalan.jpg' });
    expect((within(photo).getByLabelText('Untuk publik') as HTMLInputElement).checked).toBe(false);
    expect((within(photo).getByLabelText('Untuk publik, disamarkan') as HTMLInputElement).checked).toBe(false);
    expect((within(photo).getByLabelText('Tidak untuk publik') as HTMLInputElement).checked).toBe(true);
    await user.click(within(photo).getByLabelText('Untuk publik, disamarkan'));
    expect(photo.textContent).toContain('Belum ada versi disamarkan');

    // Shown blurred without a blurred version: refused in the browser, nothing sent.
    await user.type(within(panel).getByLabelText(/^Alasan \(wajib\)/), 'Layak dipublikasikan');
    await user.click(within(panel).getByRole('button', { name: 'Publikasikan' }));
    expect(within(panel).getByRole('alert').textContent).toContain('belum punya versi disamarkan');
    expect(sent).toBeUndefined();

    await user.click(within(photo).getByRole('button', { name: 'Samarkan foto' }));
    const editor = await within(panel).findByRole('region', { name: 'Menyamarkan jalan.jpg' });
    expect(await within(editor).findByRole('img', { name: 'Pratinjau jalan.jpg dengan 0 area disamarkan' })).toBeTruthy();
    // Nothing marked: nothing to save.
    await user.type(within(editor).getByLabelText(/^Alasan menyamarkan/), 'Wajah warga disamarkan');
    await user.click(within(editor).getByRole('button', { name: 'Simpan versi disamarkan' }));
    expect(within(editor).getByRole('alert').textContent).toBe('Tandai paling sedikit satu area yang disamarkan.');
    expect(uploaded).toBeUndefined();

    // By keyboard: an area in the middle, moved right, made taller.
    await user.click(within(editor).getByRole('button', { name: 'Tambah area' }));
    const area = within(editor).getByRole('button', { name: 'Area 1: dari kiri 38%, dari atas 38%, lebar 25%, tinggi 25%' });
    area.focus();
    await user.keyboard('{ArrowRight}{Shift>}{ArrowDown}{/Shift}');
    expect(within(editor).getByRole('button', { name: 'Area 1: dari kiri 40%, dari atas 38%, lebar 25%, tinggi 27%' })).toBe(area);
    expect(within(editor).getByRole('img', { name: 'Pratinjau jalan.jpg dengan 1 area disamarkan' })).toBeTruthy();
    const pixelatedBeforeSave = canvas.putImageData;
    expect(pixelatedBeforeSave).toBeGreaterThan(0);

    await user.click(within(editor).getByRole('button', { name: 'Simpan versi disamarkan' }));
    expect(await within(panel).findByText('Versi disamarkan jalan.jpg tersimpan.')).toBeTruthy();
    // The picture made in the browser (re-encoded as JPEG, with the area pixelated) went up with the reason.
    expect(canvas.toBlob).toEqual(['image/jpeg']);
    expect(canvas.putImageData).toBeGreaterThan(pixelatedBeforeSave);
    expect(uploaded?.get('reason')).toBe('Wajah warga disamarkan');
    const file = uploaded?.get('photo') as File;
    expect(file.type).toBe('image/jpeg');
    const content = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(file);
    });
    expect(content).toBe('blurred-jpeg-from-canvas');
    expect(within(panel).queryByRole('region', { name: 'Menyamarkan jalan.jpg' })).toBeNull();
    expect(await within(photo).findByRole('img', { name: 'Versi disamarkan dari jalan.jpg' })).toBeTruthy();
    expect(within(panel).getByTestId('moderation-log').textContent).toContain('Foto disamarkan (foto 1)');

    // What was typed for the publication is still there; published with the photo shown blurred only.
    await user.click(within(panel).getByRole('button', { name: 'Publikasikan' }));
    expect(await within(panel).findByText('Publikasi tersimpan.')).toBeTruthy();
    expect(sent).toEqual({
      title: 'Pungli di kantor desa',
      text: 'Saya [nama disamarkan], NIK [NIK disamarkan].',
      publicAttachments: [],
      reason: 'Layak dipublikasikan',
      blurredAttachments: [1],
    });
  });

  it('removes a stored blurred version with a reason once the photo is no longer chosen blurred', async () => {
    let removal: unknown;
    const stored = { position: 1, mediaType: 'image/jpeg', sizeBytes: 12, sha256: 'c'.repeat(64), madeAt: '2026-03-17T01:00:00Z', madeBy: 'siti' };
    signedInAs(['CENTRAL_ADMIN'], {
      [`/api/t/muara-enim/officer/complaints/${ID}/publication`]: ok({ ...NONE, blurredPhotos: [stored] }),
      [`/api/t/muara-enim/officer/complaints/${ID}/publication/photos/1`]: { status: 200, raw: 'blurred-jpeg' },
      [`/api/t/muara-enim/officer/complaints/${ID}/publication/photos/1/withdrawal`]: (init) => {
        removal = JSON.parse(String(init?.body));
        return ok({
          ...NONE,
          log: [{ seq: 2, at: '2026-03-17T02:00:00Z', actor: 'siti', act: 'PHOTO_BLUR_REMOVED', reason: 'Foto asli boleh', photo: 1 }],
        });
      },
    });
    const user = userEvent.setup();
    const panel = await screen.findByTestId('publication-panel');
    const photo = await within(panel).findByRole('group', { name: 'jalan.jpg' });
    expect(await within(photo).findByRole('img', { name: 'Versi disamarkan dari jalan.jpg' })).toBeTruthy();
    expect(photo.textContent).toContain('publik hanya melihat versi itu');
    await user.click(within(photo).getByRole('button', { name: 'Hapus versi disamarkan' }));
    expect(within(photo).getByLabelText(/Alasan menghapus/).getAttribute('aria-invalid')).toBe('true');
    expect(removal).toBeUndefined();
    await user.type(within(photo).getByLabelText(/Alasan menghapus/), 'Foto asli boleh');
    await user.click(within(photo).getByRole('button', { name: 'Hapus versi disamarkan' }));
    expect(await within(panel).findByText('Versi disamarkan jalan.jpg dihapus.')).toBeTruthy();
    expect(removal).toEqual({ reason: 'Foto asli boleh' });
    expect(within(panel).queryByRole('img', { name: 'Versi disamarkan dari jalan.jpg' })).toBeNull();
    expect(within(panel).getByTestId('moderation-log').textContent).toContain('Versi disamarkan dihapus (foto 1)');
  });

  it('says why a report cannot be published, and is not shown to other roles', async () => {
    signedInAs(['CENTRAL_ADMIN'], {
      [`/api/t/muara-enim/officer/complaints/${ID}/publication`]: ok({
        ...NONE,
        refusal: { id: 'Laporan tidak dapat ditampilkan untuk publik: laporan ini rahasia.', en: 'x' },
      }),
    });
    expect((await screen.findByTestId('publication-refusal')).textContent).toContain('laporan ini rahasia');
    expect(screen.queryByRole('button', { name: 'Publikasikan' })).toBeNull();
  });

  it('is not offered to an agency operator', async () => {
    signedInAs(['AGENCY_OPERATOR'], {});
    expect(await screen.findByRole('heading', { level: 1, name: /ME-2026-000124/ })).toBeTruthy();
    expect(screen.queryByTestId('publication-panel')).toBeNull();
  });
});
