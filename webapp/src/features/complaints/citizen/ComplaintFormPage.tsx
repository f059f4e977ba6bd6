import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  attachmentProblem,
  complaintBody,
  EMPTY_FORM,
  previewComplaint,
  REPORT_TYPES,
  submitComplaint,
  suggestedNotifyBy,
  type ComplaintForm,
  type PublicPreview,
  type Receipt,
} from '../../../api/complaints';
import { FileField, FormError, SelectField, TextField, type FieldErrors } from '../../../app/fields';
import type { PreparedFile } from '../../../app/photos';
import { ChosenFiles, UploadProgressBar } from '../../../app/uploads';
import { Link } from '../../../app/router';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { usePublicForm } from '../../../app/usePublicForm';
import { useI18n } from '../../../i18n';
import { formatLongDate } from '../../calendar/dates';
import { portalHref } from '../../portal/PortalNav';
import { useTenant } from '../../portal/TenantContext';
import { ReceivedFacts } from '../../calendar/ReceivedFacts';
import { LocationPicker } from './LocationPicker';

/** Fields of this form that the API can name in an error. */
export const COMPLAINT_FIELDS = [
  'type',
  'title',
  'description',
  'category',
  'location',
  'latitude',
  'longitude',
  'reporter.name',
  'reporter.phone',
  'reporter.email',
  'notifyBy',
  'attachments',
] as const;

/** Checks in the browser what the API would reject anyway, so the citizen sees it before sending. */
export function validateComplaint(
  form: ComplaintForm,
  t: ReturnType<typeof useI18n>['t'],
  offered: readonly string[] = [],
): FieldErrors {
  const e: FieldErrors = {};
  const notifyBy = suggestedNotifyBy(form, offered);
  if (notifyBy === 'EMAIL' && !form.email.trim()) e.notifyBy = t.citizen.form.notifyNeedsEmail;
  if ((notifyBy === 'SMS' || notifyBy === 'WHATSAPP') && !form.phone.trim()) e.notifyBy = t.citizen.form.notifyNeedsPhone;
  if (form.title.trim().length === 0) e.title = t.citizen.form.required;
  else if (form.title.trim().length < 5) e.title = t.citizen.form.tooShort(5);
  if (form.description.trim().length === 0) e.description = t.citizen.form.required;
  else if (form.description.trim().length < 10) e.description = t.citizen.form.tooShort(10);
  return e;
}

/** A chosen file before (or without) app/photos.ts: sent as it is, no preview. */
const asChosen = (file: File): PreparedFile => ({ file, original: file, preview: null, resized: false });

/**
 * Makes the chosen photos smaller and their previews. app/photos.ts is loaded only now, on the first pick, so the
 * portal's first load does not carry it; if it cannot load, the files go as they were chosen.
 */
function prepareFiles(files: File[]): Promise<PreparedFile[]> {
  return import('../../../app/photos').then(
    (photos) => photos.prepareAll(files),
    () => files.map(asChosen),
  );
}

/**
 * `/{slug}/lapor`: the citizen's report form (SPIKM Pasal 5a, 8: the regency's website channel). One
 * Idempotency-Key per filled form: a retry after a lost answer returns the first receipt instead of a second case.
 */
