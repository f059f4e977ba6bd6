import { lazy, Suspense } from 'react';
import { LandingPage } from '../features/landing/LandingPage';
import { PageNotFound } from '../features/portal/NotFound';
import { OfficePage, PortalPage } from '../features/portal/PortalPage';
import { LanguageProvider, type Lang } from '../i18n';
import { Loading } from './ErrorPanel';
import { Layout } from './Layout';
import { matchRoute, usePath } from './router';

/** The platform operator's and the provincial admin's pages: chunks of their own, never in the portal's load. */
const PlatformApp = lazy(() => import('../features/platform/operator/PlatformApp'));
const ProvinceApp = lazy(() => import('../features/compliance/province/ProvinceApp'));

function Routes({ path }: { path: string }) {
  const route = matchRoute(path);
  switch (route.name) {
    case 'landing':
      return <LandingPage />;
    case 'portal':
      return <PortalPage key={route.slug} slug={route.slug} page={route.page} id={route.id} />;
    case 'office':
      return <OfficePage key={route.slug} slug={route.slug} rest={route.rest} />;
    case 'platform':
      return (
        <Suspense fallback={<Loading />}>
          <PlatformApp rest={route.rest} />
        </Suspense>
      );
    case 'province':
      return (
        <Suspense fallback={<Loading />}>
          <ProvinceApp rest={route.rest} />
        </Suspense>
      );
    case 'notFound':
      return <PageNotFound />;
  }
}

export function App({ initialLang }: { initialLang?: Lang }) {
  const path = usePath();
  return (
    <LanguageProvider initialLang={initialLang}>
      <Layout path={path}>
        <Routes path={path} />
      </Layout>
    </LanguageProvider>
  );
}
