import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { imageDataUrl } from '../../identity/office/session';

/** The large viewer, a chunk of its own: most visits to a case never open it. */
const PhotoViewer = lazy(() => import('./PhotoViewer'));

/** A photo the viewer can show: where to fetch it (with the token), its type and its file name. */
export interface ViewablePhoto {
  path: string;
  mediaType: string;
  fileName: string;
}

/**
 * A photo attached to the case, shown small. Fetched with the token (imageDataUrl) once it comes near the screen,
 * as `loading="lazy"` would do for a plain <img>; a photo that cannot be fetched leaves only its download button.
 * With `onOpen` it is a button (named by `openLabel`, e.g. "Perbesar foto lampu.png") that opens the viewer.
 */
export function AttachmentThumbnail({
  path,
  mediaType,
  alt,
  openLabel,
  onOpen,
}: {
  path: string;
  mediaType: string;
  alt: string;
  openLabel?: string;
  onOpen?: (opener: HTMLElement) => void;
}) {
  const [src, setSrc] = useState<string | null>(null);
  const spot = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const controller = new AbortController();
    const load = () =>
      imageDataUrl(path, mediaType, controller.signal).then(
        (url) => !controller.signal.aborted && setSrc(url),
        () => undefined,
      );
    const el = spot.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      void load();
      return () => controller.abort();
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void load();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      controller.abort();
    };
  }, [path, mediaType]);
  const image = src && <img className="attachment-thumb" src={src} alt={alt} loading="lazy" data-testid="attachment-thumbnail" />;
  return (
    <span ref={spot} className="attachment-thumb__spot">
      {image && onOpen ? (
        <button type="button" className="attachment-thumb__button" aria-label={openLabel ?? alt} onClick={(e) => onOpen(e.currentTarget)}>
          {image}
        </button>
      ) : (
        image
      )}
    </span>
  );
}

/**
 * The viewer for a list of photos: `open(index, opener)` shows photo `index` large; on closing, focus goes back to
 * `opener` (the thumbnail). Render `viewer` somewhere on the page.
 */
export function usePhotoViewer(photos: ViewablePhoto[]): { open: (index: number, opener: HTMLElement) => void; viewer: ReactNode } {
  const [shown, setShown] = useState<{ index: number; opener: HTMLElement } | null>(null);
  const open = useCallback((index: number, opener: HTMLElement) => setShown({ index, opener }), []);
  const viewer = shown && (
    <Suspense fallback={null}>
      <PhotoViewer photos={photos} start={shown.index} returnFocus={shown.opener} onClose={() => setShown(null)} />
    </Suspense>
  );
  return { open, viewer };
}