export function ComplaintFormPage({
  submit,
  heading,
  intro,
  allowAttachments = true,
}: {
  /** Another way to send it (the officers' walk-in entry); default: the public endpoint with the key. */
  submit?: (body: Record<string, unknown> | FormData) => Promise<Receipt>;
  heading?: string;
  intro?: string;
  allowAttachments?: boolean;
} = {}) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  useDocumentTitle(heading ?? t.citizen.form.title);
  const { form, setForm, set, errors, setErrors, busy, receipt, send, reset, renewKey } = usePublicForm<
    ComplaintForm,
    Receipt
  >(EMPTY_FORM, COMPLAINT_FIELDS, (field) =>
    field === 'type' ? 'type-error' : field === 'notifyBy' ? 'notifyBy-error' : field,
  );
  const [files, setFiles] = useState<PreparedFile[]>([]);
  const [preparing, setPreparing] = useState(false);
  /** The files being prepared, so that a send waits for them; a newer pick replaces it. */
  const prepared = useRef<Promise<PreparedFile[]> | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<PublicPreview | 'loading' | 'failed' | null>(null);
  const f = t.citizen.form;
  const offered = tenant.notificationChannels ?? ['EMAIL'];
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A preview of an older text would mislead: it goes when the text changes.
  useEffect(() => setPreview(null), [form.title, form.description, form.name, form.phone]);

  const showPreview = async () => {
    setPreview('loading');
    try {
      setPreview(await previewComplaint(tenant.slug, form));
    } catch {
      setPreview('failed');
    }
  };

  const showProblem = (chosen: readonly File[], problem: ReturnType<typeof attachmentProblem>) =>
    setErrors((old) => {
      const { attachments: _drop, ...rest } = old;
      if (!problem) return rest;
      const name = chosen[problem.index]?.name ?? '';
      const message =
        problem.problem === 'count'
          ? f.attachmentCount
          : problem.problem === 'type'
            ? f.attachmentType(name)
            : f.attachmentSize(name);
      return { ...rest, attachments: message };
    });

  const onFiles = (list: FileList | null) => {
    const chosen = list ? Array.from(list) : [];
    renewKey();
    setFiles(chosen.map(asChosen));
    // The count and the types now; the sizes once the photos are smaller (a 7 MB photo becomes a few hundred kB).
    const early = attachmentProblem(chosen, { sizes: false });
    showProblem(chosen, early);
    if (early || chosen.length === 0) {
      prepared.current = null;
      setPreparing(false);
      return;
    }
    setPreparing(true);
    const job = prepareFiles(chosen);
    prepared.current = job;
    void job.then((ready) => {
      if (prepared.current !== job || !mounted.current) return;
      setFiles(ready);
      setPreparing(false);
      const sent = ready.map((p) => p.file);
      showProblem(sent, attachmentProblem(sent));
    });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local = validateComplaint(form, t, offered);
    const ready = (prepared.current ? await prepared.current : files).map((p) => p.file);
    const problem = attachmentProblem(ready);
    if (problem) local.attachments = errors.attachments ?? f.attachmentCount;
    await send(local, async (key) => {
      if (submit) return submit(complaintBody(form, allowAttachments ? ready : [], offered, lang));
      const body = complaintBody(form, ready, offered, lang);
      if (!(body instanceof FormData)) return submitComplaint(tenant.slug, body, key);
      setProgress(0);
      try {
        return await submitComplaint(tenant.slug, body, key, setProgress);
      } finally {
        if (mounted.current) setProgress(null);
      }
    });
  };

  if (receipt) {
    return (
      <ReceiptView
        receipt={receipt}
        onAnother={() => {
          reset();
          setFiles([]);
          prepared.current = null;
        }}
      />
    );
  }

  const categoryOptions = [
    { value: '', label: f.categoryNone },
    ...tenant.complaintCategories.map((c) => ({
      value: c.code,
      label: lang === 'en' && c.nameEn ? c.nameEn : c.name,
    })),
  ];

  return (
    <>
      <h1>{heading ?? f.title}</h1>
      <p className="lead">{intro ?? f.intro}</p>
      <form className="form form--wide" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <FormError message={errors['']} />
        <fieldset className="fieldset">
          <legend>{f.typeLegend}</legend>
          {errors.type && (
            <p id="type-error" className="field__error">
              {errors.type}
            </p>
          )}
          <div className="choices">
            {REPORT_TYPES.map((type) => (
              <label key={type} className="choice">
                <input
                  type="radio"
                  name="type"
                  value={type}
                  checked={form.type === type}
                  onChange={() => set('type', type)}
                />
                {t.citizen.types[type]}
              </label>
            ))}
          </div>
        </fieldset>
        <SelectField
          id="category"
          label={f.category}
          value={form.category}
          onChange={(v) => set('category', v)}
          options={categoryOptions}
          error={errors.category}
        />
        <TextField
          id="title"
          label={f.titleLabel}
          hint={f.titleHint}
          required
          maxLength={200}
          value={form.title}
          onChange={(v) => set('title', v)}
          error={errors.title}
        />
        <TextField
          id="description"
          label={f.description}
          hint={f.descriptionHint}
          required
          multiline
          maxLength={5000}
          value={form.description}
          onChange={(v) => set('description', v)}
          error={errors.description}
        />
        <TextField
          id="location"
          label={f.location}
          hint={f.locationHint}
          maxLength={300}
          autoComplete="street-address"
          value={form.location}
          onChange={(v) => set('location', v)}
          error={errors.location}
        />
        <LocationPicker
          latitude={form.latitude}
          longitude={form.longitude}
          errors={errors}
          onChange={(latitude, longitude) => setForm((old) => ({ ...old, latitude, longitude }))}
        />
        {allowAttachments && (
        <FileField
          id="attachments"
          label={f.attachments}
          hint={f.attachmentsHint}
          error={errors.attachments}
          multiple
          accept="image/jpeg,image/png,application/pdf"
          onFiles={onFiles}
        />
        )}
        {allowAttachments && (
          <ChosenFiles
            files={files}
            label={f.chosenFiles}
            previewAlt={f.previewAlt}
            resized={f.resized}
            locale={t.locale}
          />
        )}
        <fieldset className="fieldset">
          <legend>{f.privacyLegend}</legend>
          <div className="check">
            <input
              id="anonymous"
              type="checkbox"
              checked={form.anonymous}
              aria-describedby="anonymous-help"
              onChange={(e) => set('anonymous', e.target.checked)}
            />
            <label htmlFor="anonymous">{f.anonymous}</label>
            <p id="anonymous-help" className="field__hint">
              {f.anonymousHelp}
            </p>
          </div>
          <div className="check">
            <input
              id="confidential"
              type="checkbox"
              checked={form.confidential}
              aria-describedby="confidential-help"
              onChange={(e) => set('confidential', e.target.checked)}
            />
            <label htmlFor="confidential">{f.confidential}</label>
            <p id="confidential-help" className="field__hint">
              {f.confidentialHelp}
            </p>
          </div>
          <div className="check">
            <input
              id="publicDeclined"
              type="checkbox"
              checked={form.publicDeclined}
              aria-describedby="publicDeclined-help"
              onChange={(e) => set('publicDeclined', e.target.checked)}
            />
            <label htmlFor="publicDeclined">{f.publicDeclined}</label>
            <p id="publicDeclined-help" className="field__hint">
              {f.publicDeclinedHelp}
            </p>
          </div>
        </fieldset>
        {!submit && (
          <PublicPreviewPanel
            preview={preview}
            notPublic={form.confidential || form.publicDeclined}
            onShow={() => void showPreview()}
          />
        )}
        <fieldset className="fieldset">
          <legend>{f.contactLegend}</legend>
          <p className="field__hint">{f.contactHelp}</p>
          <TextField
            id="reporter.name"
            label={f.name}
            autoComplete="name"
            maxLength={120}
            value={form.name}
            onChange={(v) => set('name', v)}
            error={errors['reporter.name']}
          />
          <TextField
            id="reporter.phone"
            label={f.phone}
            hint={f.phoneHint}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={form.phone}
            onChange={(v) => set('phone', v)}
            error={errors['reporter.phone']}
          />
          <TextField
            id="reporter.email"
            label={f.email}
            type="email"
            inputMode="email"
            autoComplete="email"
            value={form.email}
            onChange={(v) => set('email', v)}
            error={errors['reporter.email']}
          />
          <NotifyChoice
            value={suggestedNotifyBy(form, offered)}
            offered={offered}
            error={errors.notifyBy}
            onChange={(v) => set('notifyBy', v)}
          />
        </fieldset>
        {progress !== null && (
          <UploadProgressBar percent={progress} label={f.uploadLabel} spoken={f.uploadPercent} done={f.uploadDone} />
        )}
        <button type="submit" className="button" disabled={busy || preparing}>
          {busy ? f.submitting : preparing ? f.preparingPhotos : f.submit}
        </button>
      </form>
    </>
  );
}

