import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../app/App';
import { mockFetch, ok, requestedPaths } from '../../test/fetchMock';
import { MUARA_ENIM, TENANTS, TENANT_NOT_FOUND } from '../../test/fixtures';

const NO_HOST_TENANT = { status: 404, body: { ...TENANT_NOT_FOUND, code: 'TENANT_NOT_RESOLVED' } };

describe('landing page', () => {
  it('asks for the host tenant first, then lists the regencies as links to /{slug}/', async () => {
    const spy = mockFetch({ '/api/tenants/current': NO_HOST_TENANT, '/api/tenants': ok(TENANTS) });
    render(<App />);

    const nav = await screen.findByRole('navigation', { name: 'Daftar kabupaten' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Kabupaten Muara EnimProvinsi Sumatera Selatan · WIB', '/muara-enim/'],
      ['Kabupaten JayapuraProvinsi Papua · WIT', '/jayapura/'],
    ]);
    await waitFor(() => expect(requestedPaths(spy)).toEqual(['/api/tenants/current', '/api/tenants']));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Pilih kabupaten Anda');
    expect(document.title).toBe('Pilih kabupaten · Balai');
  });

  it('shows the host tenant’s portal at / when /api/tenants/current answers 200', async () => {
    const spy = mockFetch({
      '/api/tenants/current': ok(MUARA_ENIM),
      '/api/tenants': ok(TENANTS),
      '/api/t/muara-enim/register/front-page': ok([]),
    });
    render(<App />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Kabupaten Muara Enim' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Daftar kabupaten' })).toBeNull();
    // The front page's serta-merta list is asked for once the portal has rendered.
    await waitFor(() =>
      expect(requestedPaths(spy)).toEqual(['/api/tenants/current', '/api/t/muara-enim/register/front-page']),
    );
    expect(document.title).toBe('Kabupaten Muara Enim · Balai');
  });

  it('opens a regency portal with a full page load, so the portal runs under its own security policy', async () => {
    mockFetch({
      '/api/tenants/current': NO_HOST_TENANT,
      '/api/tenants': ok(TENANTS),
    });
    render(<App />);
    const link = await screen.findByRole('link', { name: /Kabupaten Muara Enim/ });
    expect(link.getAttribute('href')).toBe('/muara-enim/');
    // The app leaves the click to the browser (no client-side routing): the portal's page, with its map tile host
    // in the Content-Security-Policy, is loaded from the server.
    expect(fireEvent.click(link)).toBe(true);
  });

  it('shows the API error in the current language with a retry button', async () => {
    let calls = 0;
    mockFetch({
      '/api/tenants/current': NO_HOST_TENANT,
      '/api/tenants': () =>
        ++calls === 1
          ? {
              status: 503,
              body: {
                status: 503,
                code: 'UNAVAILABLE',
                message: { id: 'Layanan sedang sibuk.', en: 'The service is busy.' },
                field: null,
              },
            }
          : ok(TENANTS),
    });
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Layanan sedang sibuk.');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('alert').textContent).toContain('The service is busy.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: /Kabupaten Jayapura/ })).toBeTruthy();
  });
});
