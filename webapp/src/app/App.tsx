import { LandingPage } from '../features/landing/LandingPage';
import { PageNotFound } from '../features/portal/NotFound';
import { OfficePage, PortalPage } from '../features/portal/PortalPage';
import { LanguageProvider, type Lang } from '../i18n';
import { Layout } from './Layout';
import { matchRoute, usePath } from './router';

function Routes({ path }: { path: string }) {
  const route = matchRoute(path);
  switch (route.name) {
    case 'landing':
      return <LandingPage />;
    case 'portal':
      return <PortalPage key={route.slug} slug={route.slug} page={route.page} id={route.id} />;
    case 'office':
      return <OfficePage key={route.slug} slug={route.slug} rest={route.rest} />;
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
