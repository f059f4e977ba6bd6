import { useState, type FormEvent } from 'react';
import { useErrorText } from '../../../app/ErrorPanel';
import { fieldErrorsOf, FormError, type FieldErrors } from '../../../app/fields';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { usePlatformText } from '../../../i18n/platform';
import { importArchive } from './api';

/** `/platform/impor`: a tenant's archive from another deployment (POST /api/platform/tenants/archives). */
export function ImportPage() {
  const m = usePlatformText().import;
  useDocumentTitle(m.heading);
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<{ tenant: string; rows: Record<string, number> } | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setDone(null);
    if (!file) {
      setErrors({ archive: m.required });
      return;
    }
    setBusy(true);
    try {
      setDone(await importArchive(file));
    } catch (e) {
      // An archive that is not right concerns the file, whatever field the server names.
      const mapped = fieldErrorsOf(e, ['archive'], errorText);
      setErrors(mapped[''] ? { archive: mapped[''] } : mapped);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{m.heading}</h1>
      <p className="lead">{m.intro}</p>
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <div className={errors.archive ? 'field field--error' : 'field'}>
          <label htmlFor="archive">{m.file}</label>
          {errors.archive && (
            <p id="archive-error" className="field__error" role="alert">
              {errors.archive}
            </p>
          )}
          <input
            id="archive"
            name="archive"
            type="file"
            accept=".zip,application/zip"
            aria-invalid={errors.archive ? true : undefined}
            aria-describedby={errors.archive ? 'archive-error' : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <FormError message={errors['']} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? m.submitting : m.submit}
        </button>
      </form>
      {done && (
        <section className="panel" role="status">
          <h2 className="panel__title">{m.done(done.tenant)}</h2>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{m.table}</th>
                  <th scope="col">{m.rows}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(done.rows).map(([table, rows]) => (
                  <tr key={table}>
                    <td>{table}</td>
                    <td>{rows}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
