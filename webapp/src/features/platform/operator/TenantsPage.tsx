import { useState } from 'react';
import { ErrorPanel, Loading, useErrorText } from '../../../app/ErrorPanel';
import { FormError } from '../../../app/fields';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { usePlatformText } from '../../../i18n/platform';
import { exportArchive, listTenants, reactivate, runCompliance, suspend } from './api';
import { sortTenants, type OperatorTenant } from './logic';

/** `/platform`: every tenant with its status, province and time zone; suspend, reactivate, export. */
export function TenantsPage() {
  const p = usePlatformText();
  const t = p.tenants;
  useDocumentTitle(t.heading);
  const { state, reload } = useAsync((signal) => listTenants(signal), 'tenants');
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('');
  const [error, setError] = useState<{ slug: string; message: string } | null>(null);

  const act = async (tenant: OperatorTenant, what: 'suspend' | 'reactivate' | 'export') => {
    setBusy(`${what}:${tenant.slug}`);
    setError(null);
    setStatus(what === 'export' ? t.exporting : '');
    try {
      if (what === 'export') {
        await exportArchive(tenant.slug);
        setStatus(t.exported(tenant.name));
      } else {
        await (what === 'suspend' ? suspend(tenant.slug) : reactivate(tenant.slug));
        setConfirming(null);
        setStatus(what === 'suspend' ? t.suspended(tenant.name) : t.reactivated(tenant.name));
        reload();
      }
    } catch (e) {
      setStatus('');
      setError({ slug: tenant.slug, message: errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      <p role="status" className="muted">
        {status}
      </p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' &&
        (state.data.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption>{t.caption(state.data.length)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.province}</th>
                  <th scope="col">{t.timeZone}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {sortTenants(state.data).map((tenant) => {
                  const suspended = tenant.status === 'SUSPENDED';
                  const rowBusy = busy?.endsWith(`:${tenant.slug}`) ?? false;
                  return (
                    <tr key={tenant.slug} data-slug={tenant.slug}>
                      <th scope="row">
                        <a href={tenant.portal}>{tenant.name}</a>
                        <br />
                        <span className="muted">/{tenant.slug}/</span>
                      </th>
                      <td>{tenant.province}</td>
                      <td>{tenant.timeZone}</td>
                      <td>
                        <span className={suspended ? 'badge badge--overdue' : 'badge badge--ok'}>
                          {p.status[tenant.status] ?? tenant.status}
                        </span>
                      </td>
                      <td>
                        {confirming === tenant.slug ? (
                          <div className="confirm" role="group" aria-labelledby={`confirm-${tenant.slug}`}>
                            <p id={`confirm-${tenant.slug}`}>
                              {suspended ? t.confirmReactivate(tenant.name) : t.confirmSuspend(tenant.name)}
                            </p>
                            <p className="actions">
                              <button
                                type="button"
                                className="button button--small"
                                disabled={rowBusy}
                                onClick={() => void act(tenant, suspended ? 'reactivate' : 'suspend')}
                              >
                                {suspended ? t.confirmYesReactivate : t.confirmYesSuspend}
                              </button>
                              <button
                                type="button"
                                className="button button--secondary button--small"
                                onClick={() => setConfirming(null)}
                              >
                                {t.cancel}
                              </button>
                            </p>
                          </div>
                        ) : (
                          <p className="actions">
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              aria-label={suspended ? t.reactivateOf(tenant.name) : t.suspendOf(tenant.name)}
                              disabled={rowBusy}
                              onClick={() => setConfirming(tenant.slug)}
                            >
                              {suspended ? t.reactivate : t.suspend}
                            </button>
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              aria-label={t.exportOf(tenant.name)}
                              disabled={rowBusy}
                              onClick={() => void act(tenant, 'export')}
                            >
                              {t.export}
                            </button>
                          </p>
                        )}
                        {error?.slug === tenant.slug && <FormError message={error.message} />}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
      <ComplianceRun />
    </>
  );
}

function ComplianceRun() {
  const c = usePlatformText().compliance;
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState<string | undefined>();
  const run = async () => {
    setBusy(true);
    setDone('');
    setError(undefined);
    try {
      const r = await runCompliance(true);
      setDone(c.done(r.tenants));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="compliance-heading" className="panel">
      <h2 id="compliance-heading" className="panel__title">
        {c.heading}
      </h2>
      <p>{c.intro}</p>
      <FormError message={error} />
      <p className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void run()}>
          {busy ? c.running : c.run}
        </button>
      </p>
      <p role="status">{done}</p>
    </section>
  );
}
