import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { isAbortError } from '../../../api/client';
import { useErrorText } from '../../../app/ErrorPanel';
import { FormError, TextField } from '../../../app/fields';
import { useI18n } from '../../../i18n';
import { useOfficeText } from '../../../i18n/office';
import { areaBetween, centredArea, clampArea, contains, MIN_SIDE, nudged, pixelate, seededRandom, type Area, type Size } from './blur';
import { imageDataUrl } from '../../identity/office/session';
import './blurEditor.css';

/** JPEG quality of the blurred version: close to the original's look, a few hundred kB for a phone's photo. */
const JPEG_QUALITY = 0.85;

/**
 * The photo at its own size with the areas pixelated (blur.ts), drawn on `canvas`. The noise comes from `seed`, so the
 * preview and the saved picture are the same picture.
 */
function drawBlurred(canvas: HTMLCanvasElement, photo: HTMLImageElement, areas: Area[], seed: number): CanvasRenderingContext2D | null {
  const size = { width: photo.naturalWidth, height: photo.naturalHeight };
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(photo, 0, 0);
  const random = seededRandom(seed);
  for (const area of areas) {
    const a = clampArea(area, size);
    const region = ctx.getImageData(a.x, a.y, a.w, a.h);
    pixelate(region, { x: 0, y: 0, w: a.w, h: a.h }, random, size);
    ctx.putImageData(region, a.x, a.y);
  }
  return ctx;
}

/** An area's place as people read it: percentages of the photo from its left and top. */
function percent(area: Area, photo: Size) {
  const p = (v: number, of: number) => Math.round((v / of) * 100);
  return { left: p(area.x, photo.width), top: p(area.y, photo.height), width: p(area.w, photo.width), height: p(area.h, photo.height) };
}

interface Drag {
  start: { x: number; y: number };
  index: number;
  /** Moving an area from where it was; absent: drawing a new one. */
  origin?: Area;
}

/**
 * "Samarkan foto": the photo at its own size on a canvas scaled to the screen. The officer drags rectangles over faces
 * and number plates (or, by keyboard, adds an area and moves or resizes it with the arrow keys), sees them pixelated,
 * and saves: the browser encodes the result as a JPEG (which carries none of the original's metadata) and hands it
 * to `onSave` with the reason.
 */
