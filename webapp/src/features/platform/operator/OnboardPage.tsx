import { useRef, useState, type ChangeEvent, type FormEvent, type Ref } from 'react';
import { ApiError } from '../../../api/client';
import { useErrorText } from '../../../app/ErrorPanel';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { usePlatformText } from '../../../i18n/platform';
import { onboard, type Onboarded } from './api';
import { definitionMediaType, problemsByPath, type ProblemGroup } from './logic';

/**
 * `/platform/orientasi`: the operator pastes or uploads a regency's definition; every problem comes back by path
 * (422 TENANT_DEFINITION_INVALID, 409 TENANT_CLASHES) and is listed next to the definition; on success the first
 * admin's one-time credentials are shown once.
 */
export function OnboardPage() {
  const p = usePlatformText();
  const o = p.onboard;
  useDocumentTitle(o.heading);
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ProblemGroup[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<Onboarded | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLElement>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setProblems([]);
    if (!text.trim()) {
      setError(o.required);
      return;
    }
    setBusy(true);
    try {
      const created = await onboard(text, definitionMediaType(text, fileName));
      setDone(created);
      setText('');
      setFileName(undefined);
      setTimeout(() => doneRef.current?.focus(), 0);
    } catch (e) {
      if (e instanceof ApiError && e.problems.length > 0) {
        setProblems(problemsByPath(e.problems));
        setError(`${errorText(e)} ${o.fixBelow(e.problems.length)}`);
        setTimeout(() => problemsRef.current?.focus(), 0);
      } else {
        setError(errorText(e));
      }
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    const { tenant, admin } = done;
    return (
      <section className="panel" aria-labelledby="onboarded-heading" ref={doneRef} tabIndex={-1}>
        <h1 id="onboarded-heading">{o.createdHeading(tenant.name)}</h1>
        <p className="notice notice--audit" role="alert">
          {o.credentialsWarning}
        </p>
        <dl className="facts">
          <div className="facts__row">
            <dt>{o.adminUsername}</dt>
            <dd className="receipt__value" data-testid="admin-username">
              {admin.username}
            </dd>
          </div>
          <div className="facts__row">
            <dt>{o.adminPassword}</dt>
            <dd className="receipt__value" data-testid="admin-password" data-verbatim>
              {admin.oneTimePassword}
            </dd>
          </div>
        </dl>
        <p className="actions">
          <a className="button button--secondary" href={tenant.portal}>
            {o.portal}
          </a>
          <a className="button button--secondary" href={`${tenant.portal}kantor`}>
            {o.office}
          </a>
        </p>
        <p>
          <button type="button" className="button" onClick={() => setDone(null)}>
            {o.another}
          </button>
        </p>
      </section>
    );
  }

  const describedBy = ['definition-hint', error ? 'definition-error' : null, problems.length ? 'definition-problems' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <h1>{o.heading}</h1>
      <p className="lead">{o.intro}</p>
      <form className="form form--wide" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <div className="field">
          <label htmlFor="definition-file">{o.file}</label>
          <p id="definition-file-hint" className="field__hint">
            {o.fileHint}
          </p>
          <input
            id="definition-file"
            name="definition-file"
            type="file"
            accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
            aria-describedby="definition-file-hint"
            onChange={(e) => void onFile(e)}
          />
        </div>
        <div className={error ? 'field field--error' : 'field'}>
          <label htmlFor="definition">{o.definition}</label>
          <p id="definition-hint" className="field__hint">
            {o.definitionHint}
          </p>
          {error && (
            <p id="definition-error" className="field__error" role="alert">
              {error}
            </p>
          )}
          <textarea
            id="definition"
            name="definition"
            className="code-input"
            rows={18}
            spellCheck={false}
            autoCapitalize="off"
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => setText(e.target.value)}
          />
          {problems.length > 0 && (
            <ProblemList groups={problems} count={problems.reduce((n, g) => n + g.messages.length, 0)} ref={problemsRef} />
          )}
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? o.submitting : o.submit}
        </button>
      </form>
    </>
  );
}

/** The problems by path: the path in plain words and as written, then what is wrong there. */
export function ProblemList({
  groups,
  count,
  ref,
}: {
  groups: ProblemGroup[];
  count: number;
  ref?: Ref<HTMLDivElement>;
}) {
  const o = usePlatformText().onboard;
  return (
    <div id="definition-problems" className="problems" tabIndex={-1} ref={ref} aria-labelledby="problems-heading">
      <h2 id="problems-heading" className="problems__title">
        {o.problemsHeading(count)}
      </h2>
      <ul className="problems__list">
        {groups.map((g) => (
          <li key={g.path} className="problems__item">
            <p className="problems__path">
              <strong>{g.label || o.whole}</strong> <code>{g.path}</code>
            </p>
            <ul>
              {g.messages.map((m) => (
                <li key={m} lang="en">
                  {m}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
