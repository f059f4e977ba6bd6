import { useState, type FormEvent } from 'react';
import { useErrorText } from '../../../app/ErrorPanel';
import { fieldErrorsOf, FormError, TextField, type FieldErrors } from '../../../app/fields';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { usePlatformText } from '../../../i18n/platform';
import { createProvincialAdmin, type ProvincialAdminCreated } from './api';

const FIELDS = ['username', 'displayName', 'province'] as const;

/** `/platform/admin-provinsi`: a provincial admin account; its one-time password is shown once. */
export function ProvincialAdminPage() {
  const m = usePlatformText().provincialAdmins;
  useDocumentTitle(m.heading);
  const errorText = useErrorText();
  const [values, setValues] = useState({ username: '', displayName: '', province: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ProvincialAdminCreated | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setBusy(true);
    try {
      setDone(
        await createProvincialAdmin({
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          province: values.province.trim(),
        }),
      );
      setValues({ username: '', displayName: '', province: '' });
    } catch (e) {
      setErrors(fieldErrorsOf(e, FIELDS, errorText));
    } finally {
      setBusy(false);
    }
  };
  const set = (key: (typeof FIELDS)[number]) => (v: string) => setValues((s) => ({ ...s, [key]: v }));

  return (
    <>
      <h1>{m.heading}</h1>
      <p className="lead">{m.intro}</p>
      {done && (
        <section className="panel" aria-labelledby="created-heading">
          <h2 id="created-heading" className="panel__title">
            {m.createdHeading(done.account.username)}
          </h2>
          <p className="notice notice--audit" role="alert">
            {m.warning}
          </p>
          <p className="receipt__value" data-testid="provincial-password" data-verbatim>
            {done.oneTimePassword}
          </p>
          <p>
            {m.signInAt} <a href="/provinsi">/provinsi</a>
          </p>
        </section>
      )}
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <FormError message={errors['']} />
        <TextField id="username" label={m.username} hint={m.usernameHint} required value={values.username} onChange={set('username')} error={errors.username} autoComplete="off" />
        <TextField id="displayName" label={m.displayName} required value={values.displayName} onChange={set('displayName')} error={errors.displayName} autoComplete="off" />
        <TextField id="province" label={m.province} hint={m.provinceHint} required inputMode="numeric" maxLength={2} value={values.province} onChange={set('province')} error={errors.province} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? m.submitting : m.submit}
        </button>
      </form>
    </>
  );
}
