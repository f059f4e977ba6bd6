import { useRef, useState } from 'react';
import { newIdempotencyKey } from '../api/complaints';
import { useErrorText } from './ErrorPanel';
import { fieldErrorsOf, type FieldErrors } from './fields';

/**
 * A citizen's form that is sent once (a complaint, an information request): its values, the problems next to the
 * fields (the form's own checks first, then the API's), a busy flag, the receipt, and one Idempotency-Key per filled
 * form. A retry after a lost answer returns the first receipt instead of a second case; a changed form takes a new key
 * (the same key with another body is refused with 409).
 *
 * @param fields the form's fields in page order: the API's errors go next to these, and the first one is focused
 * @param focusTarget the element to focus for a field (a group of choices focuses its error line)
 */
export function usePublicForm<F, R>(
  empty: F,
  fields: readonly string[],
  focusTarget: (field: string) => string = (field) => field,
) {
  const errorText = useErrorText();
  const [form, setForm] = useState<F>(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<R | null>(null);
  const key = useRef<string>(newIdempotencyKey());

  const renewKey = () => {
    key.current = newIdempotencyKey();
  };
  const focusFirst = (shown: FieldErrors) => {
    const first = fields.find((name) => shown[name]);
    if (first) document.getElementById(focusTarget(first))?.focus();
  };
  const set = <K extends keyof F>(name: K, value: F[K]) => {
    setForm((old) => ({ ...old, [name]: value }));
    renewKey();
  };
  /** Shows the form's own problems, or sends it under its key and keeps the receipt. */
  const send = async (problems: FieldErrors, call: (idempotencyKey: string) => Promise<R>) => {
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      focusFirst(problems);
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      setReceipt(await call(key.current));
      window.scrollTo?.(0, 0);
    } catch (error) {
      const e = fieldErrorsOf(error, fields, errorText);
      setErrors(e);
      focusFirst(e);
    } finally {
      setBusy(false);
    }
  };
  /** Back to an empty form with a new key ("send another"). */
  const reset = () => {
    setReceipt(null);
    setForm(empty);
    renewKey();
  };
  return { form, setForm, set, errors, setErrors, busy, receipt, send, reset, renewKey };
}
