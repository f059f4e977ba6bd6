import { useState, type FormEvent } from 'react';
import {
  EMPTY_REQUEST,
  isCopy,
  OBTAIN_METHODS,
  RECEIVE_METHODS,
  REQUESTER_TYPES,
  requestBody,
  submitRequest,
  validateRequest,
  type RequestForm,
  type RequestReceipt,
} from '../../../api/information';
import { FileField, FormError, SelectField, TextField, type FieldErrors } from '../../../app/fields';
import { Link } from '../../../app/router';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { usePublicForm } from '../../../app/usePublicForm';
import { useI18n } from '../../../i18n';
import { useInformationText } from '../../../i18n/information';
import { formatLongDate } from '../../calendar/dates';
import { useTenant } from '../../portal/TenantContext';
import { ReceivedFacts } from '../../calendar/ReceivedFacts';

/** Field names as the API names them (InformationRequestInput), in the order of the form. */
export const REQUEST_FIELDS = [
  'requesterType',
  'requester.idNumber',
  'requester.name',
  'requester.address',
  'requester.phone',
  'requester.email',
  'requester.occupation',
  'informationWanted',
  'purpose',
  'obtainMethod',
  'receiveMethod',
  'idCopy',
  'willingToPay',
] as const;

/** Whether the tenant asks an ID copy for a full copy (Perbup Pasal 22(8)); the regulation's default is yes. */
export function idCopyRequired(parameters: Record<string, unknown> | undefined): boolean {
  const p = (parameters?.informationRequest ?? {}) as { idCopyRequiredForFullCopy?: boolean };
  return p.idCopyRequiredForFullCopy !== false;
}

/**
 * `/{slug}/permohonan`: the information request form (Perbup Pasal 21; the Perki 1/2021 form). One Idempotency-Key per
 * filled form: a retry of the same form never makes a second request; a changed form gets a new key.
 */
