import { useState, type FormEvent } from 'react';
import { useErrorText } from '../../app/ErrorPanel';
import { fieldErrorsOf, FormError, SelectField, TextField, type FieldErrors } from '../../app/fields';

export type FieldSpec =
  | { kind: 'text' | 'textarea'; name: string; label: string; hint?: string; initial?: string }
  | { kind: 'select'; name: string; label: string; options: { value: string; label: string }[]; initial?: string }
  | { kind: 'checks'; name: string; label: string; hint?: string; options: { value: string; label: string }[]; initial?: string[] };

type Values = Record<string, string | string[]>;

/**
 * One officer action as a small form: its fields, a submit button named after the action, and the API's errors
 * next to the field they name.
 */
export function ActionForm({
  id,
  submitLabel,
  fields = [],
  onSubmit,
  secondary,
}: {
  id: string;
  submitLabel: string;
  fields?: FieldSpec[];
  onSubmit: (values: Values) => Promise<void>;
  secondary?: boolean;
}) {
  const errorText = useErrorText();
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(fields.map((f) => [f.name, f.initial ?? (f.kind === 'checks' ? [] : '')])),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (name: string, value: string | string[]) => setValues((v) => ({ ...v, [name]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      await onSubmit(values);
    } catch (error) {
      setErrors(fieldErrorsOf(error, fields.map((f) => f.name), errorText));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" noValidate onSubmit={submit} aria-busy={busy} aria-label={submitLabel}>
      <FormError message={errors['']} />
      {fields.map((f) => {
        const fid = `${id}-${f.name}`;
        if (f.kind === 'select') {
          return (
            <SelectField
              key={f.name}
              id={fid}
              label={f.label}
              value={values[f.name] as string}
              onChange={(v) => set(f.name, v)}
              options={f.options}
              error={errors[f.name]}
            />
          );
        }
        if (f.kind === 'checks') {
          const chosen = values[f.name] as string[];
          return (
            <fieldset key={f.name} className="fieldset">
              <legend>{f.label}</legend>
              {f.hint && <p className="field__hint">{f.hint}</p>}
              {errors[f.name] && <p className="field__error">{errors[f.name]}</p>}
              <div className="choices">
                {f.options.map((opt) => (
                  <label key={opt.value} className="choice">
                    <input
                      type="checkbox"
                      name={fid}
                      value={opt.value}
                      checked={chosen.includes(opt.value)}
                      onChange={(e) =>
                        set(f.name, e.target.checked ? [...chosen, opt.value] : chosen.filter((v) => v !== opt.value))
                      }
                    />
                    {opt.label}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        }
        return (
          <TextField
            key={f.name}
            id={fid}
            label={f.label}
            hint={f.hint}
            multiline={f.kind === 'textarea'}
            value={values[f.name] as string}
            onChange={(v) => set(f.name, v)}
            error={errors[f.name]}
          />
        );
      })}
      <button type="submit" className={secondary ? 'button button--secondary' : 'button'} disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
