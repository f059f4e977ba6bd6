import { Link } from '../../app/router';
import { useI18n } from '../../i18n';
import type { PortalPageName } from '../../app/router';

const PATHS: Record<PortalPageName, string> = {
  home: '',
  report: 'lapor',
  track: 'lacak',
  rights: 'hak',
  register: 'informasi',
  entry: 'informasi',
  request: 'permohonan',
  trackRequest: 'lacak-permohonan',
  statistics: 'statistik',
  reports: 'laporan',
  publicReport: 'laporan',
  unsubscribe: 'berhenti',
};

export function portalHref(slug: string, page: PortalPageName | 'office'): string {
  return page === 'office' ? `/${slug}/kantor` : `/${slug}/${PATHS[page]}`;
}

/** The citizen pages of one regency; the current one is marked with aria-current. */
export function PortalNav({ slug, current }: { slug: string; current: PortalPageName }) {
  const { t } = useI18n();
  const items: [PortalPageName, string][] = [
    ['home', t.citizen.nav.home],
    ['report', t.citizen.nav.report],
    ['track', t.citizen.nav.track],
    ['register', t.citizen.nav.register],
    ['request', t.citizen.nav.request],
    ['trackRequest', t.citizen.nav.trackRequest],
    ['rights', t.citizen.nav.rights],
    ['reports', t.citizen.nav.reports],
    ['statistics', t.citizen.nav.statistics],
  ];
  return (
    <nav className="portal-nav" aria-label={t.citizen.nav.label}>
      <ul>
        {items.map(([page, label]) => (
          <li key={page}>
            <Link href={portalHref(slug, page)} aria-current={page === current || (page === 'register' && current === 'entry') || (page === 'reports' && current === 'publicReport') ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
        <li>
          <Link href={portalHref(slug, 'office')}>{t.citizen.nav.office}</Link>
        </li>
      </ul>
    </nav>
  );
}