export function RequestFormPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const m = useInformationText();
  const f = m.request;
  useDocumentTitle(f.title);
  const { form, set, errors, busy, receipt, send, reset, renewKey } = usePublicForm<RequestForm, RequestReceipt>(
    EMPTY_REQUEST,
    REQUEST_FIELDS,
    (field) => (field === 'willingToPay' ? 'willingToPay-error' : field),
  );
  const [idCopy, setIdCopy] = useState<File | null>(null);
  const needsId = idCopyRequired(tenant.parameters);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = validateRequest(form, idCopy, needsId);
    const local: FieldErrors = {};
    for (const [field, problem] of Object.entries(problems)) local[field] = f.problems[problem] ?? problem;
    await send(local, (key) =>
      submitRequest(tenant.slug, requestBody(form, isCopy(form.obtainMethod) ? idCopy : null), key),
    );
  };

  if (receipt) {
    return (
      <section className="panel receipt" aria-labelledby="receipt-heading">
        <h1 id="receipt-heading">{f.receiptTitle}</h1>
        <dl className="facts">
          <div className="facts__row">
            <dt>{f.registrationNumber}</dt>
            <dd className="receipt__value" data-testid="registration-number">
              {receipt.registrationNumber}
            </dd>
          </div>
          <div className="facts__row">
            <dt>{f.accessCode}</dt>
            <dd className="receipt__value" data-testid="access-code">
              {receipt.accessCode}
            </dd>
          </div>
          <ReceivedFacts receivedOn={receipt.receivedOn} countingStartsOn={receipt.countingStartsOn} />
          <div className="facts__row">
            <dt>{f.noticeDue}</dt>
            <dd data-testid="notice-due">{formatLongDate(receipt.noticeDue, t.locale)}</dd>
          </div>
        </dl>
        <p className="notice" role="note">
          {f.receiptNote}
        </p>
        <p className="actions">
          <Link className="button" href={`/${tenant.slug}/lacak-permohonan?nomor=${encodeURIComponent(receipt.registrationNumber)}`}>
            {f.trackThis}
          </Link>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              reset();
              setIdCopy(null);
            }}
          >
            {f.another}
          </button>
        </p>
      </section>
    );
  }

  const copy = isCopy(form.obtainMethod);
  return (
    <>
      <h1>{f.title}</h1>
      <p className="lead">{f.intro}</p>
      <form className="form form--wide" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <FormError message={errors['']} />
        <fieldset className="fieldset">
          <legend>{f.requesterLegend}</legend>
          <SelectField
            id="requesterType"
            label={f.requesterType}
            required
            value={form.requesterType}
            onChange={(v) => set('requesterType', v)}
            options={REQUESTER_TYPES.map((v) => ({ value: v, label: f.requesterTypes[v] ?? v }))}
            error={errors.requesterType}
          />
          <TextField
            id="requester.idNumber"
            label={f.idNumber}
            hint={f.idNumberHint}
            required
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            value={form.idNumber}
            onChange={(v) => set('idNumber', v)}
            error={errors['requester.idNumber']}
          />
          <TextField id="requester.name" label={f.name} required autoComplete="name" value={form.name} onChange={(v) => set('name', v)} error={errors['requester.name']} />
          <TextField
            id="requester.address"
            label={f.address}
            required
            autoComplete="street-address"
            value={form.address}
            onChange={(v) => set('address', v)}
            error={errors['requester.address']}
          />
          <TextField
            id="requester.phone"
            label={f.phone}
            hint={f.phoneHint}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={form.phone}
            onChange={(v) => set('phone', v)}
            error={errors['requester.phone']}
          />
          <TextField
            id="requester.email"
            label={f.email}
            type="email"
            inputMode="email"
            autoComplete="email"
            value={form.email}
            onChange={(v) => set('email', v)}
            error={errors['requester.email']}
          />
          <TextField
            id="requester.occupation"
            label={f.occupation}
            autoComplete="organization-title"
            value={form.occupation}
            onChange={(v) => set('occupation', v)}
            error={errors['requester.occupation']}
          />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{f.informationLegend}</legend>
          <TextField
            id="informationWanted"
            label={f.informationWanted}
            required
            multiline
            value={form.informationWanted}
            onChange={(v) => set('informationWanted', v)}
            error={errors.informationWanted}
          />
          <TextField id="purpose" label={f.purpose} required multiline value={form.purpose} onChange={(v) => set('purpose', v)} error={errors.purpose} />
          <SelectField
            id="obtainMethod"
            label={f.obtainMethod}
            required
            value={form.obtainMethod}
            onChange={(v) => set('obtainMethod', v)}
            options={OBTAIN_METHODS.map((v) => ({ value: v, label: f.obtainMethods[v] ?? v }))}
            error={errors.obtainMethod}
          />
          {copy && (
            <SelectField
              id="receiveMethod"
              label={f.receiveMethod}
              required
              value={form.receiveMethod}
              onChange={(v) => set('receiveMethod', v)}
              options={RECEIVE_METHODS.map((v) => ({ value: v, label: f.receiveMethods[v] ?? v }))}
              error={errors.receiveMethod}
            />
          )}
          {copy && (
            <FileField
              id="idCopy"
              label={f.idCopy}
              hint={f.idCopyHint}
              error={errors.idCopy}
              required={needsId}
              accept="image/jpeg,image/png,application/pdf"
              onFiles={(files) => {
                setIdCopy(files?.[0] ?? null);
                renewKey();
              }}
            />
          )}
        </fieldset>
        <fieldset className="fieldset" aria-describedby={errors.willingToPay ? 'willingToPay-error' : undefined}>
          <legend>{f.willingToPay}</legend>
          {errors.willingToPay && (
            <p id="willingToPay-error" className="field__error" tabIndex={-1}>
              {errors.willingToPay}
            </p>
          )}
          <div className="choices">
            {(['yes', 'no'] as const).map((v) => (
              <label key={v} className="choice">
                <input
                  type="radio"
                  name="willingToPay"
                  value={v}
                  checked={form.willingToPay === v}
                  onChange={() => set('willingToPay', v)}
                />{' '}
                {v === 'yes' ? f.yes : f.no}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {busy ? f.submitting : f.submit}
        </button>
      </form>
    </>
  );
}
