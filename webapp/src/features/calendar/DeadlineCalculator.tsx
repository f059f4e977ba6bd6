import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, isAbortError } from '../../api/client';
import { calculateDue } from '../../api/tenants';
import type { DayOff, DueDate } from '../../api/types';
import { useErrorText } from '../../app/ErrorPanel';
import { useI18n, type LocalizedText, type Messages } from '../../i18n';
import { formatLongDate, isIsoDate, todayIn } from './dates';

export const DEFAULT_WORKING_DAYS = 10;
export const MAX_WORKING_DAYS = 366;

type Field = 'from' | 'workingDays';
/** A field error is either one of our own checks (a key in Messages) or an API message. */
type FieldError = { key: 'fromRequired' | 'workingDaysInvalid' } | { api: LocalizedText };
type FieldErrors = Partial<Record<Field, FieldError>>;

const FIELDS: readonly Field[] = ['from', 'workingDays'];
function isField(value: string | null): value is Field {
  return value !== null && (FIELDS as readonly string[]).includes(value);
}

function validate(from: string, workingDays: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!isIsoDate(from)) errors.from = { key: 'fromRequired' };
  const n = Number(workingDays);
  if (!/^\d+$/.test(workingDays.trim()) || n < 1 || n > MAX_WORKING_DAYS) {
    errors.workingDays = { key: 'workingDaysInvalid' };
  }
  return errors;
}

/** "Hitung tenggat": due date after N working days, via `GET /api/t/{slug}/calendar/due`. */
export function DeadlineCalculator({ slug, zoneId }: { slug: string; zoneId: string }) {
  const { t, pick } = useI18n();
  const errorText = useErrorText();
  const [from, setFrom] = useState(() => todayIn(zoneId));
  const [workingDays, setWorkingDays] = useState(String(DEFAULT_WORKING_DAYS));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [result, setResult] = useState<DueDate | null>(null);
  const [busy, setBusy] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const daysRef = useRef<HTMLInputElement>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const fieldMessage = (error: FieldError | undefined): string | null =>
    !error
      ? null
      : 'api' in error
        ? pick(error.api)
        : error.key === 'fromRequired'
          ? t.calculator.fromRequired
          : t.calculator.workingDaysInvalid(MAX_WORKING_DAYS);

  const focusField = (errors: FieldErrors) => {
    if (errors.from) fromRef.current?.focus();
    else if (errors.workingDays) daysRef.current?.focus();
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate(from, workingDays);
    setFormError(null);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      setResult(null);
      focusField(errors);
      return;
    }
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setBusy(true);
    try {
      const due = await calculateDue(slug, from, Number(workingDays), current.signal);
      setResult(due);
    } catch (error) {
      if (isAbortError(error)) return;
      setResult(null);
      if (error instanceof ApiError && isField(error.field)) {
        const apiErrors: FieldErrors = { [error.field]: { api: error.localized } };
        setFieldErrors(apiErrors);
        focusField(apiErrors);
      } else {
        setFormError(error);
      }
    } finally {
      if (controller.current === current) setBusy(false);
    }
  }

  const fromError = fieldMessage(fieldErrors.from);
  const daysError = fieldMessage(fieldErrors.workingDays);

  return (
    <section className="panel calculator" aria-labelledby="calculator-heading">
      <h2 id="calculator-heading" className="panel__title">
        {t.calculator.heading}
      </h2>
      <p>{t.calculator.intro}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <div className={fromError ? 'field field--error' : 'field'}>
          <label htmlFor="due-from">{t.calculator.fromLabel}</label>
          <p id="due-from-hint" className="field__hint">
            {t.calculator.fromHint}
          </p>
          {fromError && (
            <p id="due-from-error" className="field__error">
              {fromError}
            </p>
          )}
          <input
            ref={fromRef}
            id="due-from"
            name="from"
            type="date"
            value={from}
            required
            aria-invalid={fromError ? true : undefined}
            aria-describedby={fromError ? 'due-from-hint due-from-error' : 'due-from-hint'}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className={daysError ? 'field field--error' : 'field'}>
          <label htmlFor="due-days">{t.calculator.workingDaysLabel}</label>
          <p id="due-days-hint" className="field__hint">
            {t.calculator.workingDaysHint}
          </p>
          {daysError && (
            <p id="due-days-error" className="field__error">
              {daysError}
            </p>
          )}
          <input
            ref={daysRef}
            id="due-days"
            name="workingDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_WORKING_DAYS}
            step={1}
            value={workingDays}
            required
            className="input--short"
            aria-invalid={daysError ? true : undefined}
            aria-describedby={daysError ? 'due-days-hint due-days-error' : 'due-days-hint'}
            onChange={(e) => setWorkingDays(e.target.value)}
          />
        </div>
        {formError !== null && (
          <p className="form__error" role="alert">
            {errorText(formError)}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t.calculator.submitting : t.calculator.submit}
        </button>
      </form>
      <div aria-live="polite">{result && <DueResult result={result} />}</div>
    </section>
  );
}

function dayOffKindLabel(t: Messages, kind: string): string {
  return (t.calculator.dayOffKind as Record<string, string>)[kind] ?? kind;
}

function DueResult({ result }: { result: DueDate }) {
  const { t } = useI18n();
  const date = (iso: string) => formatLongDate(iso, t.locale);
  return (
    <div className="result" data-testid="due-result">
      <h3>{t.calculator.resultHeading}</h3>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t.calculator.due}</dt>
          <dd className="result__due">
            <time dateTime={result.due}>{date(result.due)}</time>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t.calculator.receivedOn}</dt>
          <dd>
            <time dateTime={result.receivedOn}>{date(result.receivedOn)}</time> ·{' '}
            {t.calculator.workingDaysCounted(result.workingDays)}
          </dd>
        </div>
      </dl>
      <h4>{t.calculator.daysOffHeading(result.daysOff.length)}</h4>
      {result.daysOff.length === 0 ? (
        <p>{t.calculator.noDaysOff}</p>
      ) : (
        <ul className="days-off">
          {result.daysOff.map((day: DayOff) => (
            <li key={`${day.date}-${day.kind}`}>
              <time dateTime={day.date}>{date(day.date)}</time>: {day.name}{' '}
              <span className="tag">{dayOffKindLabel(t, day.kind)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">{t.calculator.weekendsNote}</p>
    </div>
  );
}
