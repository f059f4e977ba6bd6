import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../app/App';
import { mockFetch, ok, requestedPaths } from '../../test/fetchMock';
import { MUARA_ENIM, TENANT_NOT_FOUND } from '../../test/fixtures';
import { DEFAULT_PRIMARY } from '../branding/contrast';

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}

describe('regency portal', () => {
  it('shows the name, the complaint channels as links and the office hours', async () => {
    const spy = mockFetch({ '/api/t/muara-enim': ok(MUARA_ENIM), '/api/t/muara-enim/register/front-page': ok([]) });
    openAt('/muara-enim/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Kabupaten Muara Enim' })).toBeTruthy();
    // The tenant once, then the serta-merta front page (UU KIP Ps 10).
    await waitFor(() => expect(requestedPaths(spy)).toEqual(['/api/t/muara-enim', '/api/t/muara-enim/register/front-page']));
    expect(document.title).toBe('Kabupaten Muara Enim · Balai');

    const channels = screen.getByRole('region', { name: 'Saluran pengaduan' });
    expect(within(channels).getByRole('link', { name: '082374048333' }).getAttribute('href')).toBe(
      'sms:+6282374048333',
    );
    expect(within(channels).getByRole('link', { name: 'Telepon' }).getAttribute('href')).toBe('tel:+6282374048333');
    expect(within(channels).getByRole('link', { name: 'info.muaraenimkab.go.id' }).getAttribute('href')).toBe(
      'https://info.muaraenimkab.go.id',
    );
    expect(within(channels).getByRole('link', { name: 'pengaduan@muaraenimkab.go.id' }).getAttribute('href')).toBe(
      'mailto:pengaduan@muaraenimkab.go.id',
    );

    const hours = screen.getByRole('region', { name: 'Jam layanan' });
    expect(hours.textContent).toContain('Senin–Kamis08:00–16:00 WIB');
    expect(hours.textContent).toContain('Jumat08:00–16:30 WIB');
    expect(hours.textContent).toContain('WIB (Asia/Jakarta)');
  });

  it('uses the tenant colour as --brand when it passes contrast, else the dark default', async () => {
    mockFetch({ '/api/t/muara-enim': ok(MUARA_ENIM) });
    const first = openAt('/muara-enim/');
    await screen.findByRole('heading', { level: 1, name: 'Kabupaten Muara Enim' });
    expect(document.documentElement.style.getPropertyValue('--brand')).toBe('#0b6e4f');
    first.unmount();
    expect(document.documentElement.style.getPropertyValue('--brand')).toBe('');

    mockFetch({ '/api/t/muara-enim': ok({ ...MUARA_ENIM, branding: { primaryColor: '#ffe066' } }) });
    openAt('/muara-enim/');
    await screen.findByRole('heading', { level: 1, name: 'Kabupaten Muara Enim' });
    expect(document.documentElement.style.getPropertyValue('--brand')).toBe(DEFAULT_PRIMARY);
  });

  it('shows “Kabupaten tidak ditemukan” with a link to / for an unknown slug', async () => {
    mockFetch({ '/api/t/atlantis': { status: 404, body: TENANT_NOT_FOUND } });
    openAt('/atlantis/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Kabupaten tidak ditemukan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kembali ke daftar kabupaten' }).getAttribute('href')).toBe('/');
    expect(document.title).toBe('Kabupaten tidak ditemukan · Balai');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Regency not found');
  });

  it('shows a page-not-found page for a path that is no route, without calling the API', () => {
    const spy = mockFetch({});
    openAt('/a/b/c');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Halaman tidak ditemukan');
    expect(spy).not.toHaveBeenCalled();
  });
});
