import { useEffect, useRef, useState } from 'react';
import { imageDataUrl } from './session';

/**
 * A photo attached to the case, shown small. Fetched with the token (imageDataUrl) once it comes near the screen,
 * as `loading="lazy"` would do for a plain <img>; a photo that cannot be fetched leaves only its download button.
 */
export function AttachmentThumbnail({ path, mediaType, alt }: { path: string; mediaType: string; alt: string }) {
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
  return (
    <span ref={spot} className="attachment-thumb__spot">
      {src && <img className="attachment-thumb" src={src} alt={alt} loading="lazy" data-testid="attachment-thumbnail" />}
    </span>
  );
}
