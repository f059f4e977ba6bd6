/**
 * Making areas of a photo unreadable before it is public (issue 15): faces and number plates. Pure functions on
 * pixels and rectangles, so that they are tested without a canvas; BlurEditor draws with them.
 *
 * An area is pixelated in coarse blocks: each block takes the average colour of its pixels plus random noise. The
 * blocks are large (a third of the area's shorter side, so an eye or a plate's character is about one block) and the
 * noise is drawn anew each time, so that de-pixelation by matching known fonts or faces (as Depix does with small
 * blocks of plain averages) has nothing exact to match. Blurring with the canvas's `filter` would look softer but
 * is not in every phone's browser, and a light blur can be reversed.
 */

/** A rectangle on the photo, in the photo's own pixels. */
export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Size {
  width: number;
  height: number;
}

/** RGBA pixels, as a canvas's ImageData holds them. */
export interface Pixels extends Size {
  data: Uint8ClampedArray;
}

/** The smallest area worth keeping, in photo pixels: a drag shorter than this was a click. */
export const MIN_SIDE = 8;
/** How far one press of an arrow key moves or resizes an area: a fiftieth of the photo's side. */
export const STEP = 0.02;
/** How much each colour channel of a block may be off its average, either way. */
const NOISE = 24;

/** The side of the blocks an area is pixelated in. */
export function blockSize(area: Area, photo: Size): number {
  return Math.max(6, Math.ceil(Math.min(area.w, area.h) / 3), Math.ceil(Math.max(photo.width, photo.height) / 100));
}

/** The area inside the photo, with whole pixels and at least MIN_SIDE on each side (when the photo allows). */
export function clampArea(area: Area, photo: Size): Area {
  const w = Math.round(Math.min(Math.max(area.w, Math.min(MIN_SIDE, photo.width)), photo.width));
  const h = Math.round(Math.min(Math.max(area.h, Math.min(MIN_SIDE, photo.height)), photo.height));
  const x = Math.round(Math.min(Math.max(area.x, 0), photo.width - w));
  const y = Math.round(Math.min(Math.max(area.y, 0), photo.height - h));
  return { x, y, w, h };
}

/** The rectangle between two points (a drag, either way). */
export function areaBetween(a: { x: number; y: number }, b: { x: number; y: number }): Area {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(b.x - a.x), h: Math.abs(b.y - a.y) };
}

/** A new area in the middle of the photo, a quarter of its sides: what "add an area" places. */
export function centredArea(photo: Size): Area {
  const w = Math.max(MIN_SIDE, Math.round(photo.width / 4));
  const h = Math.max(MIN_SIDE, Math.round(photo.height / 4));
  return clampArea({ x: (photo.width - w) / 2, y: (photo.height - h) / 2, w, h }, photo);
}

/** The area after an arrow key: moved, or with Shift resized, by STEP of the photo's side. */
export function nudged(area: Area, key: string, resize: boolean, photo: Size): Area | null {
  const dx = Math.max(1, Math.round(photo.width * STEP));
  const dy = Math.max(1, Math.round(photo.height * STEP));
  const [ox, oy] = ({ ArrowLeft: [-dx, 0], ArrowRight: [dx, 0], ArrowUp: [0, -dy], ArrowDown: [0, dy] } as Record<string, [number, number]>)[key] ?? [0, 0];
  if (ox === 0 && oy === 0) return null;
  return clampArea(resize ? { ...area, w: area.w + ox, h: area.h + oy } : { ...area, x: area.x + ox, y: area.y + oy }, photo);
}

/** Whether a point of the photo is inside the area. */
export function contains(area: Area, point: { x: number; y: number }): boolean {
  return point.x >= area.x && point.x <= area.x + area.w && point.y >= area.y && point.y <= area.y + area.h;
}

/**
 * Numbers in [0, 1) from a seed (mulberry32): the same noise for every drawing of one editing session, so the preview
 * does not flicker while areas move; the seed is random, so the noise cannot be known afterwards.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Pixelates the area of the pixels in place: blocks of blockSize (for a photo of `photo`'s size, the pixels being
 * the whole photo or a part of it), each filled with its average colour plus noise (`random` gives numbers in
 * [0, 1)). Alpha is left as it is.
 */
export function pixelate(pixels: Pixels, area: Area, random: () => number, photo: Size = pixels): void {
  const { data, width } = pixels;
  const a = clampArea(area, pixels);
  const block = blockSize(a, photo);
  for (let by = a.y; by < a.y + a.h; by += block) {
    for (let bx = a.x; bx < a.x + a.w; bx += block) {
      const xEnd = Math.min(bx + block, a.x + a.w);
      const yEnd = Math.min(by + block, a.y + a.h);
      const sum = [0, 0, 0];
      let n = 0;
      for (let y = by; y < yEnd; y++) {
        for (let x = bx; x < xEnd; x++) {
          const i = (y * width + x) * 4;
          sum[0]! += data[i]!;
          sum[1]! += data[i + 1]!;
          sum[2]! += data[i + 2]!;
          n++;
        }
      }
      const colour = sum.map((s) => s / n + (random() * 2 - 1) * NOISE);
      for (let y = by; y < yEnd; y++) {
        for (let x = bx; x < xEnd; x++) {
          const i = (y * width + x) * 4;
          data[i] = colour[0]!;
          data[i + 1] = colour[1]!;
          data[i + 2] = colour[2]!;
        }
      }
    }
  }
}
