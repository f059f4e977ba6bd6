import { useState } from 'react';
import { useErrorText } from '../../../../app/ErrorPanel';
import { FormError } from '../../../../app/fields';
import { useAsync } from '../../../../app/useAsync';
import { useVerifyText } from '../../../../i18n/verify';
import { duplicates } from '../api';

/**
 * Likely duplicates of a case (issue 17 item 4), best first, each with its similarity and why, and a button that
 * merges this case into it from the suggestion. A merge cannot be undone, so the button first asks, in place, what it
 * will do; the officer confirms or cancels there.
 */
export function DuplicateSuggestions({
  slug,
  complaintId,
  onMerge,
}: {
  slug: string;
  complaintId: string;
  onMerge: (into: string) => Promise<void>;
}) {
  const v = useVerifyText().duplicates;
  const errorText = useErrorText();
  const { state } = useAsync((signal) => duplicates(slug, complaintId, signal), `duplicates-${complaintId}`);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const merge = (into: string) => {
    setBusy(true);
    setError(undefined);
    onMerge(into)
      .then(() => setConfirming(null))
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };
  return (
    <section className="panel" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading" className="panel__title">
        {v.heading}
      </h2>
      <FormError message={error} />
      {state.status === 'loading' && <p>{v.loading}</p>}
      {state.status === 'error' && <FormError message={errorText(state.error)} />}
      {state.status === 'ok' && state.data.length === 0 && <p>{v.none}</p>}
      {state.status === 'ok' && state.data.length > 0 && (
        <ul className="plain-list" data-testid="duplicates">
          {state.data.map((d) => (
            <li key={d.id} className="dispatch">
              <strong>{d.trackingNumber}</strong>: {d.title}
              <div className="muted">
                {[v.score(Math.round(d.similarity * 100)), ...d.reasons.map((r) => v.reasons[r] ?? r), d.metres != null ? v.metres(d.metres) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
              {confirming === d.id ? (
                <span className="actions" role="group" aria-label={v.merge(d.trackingNumber)}>
                  <span>{v.confirmMerge(d.trackingNumber)}</span>
                  <button type="button" className="button button--small" disabled={busy} onClick={() => merge(d.id)}>
                    {v.confirmMergeYes}
                  </button>
                  <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => setConfirming(null)}>
                    {v.cancel}
                  </button>
                </span>
              ) : (
                <button type="button" className="button button--secondary button--small" disabled={busy} onClick={() => setConfirming(d.id)}>
                  {v.merge(d.trackingNumber)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
