import '../../platform/operator/platform.css';
import { Link } from '../../../app/router';
import { useProvinceText } from '../../../i18n/province';
import { SignInGate } from '../../platform/operator/SignIn';
import { DrillPage } from './DrillPage';
import { TablePage } from './TablePage';
import { TrendPage } from './TrendPage';
import { WeightsPage } from './WeightsPage';

/** `/provinsi/...`: the provincial admin's compliance view (role PROVINCIAL_ADMIN), a chunk of its own. */
export default function ProvinceApp({ rest }: { rest: string[] }) {
  const m = useProvinceText();
  const [page = '', slug] = rest;
  const tabs: [string, string][] = [
    ['', m.nav.table],
    ['tren', m.nav.trend],
    ['bobot', m.nav.weights],
  ];
  const current = page === 'kabupaten' ? '' : page;
  return (
    <SignInGate role="PROVINCIAL_ADMIN" text={m.signIn}>
      {() => (
        <>
          <nav aria-label={m.nav.label}>
            <ul className="tabs">
              {tabs.map(([path, label]) => (
                <li key={path}>
                  <Link href={path ? `/provinsi/${path}` : '/provinsi'} aria-current={current === path ? 'page' : undefined}>
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {page === 'kabupaten' && slug ? (
            <DrillPage key={slug} slug={slug} />
          ) : page === 'tren' ? (
            <TrendPage />
          ) : page === 'bobot' ? (
            <WeightsPage />
          ) : (
            <TablePage />
          )}
        </>
      )}
    </SignInGate>
  );
}
