import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Link, matchRoute, usePath } from './router';

describe('router', () => {
  it('matches the landing page, a regency slug and anything else', () => {
    expect(matchRoute('/')).toEqual({ name: 'landing' });
    expect(matchRoute('/muara-enim/')).toEqual({ name: 'portal', slug: 'muara-enim', page: 'home' });
    expect(matchRoute('/muara-enim')).toEqual({ name: 'portal', slug: 'muara-enim', page: 'home' });
    expect(matchRoute('/muara-enim/lapor')).toEqual({ name: 'portal', slug: 'muara-enim', page: 'report' });
    expect(matchRoute('/muara-enim/lacak/')).toEqual({ name: 'portal', slug: 'muara-enim', page: 'track' });
    expect(matchRoute('/muara-enim/hak')).toEqual({ name: 'portal', slug: 'muara-enim', page: 'rights' });
    expect(matchRoute('/muara-enim/kantor')).toEqual({ name: 'office', slug: 'muara-enim', rest: [] });
    expect(matchRoute('/muara-enim/kantor/kasus/abc-1')).toEqual({
      name: 'office',
      slug: 'muara-enim',
      rest: ['kasus', 'abc-1'],
    });
    expect(matchRoute('/muara-enim/lapor/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/Muara-Enim/')).toEqual({ name: 'notFound' });
    expect(matchRoute('/muara-enim/hak-anda/x')).toEqual({ name: 'notFound' });
    const token = 'a1'.repeat(24);
    expect(matchRoute(`/muara-enim/berhenti/${token}`)).toEqual({
      name: 'portal',
      slug: 'muara-enim',
      page: 'unsubscribe',
      id: token,
    });
    expect(matchRoute('/muara-enim/berhenti/bukan-token')).toEqual({ name: 'notFound' });
  });

  it('keeps /platform and /provinsi for the operator and the provincial admin, never a regency', () => {
    expect(matchRoute('/platform')).toEqual({ name: 'platform', rest: [] });
    expect(matchRoute('/platform/')).toEqual({ name: 'platform', rest: [] });
    expect(matchRoute('/platform/orientasi')).toEqual({ name: 'platform', rest: ['orientasi'] });
    expect(matchRoute('/provinsi/kabupaten/boalemo')).toEqual({ name: 'province', rest: ['kabupaten', 'boalemo'] });
    expect(matchRoute('/provinsi/')).toEqual({ name: 'province', rest: [] });
    expect(matchRoute('/provinsi/a b')).toEqual({ name: 'notFound' });
  });

  it('Link changes the path without a page load, and back goes back', async () => {
    function Probe() {
      const path = usePath();
      return (
        <>
          <output>{path}</output>
          <Link href="/muara-enim/">Muara Enim</Link>
        </>
      );
    }
    render(<Probe />);
    expect(screen.getByRole('status').textContent).toBe('/');
    await userEvent.click(screen.getByRole('link', { name: 'Muara Enim' }));
    expect(window.location.pathname).toBe('/muara-enim/');
    expect(screen.getByRole('status').textContent).toBe('/muara-enim/');
    await act(async () => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByRole('status').textContent).toBe('/');
  });
});