export function BlurEditor({
  path,
  mediaType,
  fileName,
  onSave,
  onCancel,
}: {
  /** The original photo's address (the officers' attachment, read with the token). */
  path: string;
  mediaType: string;
  fileName: string;
  onSave: (photo: Blob, reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const x = useOfficeText().publication.blur;
  const errorText = useErrorText();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [photo, setPhoto] = useState<HTMLImageElement | null>(null);
  const [failed, setFailed] = useState(false);
  const [areas, setAreas] = useState<Area[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const drag = useRef<Drag | null>(null);
  const [seed] = useState(() => Math.floor(Math.random() * 2 ** 32));
  const size: Size = photo ? { width: photo.naturalWidth, height: photo.naturalHeight } : { width: 1, height: 1 };

  useEffect(() => {
    const controller = new AbortController();
    imageDataUrl(path, mediaType, controller.signal).then(
      (url) => {
        const image = new Image();
        image.onload = () => {
          if (!controller.signal.aborted) setPhoto(image);
        };
        image.onerror = () => setFailed(true);
        image.src = url;
      },
      (e: unknown) => {
        if (!isAbortError(e)) setFailed(true);
      },
    );
    return () => controller.abort();
  }, [path, mediaType]);

  useEffect(() => {
    const element = canvas.current;
    if (!element || !photo) return;
    const ctx = drawBlurred(element, photo, areas, seed);
    if (!ctx) return;
    // The outlines are the editor's, never part of the saved picture: dark under light, seen on any photo.
    const line = Math.max(2, Math.round(Math.max(element.width, element.height) / 300));
    areas.forEach((a, i) => {
      ctx.setLineDash(i === selected ? [] : [line * 3, line * 2]);
      ctx.lineWidth = line * 2;
      ctx.strokeStyle = '#0b0c0c';
      ctx.strokeRect(a.x, a.y, a.w, a.h);
      ctx.lineWidth = line;
      ctx.strokeStyle = '#ffdd00';
      ctx.strokeRect(a.x, a.y, a.w, a.h);
    });
  }, [photo, areas, selected, seed]);

  const toPhoto = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) * size.width) / (r.width || 1), y: ((e.clientY - r.top) * size.height) / (r.height || 1) };
  };
  const replace = (index: number, area: Area) => setAreas((old) => old.map((a, i) => (i === index ? area : a)));

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!photo) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const start = toPhoto(e);
    const hit = areas.map((a, i) => ({ a, i })).reverse().find(({ a }) => contains(a, start));
    if (hit) {
      drag.current = { start, index: hit.i, origin: hit.a };
      setSelected(hit.i);
    } else {
      drag.current = { start, index: areas.length };
      setAreas((old) => [...old, { ...start, w: 0, h: 0 }]);
      setSelected(areas.length);
    }
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const d = drag.current;
    if (!d) return;
    const p = toPhoto(e);
    if (d.origin) replace(d.index, clampArea({ ...d.origin, x: d.origin.x + p.x - d.start.x, y: d.origin.y + p.y - d.start.y }, size));
    else replace(d.index, areaBetween(d.start, p));
  };
  const onPointerUp = (e: PointerEvent<HTMLCanvasElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d || d.origin) return;
    const drawn = areaBetween(d.start, toPhoto(e));
    if (drawn.w < MIN_SIDE || drawn.h < MIN_SIDE) {
      // A click, not a drag: no area.
      setAreas((old) => old.filter((_, i) => i !== d.index));
      setSelected(null);
    } else {
      replace(d.index, clampArea(drawn, size));
    }
  };

  const add = () => {
    setAreas((old) => [...old, centredArea(size)]);
    setSelected(areas.length);
  };
  const remove = (index: number) => {
    setAreas((old) => old.filter((_, i) => i !== index));
    setSelected(null);
  };
  const onAreaKey = (index: number, e: KeyboardEvent<HTMLButtonElement>) => {
    const next = nudged(areas[index]!, e.key, e.shiftKey, size);
    if (!next) return;
    e.preventDefault();
    setSelected(index);
    replace(index, next);
  };

  const save = async () => {
    setError(undefined);
    setReasonError(undefined);
    if (!photo) return;
    if (areas.length === 0) {
      setError(x.noAreas);
      return;
    }
    if (reason.trim().length < 3) {
      setReasonError(t.citizen.form.tooShort(3));
      document.getElementById('blur-reason')?.focus();
      return;
    }
    setBusy(true);
    try {
      const out = document.createElement('canvas');
      drawBlurred(out, photo, areas, seed);
      const blob = await new Promise<Blob>((resolve, reject) =>
        out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', JPEG_QUALITY),
      );
      await onSave(blob, reason.trim());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="blur-editor" aria-labelledby="blur-editor-heading" data-testid="blur-editor">
      <h4 id="blur-editor-heading">{x.editorHeading(fileName)}</h4>
      <p id="blur-help" className="field__hint">
        {x.help}
      </p>
      <FormError message={error} />
      {failed && <p role="alert">{x.failed}</p>}
      {!photo && !failed && <p role="status">{x.loading}</p>}
      {photo && (
        <>
          <canvas
            ref={canvas}
            className="blur-editor__canvas"
            role="img"
            aria-label={x.canvas(fileName, areas.length)}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={() => (drag.current = null)}
          />
          <p className="actions">
            <button type="button" className="button button--secondary button--small" onClick={add}>
              {x.addArea}
            </button>
          </p>
          {areas.length > 0 && (
            <ul className="blur-editor__areas">
              {areas.map((a, i) => {
                const where = percent(a, size);
                return (
                  <li key={i}>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-pressed={selected === i}
                      aria-describedby="blur-help"
                      onClick={() => setSelected(i)}
                      onKeyDown={(e) => onAreaKey(i, e)}
                    >
                      {x.area(i + 1, where.left, where.top, where.width, where.height)}
                    </button>{' '}
                    <button type="button" className="button button--secondary button--small" onClick={() => remove(i)}>
                      {x.removeArea(i + 1)}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
      <TextField id="blur-reason" label={x.reason} required maxLength={1000} value={reason} onChange={setReason} error={reasonError} />
      <p className="actions">
        <button type="button" className="button" disabled={busy || !photo} onClick={() => void save()}>
          {x.save}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {x.cancel}
        </button>
      </p>
    </section>
  );
}