/** "Kabar tentang laporan Anda": the channel the reporter hears back on (issue 16), or none. */
export function NotifyChoice({
  value,
  offered,
  error,
  onChange,
}: {
  value: string;
  offered: readonly string[];
  error?: string;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const f = t.citizen.form;
  const label: Record<string, string> = {
    EMAIL: f.notifyEmail,
    SMS: f.notifySms,
    WHATSAPP: f.notifyWhatsapp,
    NONE: f.notifyNone,
  };
  return (
    <fieldset className="choice" aria-describedby={error ? 'notifyBy-error' : 'notifyBy-help'}>
      <legend>{f.notifyLegend}</legend>
      <p id="notifyBy-help" className="field__hint">
        {f.notifyHelp}
      </p>
      {[...offered, 'NONE'].map((c) => (
        <div className="check" key={c}>
          <input
            id={`notifyBy-${c}`}
            type="radio"
            name="notifyBy"
            value={c}
            checked={value === c}
            onChange={() => onChange(c)}
          />
          <label htmlFor={`notifyBy-${c}`}>{label[c] ?? c}</label>
        </div>
      ))}
      {error && (
        <p id="notifyBy-error" className="field__error" tabIndex={-1}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * "Begini laporan Anda akan tampil untuk publik": the title and text as the detector would mask them (issue 15).
 * Shown before sending; the central administrator still decides what is published.
 */
export function PublicPreviewPanel({
  preview,
  notPublic,
  onShow,
}: {
  preview: PublicPreview | 'loading' | 'failed' | null;
  notPublic: boolean;
  onShow: () => void;
}) {
  const { t } = useI18n();
  const f = t.citizen.form;
  return (
    <section className="fieldset" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{f.previewLegend}</h2>
      {notPublic ? (
        <p className="field__hint">{f.previewNotPublic}</p>
      ) : (
        <>
          <p className="field__hint">{f.previewHelp}</p>
          <button type="button" className="button button--secondary" onClick={onShow}>
            {f.previewButton}
          </button>
          <div aria-live="polite">
            {preview === 'loading' && <p>{f.previewLoading}</p>}
            {preview === 'failed' && <p>{f.previewFailed}</p>}
            {preview && typeof preview === 'object' && (
              <div className="preview" data-testid="public-preview">
                <dl className="facts">
                  <div className="facts__row">
                    <dt>{f.previewTitle}</dt>
                    <dd>{preview.title}</dd>
                  </div>
                  <div className="facts__row">
                    <dt>{f.previewText}</dt>
                    <dd className="preview__text">{preview.text}</dd>
                  </div>
                </dl>
                {preview.findings.length === 0 ? (
                  <p>{f.previewNothing}</p>
                ) : (
                  <>
                    <p>{f.previewFound}</p>
                    <ul>
                      {preview.findings.map((x) => (
                        <li key={x.kind}>
                          {t.citizen.findingKinds[x.kind] ?? x.label} ({x.count})
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function ReceiptView({ receipt, onAnother }: { receipt: Receipt; onAnother: () => void }) {
  const tenant = useTenant();
  const { t } = useI18n();
  const r = t.citizen.receipt;
  useDocumentTitle(r.title);
  return (
    <section className="panel receipt" aria-labelledby="receipt-heading">
      <h1 id="receipt-heading">{r.heading}</h1>
      <dl className="facts">
        <div className="facts__row">
          <dt>{r.number}</dt>
          <dd className="receipt__value" data-testid="tracking-number">
            {receipt.trackingNumber}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{r.code}</dt>
          <dd className="receipt__value" data-testid="access-code">
            {receipt.accessCode}
          </dd>
        </div>
        <ReceivedFacts receivedOn={receipt.receivedOn} countingStartsOn={receipt.countingStartsOn} />
        {receipt.verifyDue && (
          <div className="facts__row">
            <dt>{r.verifyDue}</dt>
            <dd>{formatLongDate(receipt.verifyDue, t.locale)}</dd>
          </div>
        )}
      </dl>
      <p className="notice" role="note">
        {r.note}
      </p>
      <p className="actions">
        <Link className="button" href={`${portalHref(tenant.slug, 'track')}?nomor=${encodeURIComponent(receipt.trackingNumber)}`}>
          {r.track}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {r.another}
        </button>
      </p>
    </section>
  );
}
