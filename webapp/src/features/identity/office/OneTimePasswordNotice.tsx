import { useEffect, useRef } from 'react';
import { useOfficeText } from '../../../i18n/office';

/**
 * A one-time password just made (a new user, a reset), shown where the admin acted: focused and announced, so that
 * neither a screen reader nor a phone's small screen misses it; shown this once.
 */
export function OneTimePasswordNotice({ username, password, onDismiss }: { username: string; password: string; onDismiss: () => void }) {
  const a = useOfficeText().admin;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [password]);
  return (
    <div className="notice one-time-password" role="status" tabIndex={-1} ref={ref} aria-label={a.oneTimePasswordLabel(username)}>
      <p>
        {a.oneTimePasswordLabel(username)}: <code data-verbatim>{password}</code>
      </p>
      <p className="muted">{a.oneTimePasswordHint}</p>
      <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
        {a.dismiss}
      </button>
    </div>
  );
}
