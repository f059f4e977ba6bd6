import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../app/App';
import { mockFetch, ok } from '../../test/fetchMock';
import { MUARA_ENIM_FULL } from '../../test/fixtures';

const TOKEN = 'ab'.repeat(24);
const PATH = `/api/t/muara-enim/notifications/unsubscribe/${TOKEN}`;

describe('unsubscribe page', () => {
  it('changes nothing when opened, and stops the e-mails when the citizen confirms', async () => {
    const posts: string[] = [];
    mockFetch({
      '/api/t/muara-enim': ok(MUARA_ENIM_FULL),
      [PATH]: (init?: RequestInit) => {
        if (init?.method === 'POST') {
          posts.push(PATH);
          return ok({ reference: 'ME-2026-000123', channel: 'EMAIL', active: false });
        }
        return ok({ reference: 'ME-2026-000123', channel: 'EMAIL', active: true });
      },
    });
    window.history.replaceState(null, '', `/muara-enim/berhenti/${TOKEN}`);
    render(<App />);
    expect(await screen.findByText(/tidak akan lagi menerima e-mail tentang ME-2026-000123/)).toBeTruthy();
    expect(posts).toHaveLength(0);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Berhenti menerima e-mail' }));
    expect((await screen.findByRole('status')).textContent).toContain('Selesai');
    expect(posts).toHaveLength(1);
  });
});
