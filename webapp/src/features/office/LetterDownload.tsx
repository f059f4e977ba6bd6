import { useState } from 'react';
import { FormError } from '../../app/fields';
import { useErrorText } from '../../app/ErrorPanel';

/**
 * A button that downloads one signed letter (issue 18), with its own busy state and error: an officer prints the
 * letter the requester receives, with the same number.
 */
export function LetterDownload({ label, onDownload }: { label: string; onDownload: () => Promise<void> }) {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onDownload();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <FormError message={error} />
      <button type="button" className="button button--secondary button--small" disabled={busy} aria-busy={busy} onClick={run}>
        {label}
      </button>
    </>
  );
}
