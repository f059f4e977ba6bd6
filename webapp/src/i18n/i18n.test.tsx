import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../app/App';
import { mockFetch, ok } from '../test/fetchMock';
import { TENANTS, TENANT_NOT_FOUND } from '../test/fixtures';
import { en } from './en';
import { id } from './id';
import { LANG_STORAGE_KEY } from './index';

function mockLanding() {
  mockFetch({ '/api/tenants/current': { status: 404, body: TENANT_NOT_FOUND }, '/api/tenants': ok(TENANTS) });
}

describe('language switch', () => {
  it('starts in Bahasa Indonesia and switches strings, <html lang> and the title to English', async () => {
    mockLanding();
    render(<App />);
    await screen.findByRole('link', { name: /Kabupaten Muara Enim/ });
    expect(document.documentElement.lang).toBe('id');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(id.landing.heading);
    expect(screen.getByRole('link', { name: id.skipLink }).getAttribute('href')).toBe('#main');

    const toggle = screen.getByRole('button', { name: 'English' });
    expect(toggle.getAttribute('lang')).toBe('en');
    await userEvent.click(toggle);

    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(en.landing.heading);
    expect(screen.getByText('Sumatera Selatan Province · WIB')).toBeTruthy();
    expect(document.title).toBe('Choose a regency · Balai');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');

    await userEvent.click(screen.getByRole('button', { name: 'Bahasa Indonesia' }));
    expect(document.documentElement.lang).toBe('id');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(id.landing.heading);
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('id');
  });

  it('keeps the stored choice for the next visit', async () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'en');
    mockLanding();
    render(<App />);
    expect(document.documentElement.lang).toBe('en');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(en.landing.heading);
    expect(screen.getByRole('button', { name: 'Bahasa Indonesia' }).getAttribute('lang')).toBe('id');
  });

  it('ignores a stored value that is no language', () => {
    window.localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    mockLanding();
    render(<App />);
    expect(document.documentElement.lang).toBe('id');
  });

  it('has the landmarks: banner, main and contentinfo', () => {
    mockLanding();
    render(<App />);
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main').id).toBe('main');
    expect(screen.getByRole('contentinfo')).toBeTruthy();
  });
});
