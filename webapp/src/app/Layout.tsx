import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { Link, matchRoute } from './router';

/** Header, main and footer landmarks, the skip link and the language switch. */
export function Layout({ children, path }: { children: ReactNode; path: string }) {
  const { t, lang, toggleLang } = useI18n();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(path);

  // After an in-app navigation, move focus to <main> so screen readers start at the new page.
  useEffect(() => {
    if (path !== firstPath.current) {
      firstPath.current = path;
      mainRef.current?.focus();
    }
  }, [path]);

  const other = lang === 'id' ? 'en' : 'id';
  // Officers work at desks as well as on phones: their pages take a wider column from 1200 px.
  const container = matchRoute(path).name === 'office' ? 'container container--wide' : 'container';
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipLink}
      </a>
      <header className="site-header">
        <div className={`${container} site-header__inner`}>
          <Link href="/" className="site-header__brand">
            <span className="site-header__name">{t.appName}</span>
            <span className="site-header__tagline">{t.tagline}</span>
          </Link>
          <button
            type="button"
            className="lang-switch"
            lang={other}
            onClick={toggleLang}
            title={t.switchLanguageHint}
          >
            {t.switchLanguage}
          </button>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className={`${container} site-main`}>
        {children}
      </main>
      <footer className="site-footer" aria-label={t.footer.landmark}>
        <div className={container}>
          <p>{t.footer.about}</p>
        </div>
      </footer>
    </>
  );
}
