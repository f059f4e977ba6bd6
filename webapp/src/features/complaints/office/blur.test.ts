import { describe, expect, it } from 'vitest';
import { areaBetween, blockSize, centredArea, clampArea, nudged, pixelate, seededRandom, type Pixels } from './blur';

/** A photo whose every pixel has a different colour, so that a readable detail would survive as a difference. */
function gradient(width: number, height: number): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data.set([(x * 7) % 256, (y * 11) % 256, (x * y) % 256, 255], i);
    }
  }
  return { data, width, height };
}

const pixel = (p: Pixels, x: number, y: number) => Array.from(p.data.slice((y * p.width + x) * 4, (y * p.width + x) * 4 + 4));

describe('blurring areas of a photo', () => {
  it('fills each block of an area with one colour (its average, without noise here) and leaves the rest as it was', () => {
    const photo = gradient(60, 40);
    const before = gradient(60, 40);
    const area = { x: 12, y: 6, w: 30, h: 18 };
    pixelate(photo, area, () => 0.5);
    const block = blockSize(area, photo);
    expect(block).toBe(6);
    // Every pixel of the first block has the block's average colour.
    const first = pixel(photo, 12, 6);
    for (let y = 6; y < 6 + block; y++) for (let x = 12; x < 12 + block; x++) expect(pixel(photo, x, y)).toEqual(first);
    let sum = 0;
    for (let y = 6; y < 6 + block; y++) for (let x = 12; x < 12 + block; x++) sum += pixel(before, x, y)[0]!;
    expect(first[0]).toBe(Math.round(sum / (block * block)));
    // Outside the area nothing changed.
    expect(pixel(photo, 11, 6)).toEqual(pixel(before, 11, 6));
    expect(pixel(photo, 42, 23)).toEqual(pixel(before, 42, 23));
    expect(pixel(photo, 12, 24)).toEqual(pixel(before, 12, 24));
  });

  it('adds noise to every block, the same for the same seed', () => {
    const a = gradient(60, 40);
    const b = gradient(60, 40);
    const plain = gradient(60, 40);
    const area = { x: 0, y: 0, w: 60, h: 40 };
    pixelate(a, area, seededRandom(7));
    pixelate(b, area, seededRandom(7));
    pixelate(plain, area, () => 0.5);
    expect(a.data).toEqual(b.data);
    expect(a.data).not.toEqual(plain.data);
  });

  it('uses blocks of a third of the shorter side, never finer than a hundredth of the photo', () => {
    expect(blockSize({ x: 0, y: 0, w: 300, h: 80 }, { width: 1600, height: 1200 })).toBe(27);
    expect(blockSize({ x: 0, y: 0, w: 20, h: 20 }, { width: 1600, height: 1200 })).toBe(16);
    expect(blockSize({ x: 0, y: 0, w: 9, h: 9 }, { width: 100, height: 100 })).toBe(6);
  });

  it('keeps areas inside the photo, moves and resizes them by keyboard steps', () => {
    const photo = { width: 400, height: 300 };
    expect(clampArea({ x: -20, y: 290, w: 50, h: 40 }, photo)).toEqual({ x: 0, y: 260, w: 50, h: 40 });
    expect(areaBetween({ x: 50, y: 40 }, { x: 10, y: 90 })).toEqual({ x: 10, y: 40, w: 40, h: 50 });
    const start = centredArea(photo);
    expect(start).toEqual({ x: 150, y: 113, w: 100, h: 75 });
    expect(nudged(start, 'ArrowRight', false, photo)).toEqual({ ...start, x: 158 });
    expect(nudged(start, 'ArrowUp', false, photo)).toEqual({ ...start, y: 107 });
    expect(nudged(start, 'ArrowDown', true, photo)).toEqual({ ...start, h: 81 });
    expect(nudged(start, 'ArrowLeft', true, photo)).toEqual({ ...start, w: 92 });
    expect(nudged(start, 'Enter', false, photo)).toBeNull();
    expect(nudged({ x: 396, y: 0, w: 4, h: 8 }, 'ArrowRight', false, photo)).toEqual({ x: 392, y: 0, w: 8, h: 8 });
  });
});
