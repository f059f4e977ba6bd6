import type { ChangeEvent, ReactNode } from 'react';
import { ApiError } from '../api/client';

/** Field errors by field name (the API's `field`, e.g. `title`, `reporter.phone`); `''` is the form's own. */
export type FieldErrors = Record<string, string>;

/**
 * Turns a failed call into errors next to the fields: the API names the field; an error without a field (or with
 * one the form does not show) goes to the form as a whole.
 */
export function fieldErrorsOf(error: unknown, shown: readonly string[], text: (e: unknown) => string): FieldErrors {
  const message = text(error);
  if (error instanceof ApiError && error.field) {
    const field = error.field.replace(/\[\d+\]$/, '');
    if (shown.includes(field)) return { [field]: message };
  }
  return { '': message };
}

interface BaseProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Frame({ id, label, hint, error, children }: BaseProps & { children: ReactNode }) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** A file input with its label, hint and error, described by both (the forms' attachments and uploads). */
export function FileField({
  accept,
  multiple,
  onFiles,
  ...base
}: BaseProps & { accept?: string; multiple?: boolean; onFiles: (files: FileList | null) => void }) {
  return (
    <Frame {...base}>
      <input
        id={base.id}
        name={base.id}
        type="file"
        accept={accept}
        multiple={multiple}
        required={base.required}
        aria-invalid={base.error ? true : undefined}
        aria-describedby={describedBy(base.id, base.hint, base.error)}
        onChange={(e) => onFiles(e.target.files)}
      />
    </Frame>
  );
}

export function TextField({
  multiline,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  maxLength,
  ...base
}: BaseProps & {
  multiline?: boolean;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'decimal' | 'numeric';
  maxLength?: number;
}) {
  const common = {
    id: base.id,
    name: base.id,
    value,
    required: base.required,
    maxLength,
    'aria-invalid': base.error ? true : undefined,
    'aria-describedby': describedBy(base.id, base.hint, base.error),
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
  };
  return (
    <Frame {...base}>
      {multiline ? (
        <textarea rows={5} {...common} />
      ) : (
        <input type={type} autoComplete={autoComplete} inputMode={inputMode} {...common} />
      )}
    </Frame>
  );
}

export function SelectField({
  value,
  onChange,
  options,
  ...base
}: BaseProps & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  return (
    <Frame {...base}>
      <select
        id={base.id}
        name={base.id}
        value={value}
        required={base.required}
        aria-invalid={base.error ? true : undefined}
        aria-describedby={describedBy(base.id, base.hint, base.error)}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** The form's own error (no field), announced. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className="form__error" role="alert">
      {message}
    </p>
  );
}
