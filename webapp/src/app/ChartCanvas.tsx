import { useEffect, useRef, useState } from 'react';

/**
 * A chart drawn by a lazily loaded chunk (Chart.js) on a canvas. Until the chunk has drawn, or if it never comes, the
 * canvas is empty and hidden from assistive technology; drawn, it is an image that names the figure and points at
 * the table with the same figures (`aria-details`). It is drawn again only when the figures change.
 *
 * @param draw draws the figures on the canvas with the loaded chunk and answers how to remove the chart
 */
export function ChartCanvas<F>({
  figures,
  label,
  tableId,
  draw,
}: {
  figures: F;
  label: string;
  tableId: string;
  draw: (canvas: HTMLCanvasElement, figures: F) => Promise<() => void>;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const key = JSON.stringify(figures);
  const drawRef = useRef(draw);
  drawRef.current = draw;
  useEffect(() => {
    let remove: (() => void) | undefined;
    let gone = false;
    if (canvas.current) {
      drawRef.current(canvas.current, JSON.parse(key) as F).then(
        (undraw) => {
          if (gone) {
            undraw();
            return;
          }
          remove = undraw;
          setDrawn(true);
        },
        // No chart: the table has the figures.
        () => undefined,
      );
    }
    return () => {
      gone = true;
      remove?.();
    };
  }, [key]);
  return (
    <canvas
      ref={canvas}
      role={drawn ? 'img' : undefined}
      aria-label={drawn ? label : undefined}
      aria-details={drawn ? tableId : undefined}
      aria-hidden={drawn ? undefined : true}
    />
  );
}
