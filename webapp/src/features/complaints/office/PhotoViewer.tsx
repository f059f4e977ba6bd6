import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useOfficeText } from '../../../i18n/office';
import type { ViewablePhoto } from './AttachmentThumbnail';
import { imageDataUrl } from '../../identity/office/session';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A case's photos, one at a time and as large as the window allows: a modal dialog named by the file name. Focus
 * starts on "Tutup" and stays inside while it is open; Escape or "Tutup" closes it and focus goes back to
 * `returnFocus` (the thumbnail that opened it). With several photos, "Foto sebelumnya" / "Foto berikutnya" (and
 * the arrow keys) go round them.
 */
export default function PhotoViewer({
  photos,
  start,
  returnFocus,
  onClose,
}: {
  photos: ViewablePhoto[];
  start: number;
  returnFocus?: HTMLElement | null;
  onClose: () => void;
}) {
  const v = useOfficeText().case;
  const [index, setIndex] = useState(start);
  const [image, setImage] = useState<{ index: number; src: string | null }>({ index: -1, src: null });
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const photo = photos[index];
  const several = photos.length > 1;

  useEffect(() => {
    const back = returnFocus ?? (document.activeElement as HTMLElement | null);
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    close.current?.focus();
    return () => {
      document.body.style.overflow = overflow;
      back?.focus();
    };
  }, [returnFocus]);

  const path = photo?.path;
  const mediaType = photo?.mediaType;
  useEffect(() => {
    if (!path || !mediaType) return;
    const controller = new AbortController();
    imageDataUrl(path, mediaType, controller.signal).then(
      (src) => !controller.signal.aborted && setImage({ index, src }),
      () => !controller.signal.aborted && setImage({ index, src: null }),
    );
    return () => controller.abort();
  }, [path, mediaType, index]);

  const go = (step: number) => setIndex((i) => (i + step + photos.length) % photos.length);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (several && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      e.preventDefault();
      go(e.key === 'ArrowRight' ? 1 : -1);
    } else if (e.key === 'Tab') {
      const items = Array.from(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []);
      if (items.length === 0) return;
      const first = items[0];
      const last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  };

  if (!photo) return null;
  const loaded = image.index === index;
  return createPortal(
    <div
      className="photo-viewer"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div ref={dialog} role="dialog" aria-modal="true" aria-labelledby={titleId} className="photo-viewer__dialog" onKeyDown={onKeyDown}>
        <div className="photo-viewer__bar">
          <h2 id={titleId} className="photo-viewer__title">
            {photo.fileName}
          </h2>
          {several && (
            <p className="muted photo-viewer__position" aria-live="polite">
              {v.viewer.position(index + 1, photos.length)}
            </p>
          )}
          <button ref={close} type="button" className="button button--secondary button--small" onClick={onClose}>
            {v.viewer.close}
          </button>
        </div>
        <div className="photo-viewer__stage">
          {loaded && image.src ? (
            <img src={image.src} alt={v.thumbnailAlt(photo.fileName)} data-testid="photo-viewer-image" />
          ) : (
            <p role="status">{loaded ? v.viewer.failed : v.viewer.loading}</p>
          )}
        </div>
        {several && (
          <p className="actions photo-viewer__nav">
            <button type="button" className="button button--secondary" onClick={() => go(-1)}>
              {v.viewer.previous}
            </button>
            <button type="button" className="button button--secondary" onClick={() => go(1)}>
              {v.viewer.next}
            </button>
          </p>
        )}
      </div>
    </div>,
    document.body,
  );
}
