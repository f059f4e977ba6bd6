import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * A router of a few lines: the History API plus one event. The app has few
 * routes, so a routing library would cost more bytes than it saves.
 */
const NAVIGATE_EVENT = 'balai:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function getPath(): string {
  return window.location.pathname;
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, getPath, () => '/');
}

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Citizen pages of a regency portal, by their (Indonesian) path segment. */
export const PORTAL_PAGES = {
  '': 'home',
  lapor: 'report',
  lacak: 'track',
  hak: 'rights',
  informasi: 'register',
  permohonan: 'request',
  'lacak-permohonan': 'trackRequest',
  statistik: 'statistics',
  laporan: 'reports',
} as const;
/**
 * `entry` is `/{slug}/informasi/{id}`: one entry of the public register; `publicReport` is `/{slug}/laporan/{n}`:
 * one published report.
 */
export type PortalPageName =
  | (typeof PORTAL_PAGES)[keyof typeof PORTAL_PAGES]
  | 'entry'
  | 'publicReport'
  /** `/{slug}/berhenti/{token}`: the unsubscribe link of a citizen's e-mail (issue 16). */
  | 'unsubscribe';

export type Route =
  | { name: 'landing' }
  | { name: 'portal'; slug: string; page: PortalPageName; id?: string }
  /** `/{slug}/kantor/...`: the officers' workspace; `rest` = the segments after `kantor`. */
  | { name: 'office'; slug: string; rest: string[] }
  /** `/platform/...`: the platform operator's pages; `rest` = the segments after `platform`. */
  | { name: 'platform'; rest: string[] }
  /** `/provinsi/...`: the provincial admin's compliance pages. */
  | { name: 'province'; rest: string[] }
  | { name: 'notFound' };

/**
 * First segments that are Balai's own pages, never a regency: the server refuses them as tenant slugs
 * (DefinitionRules.RESERVED_SLUGS), so `/platform/` and `/provinsi/` can never hide a regency's portal.
 */
export const RESERVED_SEGMENTS = { platform: 'platform', provinsi: 'province' } as const;

const SLUG = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export function matchRoute(path: string): Route {
  if (path === '/' || path === '') return { name: 'landing' };
  const segments = path.split('/').slice(1);
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  const [slug, first = '', ...rest] = segments;
  if (slug && Object.prototype.hasOwnProperty.call(RESERVED_SEGMENTS, slug)) {
    const tail = segments.slice(1).filter((s, i, all) => s !== '' || i < all.length - 1);
    if (tail.some((s) => !/^[A-Za-z0-9-]{1,64}$/.test(s))) return { name: 'notFound' };
    return { name: RESERVED_SEGMENTS[slug as keyof typeof RESERVED_SEGMENTS], rest: tail };
  }
  if (!slug || !SLUG.test(slug)) return { name: 'notFound' };
  if (first === 'kantor') {
    if (rest.some((s) => !/^[A-Za-z0-9-]+$/.test(s))) return { name: 'notFound' };
    return { name: 'office', slug, rest };
  }
  if (first === 'informasi' && rest.length === 1 && /^[A-Za-z0-9-]{1,64}$/.test(rest[0]!)) {
    return { name: 'portal', slug, page: 'entry', id: rest[0] };
  }
  if (first === 'laporan' && rest.length === 1 && /^[A-Za-z0-9-]{1,64}$/.test(rest[0]!)) {
    return { name: 'portal', slug, page: 'publicReport', id: rest[0] };
  }
  if (first === 'berhenti' && rest.length === 1 && /^[0-9a-f]{48,64}$/.test(rest[0]!)) {
    return { name: 'portal', slug, page: 'unsubscribe', id: rest[0] };
  }
  if (rest.length === 0 && Object.prototype.hasOwnProperty.call(PORTAL_PAGES, first)) {
    return { name: 'portal', slug, page: PORTAL_PAGES[first as keyof typeof PORTAL_PAGES] };
  }
  return { name: 'notFound' };
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An <a> that navigates inside the app on a plain left click. */
export function Link({ href, onClick, children, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      (rest.target && rest.target !== '_self')
    ) {
      return;
    }
    event.preventDefault();
    if (href !== window.location.pathname) {
      navigate(href);
      window.scrollTo?.(0, 0);
    }
  };
  return (
    <a href={href} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
