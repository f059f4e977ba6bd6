import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../../i18n';
import { mockFetch, ok } from '../../../../test/fetchMock';
import { RoutingHint } from './RoutingHint';
import { refreshSession, resetSessionForTests } from '../../../identity/office/session';

const ID = '11111111-1111-1111-1111-111111111111';
const PATH = `/api/t/muara-enim/officer/routing/complaints/${ID}`;

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

const SIGNED_IN = ok({
  accessToken: 'a1',
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'r1',
  user: { id: 'u', username: 'siti', displayName: 'Siti', tenant: 't', orgUnit: null, roles: ['CENTRAL_ADMIN'] },
});

async function show() {
  window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
  await refreshSession('muara-enim');
  return render(
    <LanguageProvider initialLang="id">
      <RoutingHint slug="muara-enim" caseId={ID} />
    </LanguageProvider>,
  );
}

describe('routing hint', () => {
  it('names the proposed agency with its confidence, the others, what it learnt from, and that the officer decides', async () => {
    mockFetch({
      '/api/auth/refresh': SIGNED_IN,
      [PATH]: ok({
        orgUnit: 'DINKES',
        name: 'Dinas Kesehatan',
        confidence: 0.874,
        source: 'HISTORY',
        alternatives: [
          { orgUnit: 'DINKES', name: 'Dinas Kesehatan', confidence: 0.874 },
          { orgUnit: 'PUPR', name: 'Dinas PUPR', confidence: 0.08 },
        ],
        model: { basis: 'HISTORY', historySize: 412, minHistory: 100, examples: 421, trainedAt: '2026-12-01T00:00:00Z' },
      }),
    });
    await show();
    const hint = await screen.findByRole('complementary', { name: 'Saran tujuan' });
    expect(hint.textContent).toContain('Saran sistem: Dinas Kesehatan (keyakinan 87%).');
    expect(hint.textContent).toContain('Pilihan lain: Dinas PUPR (8%).');
    expect(hint.textContent).toContain('Dipelajari dari 412 laporan');
    expect(hint.textContent).toContain('Petugas tetap memutuskan');
  });

  it('says when it comes from the category alone, and shows nothing when there is no suggestion', async () => {
    mockFetch({
      '/api/auth/refresh': SIGNED_IN,
      [PATH]: ok({
        orgUnit: 'DISDIK',
        name: 'Dinas Pendidikan',
        confidence: null,
        source: 'CATEGORY',
        alternatives: [],
        model: { basis: 'CATEGORY_MAP', historySize: 3, minHistory: 100, examples: 9, trainedAt: '2026-12-01T00:00:00Z' },
      }),
    });
    const { unmount } = await show();
    const hint = await screen.findByRole('complementary', { name: 'Saran tujuan' });
    expect(hint.textContent).toContain('Saran sistem menurut kategori laporan: Dinas Pendidikan.');
    expect(hint.textContent).toContain('kurang dari 100 laporan');
    unmount();

    mockFetch({ '/api/auth/refresh': SIGNED_IN, [PATH]: ok({ orgUnit: null, name: null, confidence: null, source: null, alternatives: [], model: { basis: 'CATEGORY_MAP', historySize: 0, minHistory: 100 } }) });
    await show();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});
