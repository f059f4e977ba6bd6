import { Link } from '../../app/router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useI18n } from '../../i18n';

/** The API answered 404 for `/api/t/{slug}`. */
export function TenantNotFound({ slug }: { slug: string }) {
  const { t } = useI18n();
  useDocumentTitle(t.notFound.tenantTitle);
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{t.notFound.tenantHeading}</h1>
      <p>{t.notFound.tenantBody(slug)}</p>
      <p>
        <Link href="/">{t.notFound.backHome}</Link>
      </p>
    </section>
  );
}

/** A path that matches no route. */
export function PageNotFound() {
  const { t } = useI18n();
  useDocumentTitle(t.notFound.pageTitle);
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{t.notFound.pageHeading}</h1>
      <p>{t.notFound.pageBody}</p>
      <p>
        <Link href="/">{t.notFound.backHome}</Link>
      </p>
    </section>
  );
}

/** The API answered TENANT_SUSPENDED: the platform operator suspended this regency (its data stays). */
export function TenantSuspended({ message }: { message?: string }) {
  const { t } = useI18n();
  useDocumentTitle(t.notFound.suspendedTitle);
  return (
    <section className="not-found" aria-labelledby="suspended-heading">
      <h1 id="suspended-heading">{t.notFound.suspendedHeading}</h1>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <p>{t.notFound.suspendedBody}</p>
      <p>
        <Link href="/">{t.notFound.backHome}</Link>
      </p>
    </section>
  );
}
