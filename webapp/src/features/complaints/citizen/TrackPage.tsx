import { useState, type FormEvent } from 'react';
import { ApiError, downloadFile } from '../../../api/client';
import {
  allowedReporterActions,
  attachmentPath,
  reporterAction,
  requestTakedown,
  trackComplaint,
  type PublicComplaint,
  type ReporterAction,
} from '../../../api/complaints';
import { useErrorText } from '../../../app/ErrorPanel';
import { fieldErrorsOf, FileField, FormError, TextField, type FieldErrors } from '../../../app/fields';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { formatLongDate, todayIn } from '../../calendar/dates';
import { useTenant } from '../../portal/TenantContext';
import { History, StatusBadge, unitName } from './parts';
import { ReceivedFacts } from '../../calendar/ReceivedFacts';

/**
 * `/{slug}/lacak`: the reporter follows a report with its number and access code (never put in the URL) and
 * replies: clarification, accept, rate, reopen (PublicComplaintResource).
 */
export function TrackPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const errorText = useErrorText();
  const tr = t.citizen.track;
  useDocumentTitle(tr.title);
  const [number, setNumber] = useState(() => new URLSearchParams(window.location.search).get('nomor') ?? '');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<{ complaint: PublicComplaint; number: string; code: string } | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!number.trim()) local.number = t.citizen.form.required;
    if (!code.trim()) local.code = t.citizen.form.required;
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const complaint = await trackComplaint(tenant.slug, number, code);
      setFound({ complaint, number, code });
    } catch (error) {
      setFound(null);
      if (error instanceof ApiError && error.status === 404 && error.code !== 'TENANT_NOT_FOUND') {
        setErrors({ '': tr.notFound });
      } else {
        setErrors(fieldErrorsOf(error, ['code'], errorText));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{tr.title}</h1>
      <p className="lead">{tr.intro}</p>
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <FormError message={errors['']} />
        <TextField
          id="number"
          label={tr.number}
          hint={tr.numberHint}
          required
          autoComplete="off"
          value={number}
          onChange={setNumber}
          error={errors.number}
        />
        <TextField
          id="code"
          label={tr.code}
          required
          autoComplete="off"
          value={code}
          onChange={setCode}
          error={errors.code}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? tr.searching : tr.submit}
        </button>
      </form>
      {found && (
        <ComplaintStatusView
          complaint={found.complaint}
          today={todayIn(tenant.zoneId)}
          onAction={async (action) => {
            const updated = await reporterAction(tenant.slug, found.number, found.code, action);
            setFound({ ...found, complaint: updated });
          }}
          onTakedown={async () => {
            const updated = await requestTakedown(tenant.slug, found.number, found.code);
            setFound({ ...found, complaint: updated });
          }}
          onDownload={(position, name) =>
            downloadFile(attachmentPath(tenant.slug, found.number, position), { code: found.code }, name).catch((e: unknown) =>
              setErrors({ '': errorText(e) }),
            )
          }
        />
      )}
    </>
  );
}

