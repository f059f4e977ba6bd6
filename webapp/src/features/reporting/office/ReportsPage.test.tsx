import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../app/App';
import { mockFetch, ok, requestedPaths } from '../../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../../test/fixtures';
import { officerSession } from '../../../test/officerSession';
import { resetSessionForTests } from '../../identity/office/session';

afterEach(() => {
  resetSessionForTests();
  window.sessionStorage.clear();
});

describe('SPIKM reports as letters to the Bupati (Perbup 29/2014 Pasal 3(2), 5e, 7n)', () => {
  it('asks for the signed letter of the chosen day and shows why it is not there yet', async () => {
    window.sessionStorage.setItem('balai.refresh.muara-enim', 'r0');
    const spy = mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      '/api/auth/refresh': officerSession('bupati', ['BUPATI']),
      '/api/t/muara-enim/reports/digest/letter': {
        status: 409,
        body: {
          status: 409,
          code: 'LETTER_NOT_SIGNED_YET',
          message: { id: 'Surat ini belum ditandatangani Koordinator Operasional.', en: 'The operations coordinator has not signed this letter yet.' },
        },
      },
    });
    window.history.replaceState(null, '', '/muara-enim/kantor/laporan');
    render(<App />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ringkasan harian' }, { timeout: 10_000 }));
    const date = screen.getByLabelText('Tanggal') as HTMLInputElement;
    await user.clear(date);
    await user.type(date, '2026-12-01');
    const letter = screen.getByRole('button', { name: 'Unduh surat bertanda tangan (PDF)' });
    expect(letter.getAttribute('aria-describedby')).toBe('letter-hint');
    await user.click(letter);
    await waitFor(() => expect(screen.getByText('Surat ini belum ditandatangani Koordinator Operasional.')).toBeTruthy());
    expect(requestedPaths(spy)).toContain('/api/t/muara-enim/reports/digest/letter?date=2026-12-01');
    // The agency journal has no letter.
    await user.click(screen.getByRole('button', { name: 'Jurnal SKPD' }));
    expect(screen.queryByRole('button', { name: 'Unduh surat bertanda tangan (PDF)' })).toBeNull();
  }, 20_000);
});
