import { useEffect, useState, useSyncExternalStore, type FormEvent, type ReactNode } from 'react';
import { useErrorText } from '../../../app/ErrorPanel';
import { FormError, TextField } from '../../../app/fields';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import {
  getSession,
  hasRole,
  login,
  logout,
  refreshSession,
  subscribeSession,
  takeSignedOutNotice,
  type Session,
} from '../../identity/office/session';
import { AccountPage } from '../../identity/office/AccountPage';

/**
 * Platform operators and provincial admins have no tenant: they sign in with an empty tenant (as the API's
 * `/api/auth/login` expects for them) and their session is kept like an officer's (session.ts), under the empty
 * slug. What they see then follows the role in their token.
 */
export const NO_TENANT = '';

export interface SignInText {
  title: string;
  intro: string;
  username: string;
  password: string;
  submit: string;
  submitting: string;
  restoring: string;
  wrongRole: (name: string) => string;
  signedInAs: (name: string) => string;
  logout: string;
}

function useTenantlessSession(): Session | null {
  const session = useSyncExternalStore(subscribeSession, getSession, () => null);
  return session && session.slug === NO_TENANT ? session : null;
}

/** Shows the sign-in form until a session with `role` exists, then the children with a bar to sign out. */
export function SignInGate({
  role,
  text,
  children,
}: {
  role: string;
  text: SignInText;
  children: (session: Session) => ReactNode;
}) {
  const session = useTenantlessSession();
  const [restoring, setRestoring] = useState(() => !getSession());

  useEffect(() => {
    if (getSession()) return;
    let live = true;
    void refreshSession(NO_TENANT).finally(() => {
      if (live) setRestoring(false);
    });
    return () => {
      live = false;
    };
  }, []);

  if (!session) {
    if (restoring) return <p role="status">{text.restoring}</p>;
    return <SignInForm text={text} />;
  }
  const bar = (
    <div className="office-bar">
      <p className="muted">{text.signedInAs(session.user.displayName)}</p>
      <button type="button" className="button button--secondary button--small" onClick={() => void logout()}>
        {text.logout}
      </button>
    </div>
  );
  if (session.restricted) {
    // A one-time password from the platform operator: choosing a new one comes first (ASVS 2.5.1).
    return (
      <>
        {bar}
        <AccountPage session={session} />
      </>
    );
  }
  if (!hasRole(session, role)) {
    return (
      <>
        {bar}
        <p className="panel panel--error" role="alert">
          {text.wrongRole(session.user.displayName)}
        </p>
      </>
    );
  }
  return (
    <>
      {bar}
      {children(session)}
    </>
  );
}

function SignInForm({ text }: { text: SignInText }) {
  const errorText = useErrorText();
  useDocumentTitle(text.title);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [notice] = useState(() => takeSignedOutNotice());
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await login(NO_TENANT, username, password);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <FormError message={error} />
        <TextField id="username" label={text.username} autoComplete="username" value={username} onChange={setUsername} />
        <TextField
          id="password"
          label={text.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? text.submitting : text.submit}
        </button>
      </form>
    </>
  );
}