export function ComplaintStatusView({
  complaint: c,
  today,
  onAction,
  onDownload,
  onTakedown,
}: {
  complaint: PublicComplaint;
  today: string;
  onAction: (action: ReporterAction) => Promise<void>;
  onDownload?: (position: number, fileName: string) => Promise<void>;
  /** The reporter asks for the report to come off the public record (issue 15). */
  onTakedown?: () => Promise<void>;
}) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const tr = t.citizen.track;
  const date = (d: string) => formatLongDate(d, t.locale);
  return (
    <section className="panel" aria-labelledby="complaint-heading" data-testid="complaint">
      <h2 id="complaint-heading" className="panel__title">
        {c.trackingNumber}: {c.title}
      </h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{tr.status}</dt>
          <dd>
            <StatusBadge status={c.status} />
          </dd>
        </div>
        <div className="facts__row">
          <dt>{tr.type}</dt>
          <dd>{t.citizen.types[c.type] ?? c.type}</dd>
        </div>
        <ReceivedFacts receivedAt={c.receivedAt} receivedOn={c.receivedOn} countingStartsOn={c.countingStartsOn} />
        {c.verifyDue && (c.status === 'RECEIVED' || c.status === 'VERIFIED') && (
          <div className="facts__row">
            <dt>{tr.verifyDue}</dt>
            <dd>{date(c.verifyDue)}</dd>
          </div>
        )}
        {c.agencies.length > 0 && (
          <div className="facts__row">
            <dt>{tr.agencies}</dt>
            <dd>
              <ul className="plain-list">
                {c.agencies.map((a) => (
                  <li key={a.orgUnit}>
                    {unitName(tenant, a.orgUnit, lang)}: {t.citizen.dispatchStatus[a.status] ?? a.status}
                    {a.dueOn && a.status !== 'ANSWERED' && ` (${tr.dueOn(date(a.dueOn))})`}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {c.mergedInto && <p className="notice">{tr.mergedInto(c.mergedInto)}</p>}
      <h3>{tr.answer}</h3>
      {c.answer ? (
        <p className="answer" data-testid="answer">
          {c.answer}
        </p>
      ) : (
        <p className="muted">{tr.noAnswer}</p>
      )}
      {c.rating != null && <p>{tr.rating(c.rating)}</p>}
      {c.status === 'RESPONDED' && c.autoCloseDue && <p className="muted">{tr.autoCloseDue(date(c.autoCloseDue))}</p>}
      {c.status === 'CLOSED' && c.reopenUntil && <p className="muted">{tr.reopenUntil(date(c.reopenUntil))}</p>}
      <ReporterActions complaint={c} today={today} onAction={onAction} />
      {onTakedown && c.published !== undefined && <PublicRecord complaint={c} onTakedown={onTakedown} />}
      {c.attachments && c.attachments.length > 0 && (
        <>
          <h3>{tr.attachments}</h3>
          <ul data-testid="attachments">
            {c.attachments.map((a) => (
              <li key={a.position}>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => void onDownload?.(a.position, a.fileName)}
                >
                  {tr.downloadAttachment(a.fileName)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{tr.history}</h3>
      <History events={c.history.map((e) => ({ ...e, orgUnit: e.orgUnit ? unitName(tenant, e.orgUnit, lang) : null }))} />
    </section>
  );
}

function ReporterActions({
  complaint,
  today,
  onAction,
}: {
  complaint: PublicComplaint;
  today: string;
  onAction: (action: ReporterAction) => Promise<void>;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const tr = t.citizen.track;
  const allowed = allowedReporterActions(complaint, today);
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [reason, setReason] = useState('');
  const [rating, setRating] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  if (allowed.length === 0) return done ? <p role="status">{tr.done}</p> : null;

  const run = async (action: ReporterAction) => {
    setBusy(true);
    setErrors({});
    setDone(false);
    try {
      await onAction(action);
      setDone(true);
      setText('');
      setPhotos([]);
      setReason('');
    } catch (error) {
      setErrors(fieldErrorsOf(error, ['text', 'reason', 'rating', 'attachments'], errorText));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="reporter-actions">
      <h3>{tr.actionsHeading}</h3>
      <FormError message={errors['']} />
      {done && <p role="status">{tr.done}</p>}
      {allowed.includes('clarification') && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run({ kind: 'clarification', text, files: photos });
          }}
        >
          <TextField
            id="clarification"
            label={tr.clarifyLabel}
            hint={tr.clarifyHint}
            multiline
            value={text}
            onChange={setText}
            error={errors.text}
          />
          <FileField
            id="clarification-photos"
            label={tr.clarifyPhotos}
            hint={tr.clarifyPhotosHint}
            accept="image/jpeg,image/png,application/pdf"
            multiple
            error={errors.attachments}
            onFiles={(list) => setPhotos(list ? Array.from(list) : [])}
          />
          <button type="submit" className="button" disabled={busy}>
            {tr.clarifySubmit}
          </button>
        </form>
      )}
      {allowed.includes('acceptance') && (
        <p>
          <button type="button" className="button" disabled={busy} onClick={() => void run({ kind: 'acceptance' })}>
            {tr.accept}
          </button>
        </p>
      )}
      {allowed.includes('rating') && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run({ kind: 'rating', rating });
          }}
        >
          <fieldset className="fieldset">
            <legend>{tr.ratingLegend}</legend>
            {errors.rating && <p className="field__error">{errors.rating}</p>}
            <div className="choices">
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="choice">
                  <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} />
                  {tr.ratingOption(n)}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="button" disabled={busy}>
            {tr.rateSubmit}
          </button>
        </form>
      )}
      {allowed.includes('reopening') && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run({ kind: 'reopening', reason });
          }}
        >
          <TextField
            id="reason"
            label={tr.reopenLabel}
            hint={tr.reopenHint}
            multiline
            value={reason}
            onChange={setReason}
            error={errors.reason}
          />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {tr.reopenSubmit}
          </button>
        </form>
      )}
    </div>
  );
}

/** Whether the report is public, and the take-down request (issue 15): it comes off at once. */
function PublicRecord({ complaint: c, onTakedown }: { complaint: PublicComplaint; onTakedown: () => Promise<void> }) {
  const { t } = useI18n();
  const tr = t.citizen.track;
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <>
      <h3>{tr.publicHeading}</h3>
      <div aria-live="polite">
        {done && <p role="status" className="notice">{tr.takedownDone}</p>}
        <p data-testid="public-record">{c.published ? tr.published : tr.notPublished}</p>
      </div>
      {c.published && (
        <>
          <p className="field__hint">{tr.takedownHelp}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              onTakedown().then(
                () => setDone(true),
                () => undefined,
              ).finally(() => setBusy(false));
            }}
          >
            {tr.takedownButton}
          </button>
        </>
      )}
    </>
  );
}
