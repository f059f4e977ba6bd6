import { useState, type FormEvent } from 'react';
import { ErrorPanel, Loading, useErrorText } from '../../../../app/ErrorPanel';
import { FormError, SelectField, TextField, fieldErrorsOf, type FieldErrors } from '../../../../app/fields';
import { useAsync } from '../../../../app/useAsync';
import { useDocumentTitle } from '../../../../app/useDocumentTitle';
import { useI18n } from '../../../../i18n';
import { useVerifyText } from '../../../../i18n/verify';
import { useTenant } from '../../../portal/TenantContext';
import { flatUnits } from '../../../office/orgUnits';
import { hasRole, type Session } from '../../../identity/office/session';
import {
  createTemplate,
  deleteTemplate,
  listTemplates,
  updateTemplate,
  type ResponseTemplate,
  type TemplateInput,
  type TemplatePurpose,
} from '../api';

const PURPOSES: TemplatePurpose[] = ['ANSWER', 'RESPONSE', 'CLARIFICATION'];
const PLACEHOLDERS = ['nomor', 'judul', 'kategori', 'unit', 'tanggal', 'diterima', 'tenggat'];

/** Roles that keep response templates (ResponseTemplateResource's writers). */
export const TEMPLATE_ROLES = ['TENANT_ADMIN', 'AGENCY_OPERATOR'];

/**
 * `/{slug}/kantor/templat`: the response templates (issue 17 item 5). The regency administrator keeps the regency's
 * and every agency's; an agency operator keeps its agency's and reads the regency's. Deleting asks first.
 */
export function TemplatesPage({ session }: { session: Session }) {
  const tenant = useTenant();
  const { lang } = useI18n();
  const v = useVerifyText().templatesPage;
  const errorText = useErrorText();
  useDocumentTitle(v.heading);
  const admin = hasRole(session, 'TENANT_ADMIN');
  const ownUnit = admin ? null : session.user.orgUnit;
  const { state, reload } = useAsync((signal) => listTemplates(tenant.slug, signal), `templates-${tenant.slug}`);
  const [editing, setEditing] = useState<ResponseTemplate | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A new, empty form after each save.
  const [saves, setSaves] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const units = flatUnits(tenant.orgUnits);
  const unitName = (code: string | null) => {
    if (!code) return v.regencyWide;
    const u = units.find((x) => x.code === code);
    return u ? (lang === 'en' && u.nameEn ? u.nameEn : u.name) : code;
  };
  const mayChange = (t: ResponseTemplate) => admin || (t.orgUnit !== null && t.orgUnit === ownUnit);

  const remove = (t: ResponseTemplate) => {
    setError(undefined);
    deleteTemplate(tenant.slug, t.id).then(
      () => {
        setConfirming(null);
        setNotice(v.removed(t.name));
        reload();
      },
      (e: unknown) => setError(errorText(e)),
    );
  };

  return (
    <>
      <h1>{v.heading}</h1>
      <p>{v.intro}</p>
      <p className="muted">{v.placeholders}</p>
      <ul className="muted">
        {PLACEHOLDERS.map((p) => (
          <li key={p}>
            <code>{`{${p}}`}</code> — {v.placeholderMeaning[p]}
          </li>
        ))}
      </ul>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <FormError message={error} />
      <section aria-labelledby="templates-list">
        <h2 id="templates-list">{v.listHeading}</h2>
        {state.status === 'loading' && <Loading />}
        {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
        {state.status === 'ok' && state.data.length === 0 && <p>{v.none}</p>}
        {state.status === 'ok' && state.data.length > 0 && (
          <ul className="template-list">
            {state.data.map((t) => (
              <li key={t.id} className="panel template-card">
                <h3>{t.name}</h3>
                <dl className="facts">
                  <div className="facts__row">
                    <dt>{v.columns.purpose}</dt>
                    <dd>{v.purposes[t.purpose]}</dd>
                  </div>
                  <div className="facts__row">
                    <dt>{v.columns.owner}</dt>
                    <dd>{unitName(t.orgUnit)}</dd>
                  </div>
                </dl>
                <p className="template-card__body">{t.body}</p>
                {mayChange(t) &&
                  (confirming === t.id ? (
                    <div role="group" aria-label={v.remove(t.name)}>
                      <p>{v.confirmRemove(t.name)}</p>
                      <button type="button" className="button button--small" onClick={() => remove(t)}>
                        {v.confirmRemoveYes}
                      </button>{' '}
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => setConfirming(null)}
                      >
                        {v.cancel}
                      </button>
                    </div>
                  ) : (
                    <p>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => {
                          setNotice(null);
                          setEditing(t);
                        }}
                      >
                        {v.edit(t.name)}
                      </button>{' '}
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => setConfirming(t.id)}
                      >
                        {v.remove(t.name)}
                      </button>
                    </p>
                  ))}
              </li>
            ))}
          </ul>
        )}
      </section>
      <TemplateForm
        key={`${editing?.id ?? 'new'}-${saves}`}
        editing={editing}
        units={admin ? units.map((u) => ({ value: u.code, label: unitName(u.code) })) : null}
        ownUnit={ownUnit}
        onCancel={() => setEditing(null)}
        onSaved={(t, created) => {
          setEditing(null);
          setSaves((n) => n + 1);
          setNotice(created ? v.created(t.name) : v.saved(t.name));
          reload();
        }}
      />
    </>
  );
}

