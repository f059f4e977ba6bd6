import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../app/App';
import { mockFetch, ok } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { resetSessionForTests } from '../../identity/office/session';
import { officerSession } from '../../../test/officerSession';

/** Issue 15 item 4: the publication panel's one choice about the report's point. */
const ID = '33333333-3333-3333-3333-333333333333';

const CASE = {
  id: ID,
  trackingNumber: 'ME-2026-000125',
  type: 'COMPLAINT',
  channel: 'WEB',
  title: 'Lampu jalan mati',
  description: 'Lampu jalan di depan pasar mati.',
  category: 'INFRASTRUKTUR',
  locationText: null,
  latitude: -3.65,
  longitude: 103.77,
  anonymous: true,
  confidential: false,
  hasReporterContact: false,
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

const DRAFT = {
  trackingNumber: 'ME-2026-000125',
  status: 'NONE',
  refusal: null,
  title: null,
  text: null,
  publicAttachments: [],
  blurredAttachments: [],
  blurredPhotos: [],
  publishedAt: null,
  updatedAt: null,
  proposedTitle: { text: 'Lampu jalan mati', findings: [] },
  proposedText: { text: 'Lampu jalan di depan pasar mati.', findings: [] },
  attachments: [],
  log: [],
  publicLocation: true,
  hasPoint: true,
};

function open(publication: Record<string, unknown>, onPost?: (body: Record<string, unknown>) => void) {
  window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
  mockFetch({
    '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
    '/api/auth/refresh': officerSession('siti', ['CENTRAL_ADMIN']),
    [`/api/t/muara-enim/officer/complaints/${ID}`]: ok(CASE),
    [`/api/t/muara-enim/officer/complaints/${ID}/publication`]: (init) => {
      if (init?.method === 'POST') {
        const body = JSON.parse(String(init.body)) as Record<string, unknown>;
        onPost?.(body);
        return ok({ ...publication, status: 'PUBLISHED', title: body.title, text: body.text, publicLocation: body.publicLocation });
      }
      return ok(publication);
    },
    '/api/t/muara-enim/officer/complaints': ok({ items: [], page: 0, size: 100, total: 0 }),
  });
  window.history.replaceState(null, '', `/muara-enim/kantor/kasus/${ID}`);
  render(<App />);
}

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

describe('publication panel: the point on the public map', () => {
  it('shows the point by default, and publishes without it when unticked', async () => {
    let sent: Record<string, unknown> | undefined;
    open(DRAFT, (body) => (sent = body));
    const user = userEvent.setup();
    const panel = await screen.findByTestId('publication-panel');
    const box = (await within(panel).findByLabelText('Tampilkan lokasi di peta publik')) as HTMLInputElement;
    expect(box.checked).toBe(true);
    await user.click(box);
    await user.type(within(panel).getByLabelText(/Alasan/), 'Titik menunjuk rumah warga');
    await user.click(within(panel).getByRole('button', { name: 'Publikasikan' }));
    expect(await within(panel).findByText('Publikasi tersimpan.')).toBeTruthy();
    expect(sent).toMatchObject({ publicLocation: false, reason: 'Titik menunjuk rumah warga' });
  });

  it('starts from the choice already published', async () => {
    open({ ...DRAFT, status: 'PUBLISHED', title: 'Lampu jalan mati', text: 'Lampu mati.', publicLocation: false });
    const panel = await screen.findByTestId('publication-panel');
    expect(((await within(panel).findByLabelText('Tampilkan lokasi di peta publik')) as HTMLInputElement).checked).toBe(false);
  });

  it('has no location choice when the report has no point', async () => {
    open({ ...DRAFT, hasPoint: false });
    const panel = await screen.findByTestId('publication-panel');
    expect(await within(panel).findByRole('button', { name: 'Publikasikan' })).toBeTruthy();
    expect(within(panel).queryByLabelText('Tampilkan lokasi di peta publik')).toBeNull();
  });
});
