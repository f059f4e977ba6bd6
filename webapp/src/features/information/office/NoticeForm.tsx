import { useState, type FormEvent } from 'react';
import { OBTAIN_METHODS } from '../../../api/information';
import { useErrorText } from '../../../app/ErrorPanel';
import { fieldErrorsOf, FormError, SelectField, TextField, type FieldErrors } from '../../../app/fields';
import { usePpidText } from '../../../i18n/ppid';
import { EMPTY_NOTICE, EXEMPTION_GROUNDS, noticeElements, noticeInput, noticeProblems, type NoticeForm as Form } from './notice';

export const NOTICE_FIELDS = [
  'notice.held',
  'notice.heldBy',
  'notice.decision',
  'notice.exemptionGround',
  'notice.exemptionReason',
  'notice.informationGiven',
  'notice.redactions',
  'notice.medium',
  'notice.format',
  'notice.cost',
  'notice.paymentMethod',
];

/**
 * The written notice with every element its decision requires (Perbup Pasal 22(4)-(5)): checked here first, and the
 * API's NOTICE_ELEMENT_MISSING (field `notice.<element>`) is shown next to that element.
 */
export function NoticeForm({ onIssue }: { onIssue: (body: Record<string, unknown>) => Promise<void> }) {
  const p = usePpidText();
  const n = p.notice;
  const errorText = useErrorText();
  const [form, setForm] = useState<Form>(EMPTY_NOTICE);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const e = noticeElements(form);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    for (const [field, problem] of Object.entries(noticeProblems(form))) local[field] = n.problems[problem] ?? problem;
    if (Object.keys(local).length) {
      setErrors(local);
      const first = NOTICE_FIELDS.find((f) => local[f]);
      if (first) document.getElementById(first === 'notice.held' || first === 'notice.redactions' ? `${first}-error` : first)?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await onIssue(noticeInput(form));
    } catch (error) {
      setErrors(fieldErrorsOf(error, NOTICE_FIELDS, errorText));
    } finally {
      setBusy(false);
    }
  };

  const choose = { value: '', label: n.choose };
  return (
    <form className="form" noValidate onSubmit={submit} aria-busy={busy} aria-label={n.title} data-testid="notice-form">
      <h3>{n.title}</h3>
      <p className="muted">{n.intro}</p>
      <FormError message={errors['']} />
      <fieldset className="fieldset" aria-describedby={errors['notice.held'] ? 'notice.held-error' : undefined}>
        <legend>{n.held}</legend>
        {errors['notice.held'] && (
          <p id="notice.held-error" className="field__error" tabIndex={-1}>
            {errors['notice.held']}
          </p>
        )}
        <div className="choices">
          {(['yes', 'no'] as const).map((v) => (
            <label key={v} className="choice">
              <input type="radio" name="notice.held" value={v} checked={form.held === v} onChange={() => set('held', v)} />{' '}
              {v === 'yes' ? n.heldYes : n.heldNo}
            </label>
          ))}
        </div>
      </fieldset>
      {e.heldBy && <TextField id="notice.heldBy" label={n.heldBy} required value={form.heldBy} onChange={(v) => set('heldBy', v)} error={errors['notice.heldBy']} />}
      {e.decision && (
        <SelectField
          id="notice.decision"
          label={n.decision}
          required
          value={form.decision}
          onChange={(v) => set('decision', v as Form['decision'])}
          options={[choose, ...(['GRANTED_FULL', 'GRANTED_PART', 'REFUSED'] as const).map((d) => ({ value: d, label: n.decisions[d] ?? d }))]}
          error={errors['notice.decision']}
        />
      )}
      {e.exemption && (
        <>
          <SelectField
            id="notice.exemptionGround"
            label={n.exemptionGround}
            required
            value={form.exemptionGround}
            onChange={(v) => set('exemptionGround', v)}
            options={[choose, ...EXEMPTION_GROUNDS.map((g) => ({ value: g, label: n.grounds[g] ?? g }))]}
            error={errors['notice.exemptionGround']}
          />
          <TextField
            id="notice.exemptionReason"
            label={n.exemptionReason}
            required
            multiline
            value={form.exemptionReason}
            onChange={(v) => set('exemptionReason', v)}
            error={errors['notice.exemptionReason']}
          />
        </>
      )}
      {e.given && (
        <TextField
          id="notice.informationGiven"
          label={n.informationGiven}
          required
          multiline
          value={form.informationGiven}
          onChange={(v) => set('informationGiven', v)}
          error={errors['notice.informationGiven']}
        />
      )}
      {e.redactions && (
        <fieldset className="fieldset" aria-describedby={errors['notice.redactions'] ? 'notice.redactions-error' : undefined}>
          <legend>{n.redactions}</legend>
          {errors['notice.redactions'] && (
            <p id="notice.redactions-error" className="field__error" tabIndex={-1}>
              {errors['notice.redactions']}
            </p>
          )}
          {form.redactions.map((r, i) => (
            <div key={i}>
              <TextField
                id={`notice.redactions-${i}-part`}
                label={n.redactionPart(i + 1)}
                value={r.part}
                onChange={(v) => set('redactions', form.redactions.map((x, j) => (j === i ? { ...x, part: v } : x)))}
              />
              <TextField
                id={`notice.redactions-${i}-reason`}
                label={n.redactionReason(i + 1)}
                value={r.reason}
                onChange={(v) => set('redactions', form.redactions.map((x, j) => (j === i ? { ...x, reason: v } : x)))}
              />
            </div>
          ))}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => set('redactions', [...form.redactions, { part: '', reason: '' }])}
          >
            {n.addRedaction}
          </button>
        </fieldset>
      )}
      {e.delivery && (
        <>
          <SelectField
            id="notice.medium"
            label={n.medium}
            required
            value={form.medium}
            onChange={(v) => set('medium', v)}
            options={[choose, ...OBTAIN_METHODS.map((m) => ({ value: m, label: n.media[m] ?? m }))]}
            error={errors['notice.medium']}
          />
          <TextField id="notice.format" label={n.format} required value={form.format} onChange={(v) => set('format', v)} error={errors['notice.format']} />
          <TextField
            id="notice.cost"
            label={n.cost}
            required
            inputMode="decimal"
            value={form.cost}
            onChange={(v) => set('cost', v)}
            error={errors['notice.cost']}
          />
          {e.payment && (
            <TextField
              id="notice.paymentMethod"
              label={n.paymentMethod}
              required
              value={form.paymentMethod}
              onChange={(v) => set('paymentMethod', v)}
              error={errors['notice.paymentMethod']}
            />
          )}
        </>
      )}
      <button type="submit" className="button" disabled={busy}>
        {n.submit}
      </button>
    </form>
  );
}
