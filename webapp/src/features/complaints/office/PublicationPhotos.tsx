import { useState } from 'react';
import { useErrorText } from '../../../app/ErrorPanel';
import { FormError, TextField } from '../../../app/fields';
import { useI18n } from '../../../i18n';
import { useOfficeText } from '../../../i18n/office';
import { useTenant } from '../../portal/TenantContext';
import { attachmentPath, blurredPhotoPath, removeBlurredPhoto, saveBlurredPhoto, type Publication } from './api';
import { AttachmentThumbnail, usePhotoViewer } from './AttachmentThumbnail';
import { BlurEditor } from './BlurEditor';

/** How one photo is public: as sent, only as its blurred version, or not at all. */
export type PhotoChoice = 'public' | 'blurred' | 'private';

export function choiceOf(position: number, asSent: number[], blurred: number[]): PhotoChoice {
  if (blurred.includes(position)) return 'blurred';
  return asSent.includes(position) ? 'public' : 'private';
}

/**
 * The photos of the publish form: for each, "Untuk publik", "Untuk publik, disamarkan" or "Tidak untuk publik". A
 * photo to be shown blurred needs its blurred version, made in BlurEditor and stored at once (with its own reason,
 * logged and audited); the choices themselves are sent with the publication. A stored blurred version can be
 * removed, with a reason.
 */
export function PublicationPhotos({
  publication: p,
  complaintId,
  asSent,
  blurred,
  onChoose,
  onStored,
}: {
  publication: Publication;
  complaintId: string;
  asSent: number[];
  blurred: number[];
  onChoose: (position: number, choice: PhotoChoice) => void;
  /** The publication as the server has it after a blurred version was stored or removed. */
  onStored: (p: Publication) => void;
}) {
  const tenant = useTenant();
  const { t } = useI18n();
  const o = useOfficeText();
  const x = o.publication;
  const errorText = useErrorText();
  const [editing, setEditing] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [removal, setRemoval] = useState<Record<number, string>>({});
  const [removalError, setRemovalError] = useState<Record<number, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  // The stored blurred versions, to look at large before publishing.
  const blurredShown = p.attachments
    .filter((a) => p.blurredPhotos.some((b) => b.position === a.position))
    .map((a) => {
      const stored = p.blurredPhotos.find((b) => b.position === a.position)!;
      return { position: a.position, path: blurredPhotoPath(tenant.slug, complaintId, a.position), mediaType: stored.mediaType, fileName: a.fileName };
    });
  const viewer = usePhotoViewer(blurredShown);

  const remove = async (position: number, fileName: string) => {
    const reason = (removal[position] ?? '').trim();
    setNotice(undefined);
    setError(undefined);
    if (reason.length < 3) {
      setRemovalError((old) => ({ ...old, [position]: t.citizen.form.tooShort(3) }));
      document.getElementById(`photo-${position}-removal`)?.focus();
      return;
    }
    setRemovalError((old) => ({ ...old, [position]: undefined }));
    setBusy(true);
    try {
      onStored(await removeBlurredPhoto(tenant.slug, complaintId, position, reason));
      setRemoval((old) => ({ ...old, [position]: '' }));
      setNotice(x.blur.removed(fileName));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="fieldset">
      <legend>{x.photos}</legend>
      <p className="field__hint">{x.photosHint}</p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <FormError message={error} />
      {p.attachments.map((a) => {
        const image = a.mediaType.startsWith('image/');
        const choice = choiceOf(a.position, asSent, blurred);
        const stored = p.blurredPhotos.find((b) => b.position === a.position);
        const name = `photo-${a.position}`;
        const radio = (value: PhotoChoice, label: string) => (
          <div className="check">
            <input type="radio" id={`${name}-${value}`} name={name} checked={choice === value} onChange={() => onChoose(a.position, value)} />
            <label htmlFor={`${name}-${value}`}>{label}</label>
          </div>
        );
        return (
          <fieldset key={a.position} className="fieldset">
            <legend>{a.fileName}</legend>
            {image ? (
              <>
                {radio('public', x.photoPublic)}
                {radio('blurred', x.blur.photoBlurred)}
                {radio('private', x.photoNotPublic)}
                {stored && (
                  <>
                    <AttachmentThumbnail
                      key={stored.sha256}
                      path={blurredPhotoPath(tenant.slug, complaintId, a.position)}
                      mediaType={stored.mediaType}
                      alt={x.blur.storedAlt(a.fileName)}
                      openLabel={o.case.enlarge(a.fileName)}
                      onOpen={(opener) => viewer.open(blurredShown.findIndex((s) => s.position === a.position), opener)}
                    />
                    <p className="field__hint">{choice === 'blurred' ? x.blur.stored : x.blur.stillUsed}</p>
                  </>
                )}
                {choice === 'blurred' && !stored && <p className="field__hint">{x.blur.none}</p>}
                {choice === 'blurred' && editing !== a.position && (
                  <p className="actions">
                    <button type="button" className="button button--secondary button--small" onClick={() => setEditing(a.position)}>
                      {stored ? x.blur.edit : x.blur.open}
                    </button>
                  </p>
                )}
                {editing === a.position && (
                  <BlurEditor
                    path={attachmentPath(tenant.slug, complaintId, a.position)}
                    mediaType={a.mediaType}
                    fileName={a.fileName}
                    onCancel={() => setEditing(null)}
                    onSave={async (photo, reason) => {
                      setNotice(undefined);
                      onStored(await saveBlurredPhoto(tenant.slug, complaintId, a.position, photo, reason));
                      setEditing(null);
                      setNotice(x.blur.saved(a.fileName));
                    }}
                  />
                )}
                {stored && choice !== 'blurred' && (
                  <>
                    <TextField
                      id={`photo-${a.position}-removal`}
                      label={x.blur.removeReason}
                      maxLength={1000}
                      value={removal[a.position] ?? ''}
                      onChange={(v) => setRemoval((old) => ({ ...old, [a.position]: v }))}
                      error={removalError[a.position]}
                    />
                    <p className="actions">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={busy}
                        onClick={() => void remove(a.position, a.fileName)}
                      >
                        {x.blur.remove}
                      </button>
                    </p>
                  </>
                )}
              </>
            ) : (
              <p>{x.notAPhoto}</p>
            )}
          </fieldset>
        );
      })}
      {viewer.viewer}
    </fieldset>
  );
}
