import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../app/App';
import { mockFetch, ok } from '../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../test/fixtures';
import { resetSessionForTests } from './session';

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
};

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
    });
    expect(within(panel).getByTestId('publication-status').textContent).toBe('Tampil untuk publik');
    expect(within(panel).getByTestId('moderation-log').textContent).toContain('Dipublikasikan');
    expect(within(panel).getByRole('button', { name: 'Tarik dari publik' })).toBeTruthy();
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