function TemplateForm({
  editing,
  units,
  ownUnit,
  onCancel,
  onSaved,
}: {
  editing: ResponseTemplate | null;
  /** The units an administrator may give a template to; null for an operator (always its own unit). */
  units: { value: string; label: string }[] | null;
  ownUnit: string | null;
  onCancel: () => void;
  onSaved: (t: ResponseTemplate, created: boolean) => void;
}) {
  const tenant = useTenant();
  const v = useVerifyText().templatesPage;
  const errorText = useErrorText();
  const [purpose, setPurpose] = useState<string>(editing?.purpose ?? 'ANSWER');
  const [owner, setOwner] = useState(editing?.orgUnit ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [body, setBody] = useState(editing?.body ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    const input: TemplateInput = {
      orgUnit: units ? owner || null : ownUnit,
      purpose: purpose as TemplatePurpose,
      name: name.trim(),
      body,
    };
    try {
      const saved = editing
        ? await updateTemplate(tenant.slug, editing.id, input)
        : await createTemplate(tenant.slug, input);
      onSaved(saved, !editing);
    } catch (error) {
      setErrors(fieldErrorsOf(error, ['purpose', 'orgUnit', 'name', 'body'], errorText));
    } finally {
      setBusy(false);
    }
  };
  const heading = editing ? v.editHeading(editing.name) : v.newHeading;
  return (
    <section aria-labelledby="template-form-heading" className="panel">
      <h2 id="template-form-heading">{heading}</h2>
      <form className="form" noValidate onSubmit={submit} aria-busy={busy} aria-labelledby="template-form-heading">
        <FormError message={errors['']} />
        <SelectField
          id="template-purpose"
          label={v.purpose}
          value={purpose}
          onChange={setPurpose}
          error={errors.purpose}
          options={PURPOSES.map((p) => ({ value: p, label: v.purposes[p] ?? p }))}
        />
        {units && (
          <SelectField
            id="template-owner"
            label={v.owner}
            value={owner}
            onChange={setOwner}
            error={errors.orgUnit}
            options={[{ value: '', label: v.regencyWide }, ...units]}
          />
        )}
        <TextField id="template-name" label={v.name} value={name} onChange={setName} error={errors.name} maxLength={120} required />
        <TextField
          id="template-body"
          label={v.body}
          multiline
          value={body}
          onChange={setBody}
          error={errors.body}
          maxLength={4000}
          required
        />
        <p>
          <button type="submit" className="button" disabled={busy}>
            {editing ? v.save : v.create}
          </button>{' '}
          {editing && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {v.cancel}
            </button>
          )}
        </p>
      </form>
    </section>
  );
}
