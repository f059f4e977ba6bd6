import { useState } from 'react';
import { getUnsubscribeLink, unsubscribe, type UnsubscribeLink } from '../../api/notifications';
import { ErrorPanel, Loading } from '../../app/ErrorPanel';
import { useAsync } from '../../app/useAsync';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useI18n } from '../../i18n';
import { useTenant } from '../portal/TenantContext';

/**
 * `/{slug}/berhenti/{token}`: the unsubscribe link of every e-mail to a citizen (issue 16). Opening it changes
 * nothing (mail scanners follow links); the citizen confirms with the button. Mail programs use the one-click POST.
 */
export default function UnsubscribePage({ token }: { token: string }) {
  const tenant = useTenant();
  const { t } = useI18n();
  const u = t.citizen.unsubscribe;
  useDocumentTitle(u.title);
  const { state, reload } = useAsync((signal) => getUnsubscribeLink(tenant.slug, token, signal), token);
  const [stopped, setStopped] = useState<UnsubscribeLink | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const stop = async () => {
    setBusy(true);
    setError(null);
    try {
      setStopped(await unsubscribe(tenant.slug, token));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{u.title}</h1>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' &&
        (stopped || !state.data.active ? (
          <p role="status">{u.stopped(state.data.reference)}</p>
        ) : (
          <>
            <p>{u.explain(state.data.reference)}</p>
            {error != null && <ErrorPanel error={error} />}
            <button type="button" className="button" disabled={busy} onClick={() => void stop()}>
              {u.confirm}
            </button>
          </>
        ))}
    </>
  );
}
