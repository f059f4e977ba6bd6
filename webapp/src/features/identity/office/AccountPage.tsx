import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorPanel, Loading, useErrorText } from '../../../app/ErrorPanel';
import { FormError, TextField } from '../../../app/fields';
import { useAsync } from '../../../app/useAsync';
import { OtpauthQr } from './OtpauthQr';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useOfficeText } from '../../../i18n/office';
import { endLocally, refreshSession, type Session } from './session';
import {
  changePassword,
  confirmEnrolment,
  endSession,
  listSessions,
  removeSecondFactor,
  saveSignatoryProfile,
  secondFactorStatus,
  signatoryProfile,
  startEnrolment,
} from './api';

/**
 * The officer's own account: change the password, see and end their sessions, turn the authenticator on or off.
 * A session signed in with a one-time password sees only the password form; an admin whose regency requires an
 * authenticator and who has none sees only the enrolment (the server refuses everything else to such sessions).
 */
export function AccountPage({ session }: { session: Session }) {
  const o = useOfficeText().account;
  const forced = session.restricted === 'PASSWORD_CHANGE';
  const enrolOnly = session.restricted === 'TOTP_ENROLMENT';
  useDocumentTitle(forced ? o.forcedTitle : enrolOnly ? o.enrolTitle : o.title);
  return (
    <>
      <h1>{forced ? o.forcedTitle : enrolOnly ? o.enrolTitle : o.title}</h1>
      {forced && <p className="lead">{o.forcedIntro}</p>}
      {enrolOnly && <p className="lead">{o.enrolIntro}</p>}
      {!enrolOnly && <PasswordForm />}
      {!forced && <SecondFactorSection session={session} />}
      {!forced && !enrolOnly && session.user.tenant && <SignatorySection slug={session.slug} />}
      {!forced && !enrolOnly && <SessionsSection />}
    </>
  );
}

function PasswordForm() {
  const o = useOfficeText().account;
  const errorText = useErrorText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (next !== repeat) {
      setError(o.mismatch);
      return;
    }
    setBusy(true);
    try {
      await changePassword(current, next);
      // The server ended every session of the account: sign in again with the new password.
      endLocally(o.changed);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{o.password}</h2>
      <p className="muted" id="password-hint">
        {o.passwordHint}
      </p>
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <FormError message={error} />
        <TextField id="current-password" label={o.current} type="password" autoComplete="current-password" value={current} onChange={setCurrent} />
        <TextField id="new-password" label={o.next} type="password" autoComplete="new-password" maxLength={128} value={next} onChange={setNext} />
        <TextField id="repeat-password" label={o.repeat} type="password" autoComplete="new-password" maxLength={128} value={repeat} onChange={setRepeat} />
        <button type="submit" className="button" disabled={busy}>
          {o.changePassword}
        </button>
      </form>
    </section>
  );
}

