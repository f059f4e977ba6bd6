import { useLayoutEffect } from 'react';
import { useI18n } from '../i18n';

/** Sets `<title>` to "page · Balai" (or just "Balai"), in the same commit as the page. */
export function useDocumentTitle(page: string | null): void {
  const { t } = useI18n();
  useLayoutEffect(() => {
    document.title = page ? `${page} · ${t.appName}` : t.appName;
  }, [page, t.appName]);
}
