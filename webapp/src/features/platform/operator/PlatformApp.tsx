import './platform.css';
import { Link } from '../../../app/router';
import { usePlatformText } from '../../../i18n/platform';
import { ImportPage } from './ImportPage';
import { OnboardPage } from './OnboardPage';
import { ProvincialAdminPage } from './ProvincialAdminPage';
import { SignInGate } from './SignIn';
import { TenantsPage } from './TenantsPage';

const PAGES = ['', 'orientasi', 'impor', 'admin-provinsi'] as const;

/** `/platform/...`: the platform operator's pages (role PLATFORM_OPERATOR), a chunk of their own. */
export default function PlatformApp({ rest }: { rest: string[] }) {
  const p = usePlatformText();
  const page = PAGES.find((x) => x === (rest[0] ?? '')) ?? '';
  const labels: Record<(typeof PAGES)[number], string> = {
    '': p.nav.tenants,
    orientasi: p.nav.onboard,
    impor: p.nav.import,
    'admin-provinsi': p.nav.provincialAdmins,
  };
  return (
    <SignInGate role="PLATFORM_OPERATOR" text={p.signIn}>
      {() => (
        <>
          <nav aria-label={p.nav.label}>
            <ul className="tabs">
              {PAGES.map((path) => (
                <li key={path}>
                  <Link href={path ? `/platform/${path}` : '/platform'} aria-current={page === path ? 'page' : undefined}>
                    {labels[path]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {page === '' && <TenantsPage />}
          {page === 'orientasi' && <OnboardPage />}
          {page === 'impor' && <ImportPage />}
          {page === 'admin-provinsi' && <ProvincialAdminPage />}
        </>
      )}
    </SignInGate>
  );
}