/** The position and NIP printed under the officer's name on the letters they sign (issue 18). */
function SignatorySection({ slug }: { slug: string }) {
  const o = useOfficeText().account;
  const errorText = useErrorText();
  const { state } = useAsync((signal) => signatoryProfile(slug, signal), `signatory-${slug}`);
  const [position, setPosition] = useState<string | null>(null);
  const [nip, setNip] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorPanel error={state.error} />;
  const shownPosition = position ?? state.data?.position ?? '';
  const shownNip = nip ?? state.data?.nip ?? '';
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    setBusy(true);
    try {
      await saveSignatoryProfile(slug, { position: shownPosition, nip: shownNip.trim() === '' ? null : shownNip });
      setSaved(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="signatory-heading">
      <h2 id="signatory-heading">{o.signatory}</h2>
      <p className="muted">{o.signatoryIntro}</p>
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <FormError message={error} />
        <TextField id="signatory-position" label={o.position} maxLength={160} value={shownPosition} onChange={setPosition} />
        <TextField id="signatory-nip" label={o.nip} hint={o.nipHint} inputMode="numeric" maxLength={24} value={shownNip} onChange={setNip} />
        <button type="submit" className="button" disabled={busy}>
          {o.saveSignatory}
        </button>
        {saved && (
          <p role="status" className="notice">
            {o.signatorySaved}
          </p>
        )}
      </form>
    </section>
  );
}

function SecondFactorSection({ session }: { session: Session }) {
  const o = useOfficeText().account;
  const errorText = useErrorText();
  const [version, setVersion] = useState(0);
  const { state, reload } = useAsync((signal) => secondFactorStatus(signal), `second-factor-${version}`);
  const [enrolment, setEnrolment] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const recoveryRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (recovery) recoveryRef.current?.focus();
  }, [recovery]);

  const run = async (work: () => Promise<void>) => {
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    }
  };
  if (recovery) {
    return (
      <section aria-labelledby="recovery-heading">
        <h2 id="recovery-heading" tabIndex={-1} ref={recoveryRef}>
          {o.recoveryTitle}
        </h2>
        <p role="status">{o.recoveryIntro}</p>
        <ul className="recovery-codes">
          {recovery.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(async () => {
              setRecovery(null);
              setEnrolment(null);
              setVersion((n) => n + 1);
              // A session that had to enrol first is free now: the refreshed token carries no restriction.
              if (session.restricted) await refreshSession(session.slug);
            })
          }
        >
          {o.continue}
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="second-factor-heading">
      <h2 id="second-factor-heading">{o.secondFactor}</h2>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <FormError message={error} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' && state.data.enabled && (
        <>
          <p>{o.secondFactorOn(state.data.recoveryCodesLeft)}</p>
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void run(async () => {
                await removeSecondFactor(password);
                setPassword('');
                setNotice(o.removed);
                setVersion((n) => n + 1);
              });
            }}
          >
            <TextField id="remove-password" label={o.removePassword} type="password" autoComplete="current-password" value={password} onChange={setPassword} />
            <button type="submit" className="button button--secondary">
              {o.remove}
            </button>
          </form>
        </>
      )}
      {state.status === 'ok' && !state.data.enabled && !enrolment && (
        <>
          <p>{o.secondFactorOff}</p>
          <button type="button" className="button" onClick={() => void run(async () => setEnrolment(await startEnrolment()))}>
            {o.enrol}
          </button>
        </>
      )}
      {enrolment && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => setRecovery((await confirmEnrolment(code.trim())).recoveryCodes));
          }}
        >
          <p>{o.secretIntro}</p>
          <OtpauthQr uri={enrolment.otpauthUri} alt={o.qrAlt} />
          <p>
            <a href={enrolment.otpauthUri}>{enrolment.otpauthUri}</a>
          </p>
          <p>
            {o.secret}: <code aria-label={o.secret}>{enrolment.secret}</code>
          </p>
          <TextField id="totp-code" label={o.confirmCode} inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={setCode} />
          <button type="submit" className="button">
            {o.confirm}
          </button>
        </form>
      )}
    </section>
  );
}

function SessionsSection() {
  const o = useOfficeText().account;
  const { lang } = useI18n();
  const errorText = useErrorText();
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const { state, reload } = useAsync((signal) => listSessions(signal), `sessions-${version}`);
  const when = (iso: string) => new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID');
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{o.sessions}</h2>
      <p className="muted">{o.sessionsIntro}</p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' && (
        <ul className="session-list">
          {state.data.map((s) => (
            <li key={s.id}>
              {o.started}: {when(s.startedAt)} · {o.lastUsed}: {when(s.lastUsedAt)}
              {s.current ? (
                <strong> · {o.thisSession}</strong>
              ) : (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() =>
                      void endSession(s.id).then(
                        () => {
                          setMessage(o.ended);
                          setVersion((n) => n + 1);
                        },
                        (e: unknown) => setMessage(errorText(e)),
                      )
                    }
                  >
                    {o.end}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
