import { useState, type FormEvent } from 'react';
import { ErrorPanel, Loading, useErrorText } from '../../../app/ErrorPanel';
import { FormError, TextField } from '../../../app/fields';
import { useAsync } from '../../../app/useAsync';
import { useI18n } from '../../../i18n';
import { useOfficeText } from '../../../i18n/office';
import { useTenant } from '../../portal/TenantContext';
import { getPublication, publish, unpublish, type Publication } from './api';
import { PublicationPhotos, type PhotoChoice } from './PublicationPhotos';

/**
 * "Publikasi" (issue 15): the central administrator publishes, updates or takes down a report's public version. The
 * form starts from the pre-masked title and text (or the published version), lists what was masked in plain words,
 * asks public / public blurred / not public for every photo (PublicationPhotos), and a reason for every act; the
 * moderation log is below.
 */
export function PublicationPanel({ complaintId }: { complaintId: string }) {
  const tenant = useTenant();
  const o = useOfficeText();
  const { state, reload } = useAsync((signal) => getPublication(tenant.slug, complaintId, signal), complaintId);
  const [updated, setUpdated] = useState<Publication | null>(null);
  // A blurred photo stored or removed: the new state without "Publikasi tersimpan" (the photos say their own).
  const [photoUpdated, setPhotoUpdated] = useState<Publication | null>(null);
  const p = photoUpdated ?? updated ?? (state.status === 'ok' ? state.data : null);
  return (
    <section className="panel" aria-labelledby="publication-heading" data-testid="publication-panel">
      <h2 id="publication-heading" className="panel__title">
        {o.publication.heading}
      </h2>
      {state.status === 'loading' && !p && <Loading />}
      {state.status === 'error' && !p && <ErrorPanel error={state.error} onRetry={reload} />}
      {updated && (
        <p role="status" className="notice">
          {o.publication.done}
        </p>
      )}
      {p && (
        <PublicationForm
          // A new form after a publication act; a photo act keeps what is being typed.
          key={`${p.status}-${p.log.filter((e) => e.photo == null).length}`}
          publication={p}
          complaintId={complaintId}
          onSaved={(next) => {
            setPhotoUpdated(null);
            setUpdated(next);
          }}
          onPhotoStored={setPhotoUpdated}
        />
      )}
    </section>
  );
}

function PublicationForm({
  publication: p,
  complaintId,
  onSaved,
  onPhotoStored,
}: {
  publication: Publication;
  complaintId: string;
  onSaved: (p: Publication) => void;
  onPhotoStored: (p: Publication) => void;
}) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const o = useOfficeText();
  const x = o.publication;
  const errorText = useErrorText();
  const published = p.status === 'PUBLISHED';
  const [title, setTitle] = useState(p.title ?? p.proposedTitle.text);
  const [text, setText] = useState(p.text ?? p.proposedText.text);
  const [photos, setPhotos] = useState<number[]>(p.publicAttachments);
  const [showLocation, setShowLocation] = useState(p.publicLocation ?? true);
  const [blurred, setBlurred] = useState<number[]>(p.blurredAttachments);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const findings = [...p.proposedTitle.findings, ...p.proposedText.findings].reduce<Record<string, number>>(
    (all, f) => ({ ...all, [f.kind]: (all[f.kind] ?? 0) + f.count }),
    {},
  );

  const run = async (call: () => Promise<Publication>) => {
    setError(undefined);
    setReasonError(undefined);
    if (reason.trim().length < 3) {
      setReasonError(t.citizen.form.tooShort(3));
      document.getElementById('publication-reason')?.focus();
      return;
    }
    setBusy(true);
    try {
      const next = await call();
      onSaved(next);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const onPublish = (e: FormEvent) => {
    e.preventDefault();
    if (blurred.some((n) => !p.blurredPhotos.some((b) => b.position === n))) {
      setError(x.blur.missing);
      return;
    }
    void run(() =>
      publish(tenant.slug, complaintId, {
        title,
        text,
        publicAttachments: photos,
        ...(p.hasPoint ? { publicLocation: showLocation } : {}),
        reason: reason.trim(),
        blurredAttachments: blurred,
      }),
    );
  };

  const choose = (position: number, choice: PhotoChoice) => {
    setPhotos((old) => [...old.filter((n) => n !== position), ...(choice === 'public' ? [position] : [])]);
    setBlurred((old) => [...old.filter((n) => n !== position), ...(choice === 'blurred' ? [position] : [])]);
  };

  return (
    <>
      <p>{x.intro}</p>
      <dl className="facts">
        <div className="facts__row">
          <dt>{x.status}</dt>
          <dd data-testid="publication-status">{x.statuses[p.status] ?? p.status}</dd>
        </div>
      </dl>
      {p.refusal ? (
        <p className="notice" role="note" data-testid="publication-refusal">
          {x.refused}: {lang === 'en' ? p.refusal.en : p.refusal.id}
        </p>
      ) : (
        <form className="form" noValidate onSubmit={onPublish}>
          <FormError message={error} />
          <h3>{x.found}</h3>
          {Object.keys(findings).length === 0 ? (
            <p>{x.nothingFound}</p>
          ) : (
            <ul data-testid="publication-findings">
              {Object.entries(findings).map(([kind, count]) => (
                <li key={kind}>
                  {t.citizen.findingKinds[kind] ?? kind} ({count})
                </li>
              ))}
            </ul>
          )}
          <TextField id="publication-title" label={x.title} required maxLength={200} value={title} onChange={setTitle} />
          <TextField id="publication-text" label={x.text} required multiline maxLength={5000} value={text} onChange={setText} />
          {p.attachments.length > 0 && (
            <PublicationPhotos
              publication={p}
              complaintId={complaintId}
              asSent={photos}
              blurred={blurred}
              onChoose={choose}
              onStored={onPhotoStored}
            />
          )}
          {p.hasPoint && (
            <div className="check">
              <input
                type="checkbox"
                id="publication-location"
                checked={showLocation}
                onChange={(e) => setShowLocation(e.target.checked)}
              />
              <label htmlFor="publication-location">{x.showLocation}</label>
            </div>
          )}
          <TextField
            id="publication-reason"
            label={x.reason}
            required
            maxLength={1000}
            value={reason}
            onChange={setReason}
            error={reasonError}
          />
          <p className="actions">
            <button type="submit" className="button" disabled={busy}>
              {published ? x.update : x.publish}
            </button>
            {published && (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => void run(() => unpublish(tenant.slug, complaintId, reason.trim()))}
              >
                {x.unpublish}
              </button>
            )}
          </p>
        </form>
      )}
      <h3>{x.log}</h3>
      {p.log.length === 0 ? (
        <p>{x.noLog}</p>
      ) : (
        <ol className="history" data-testid="moderation-log">
          {p.log.map((e) => (
            <li key={e.seq}>
              <time dateTime={e.at}>{new Date(e.at).toLocaleString(t.locale)}</time> · {x.acts[e.act] ?? e.act}
              {e.photo != null && ` (${x.blur.photoNumber(e.photo)})`} · {e.actor} · {e.reason}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
