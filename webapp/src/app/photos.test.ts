import { describe, expect, it, vi } from 'vitest';
import { fitWithin, prepareAll, preparePhoto, type ImageTools, type Picture, type Size } from './photos';

/** Stand-ins for createImageBitmap and <canvas>: jsdom has neither, and the size arithmetic is what is tested. */
function fakeTools(width: number, height: number) {
  const picture: Picture = { width, height, close: vi.fn() };
  const encoded: Size[] = [];
  const tools: ImageTools = {
    decode: vi.fn(async () => picture),
    toJpeg: vi.fn(async (_p: Picture, size: Size, quality: number) => {
      encoded.push(size);
      return new Blob([`jpeg ${size.width}x${size.height} q${quality}`], { type: 'image/jpeg' });
    }),
    toDataUrl: vi.fn((_p: Picture, size: Size) => `data:image/jpeg;base64,${size.width}x${size.height}`),
  };
  return { tools, picture, encoded };
}

/** jsdom's File has no text(). */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

const photo = (name: string, type: string) => new File(['camera bytes'], name, { type, lastModified: 1 });

describe('fitWithin', () => {
  it('brings a 4000×3000 photo down to 1600×1200', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
  });

  it('keeps a portrait photo upright: 3000×4000 becomes 1200×1600', () => {
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
  });

  it('never enlarges a small picture', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(1600, 900)).toEqual({ width: 1600, height: 900 });
    expect(fitWithin(1, 1)).toEqual({ width: 1, height: 1 });
  });

  it('rounds to whole pixels and keeps at least one', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(20000, 3)).toEqual({ width: 1600, height: 1 });
  });
});

describe('preparePhoto', () => {
  it('sends a large JPEG as a 1600×1200 JPEG at quality 0.8, with a small preview', async () => {
    const { tools, picture, encoded } = fakeTools(4000, 3000);
    const prepared = await preparePhoto(photo('jalan.jpeg', 'image/jpeg'), tools);
    expect(encoded).toEqual([{ width: 1600, height: 1200 }]);
    expect(tools.toJpeg).toHaveBeenCalledWith(picture, { width: 1600, height: 1200 }, 0.8);
    expect(prepared.resized).toBe(true);
    expect(prepared.file.name).toBe('jalan.jpg');
    expect(prepared.file.type).toBe('image/jpeg');
    expect(await textOf(prepared.file)).toBe('jpeg 1600x1200 q0.8');
    expect(prepared.preview).toBe('data:image/jpeg;base64,160x120');
    expect(picture.close).toHaveBeenCalled();
  });

  it('turns a large PNG into a JPEG named .jpg', async () => {
    const { tools } = fakeTools(3200, 2400);
    const prepared = await preparePhoto(photo('layar.PNG', 'image/png'), tools);
    expect(prepared.file.name).toBe('layar.jpg');
    expect(await textOf(prepared.file)).toBe('jpeg 1600x1200 q0.8');
  });

  it('sends a picture that already fits as it was chosen, not enlarged and not re-encoded', async () => {
    const { tools, picture } = fakeTools(1024, 768);
    const chosen = photo('lampu.png', 'image/png');
    const prepared = await preparePhoto(chosen, tools);
    expect(prepared.file).toBe(chosen);
    expect(prepared.resized).toBe(false);
    expect(tools.toJpeg).not.toHaveBeenCalled();
    expect(prepared.preview).toBe('data:image/jpeg;base64,160x120');
    expect(picture.close).toHaveBeenCalled();
  });

  it('leaves a PDF untouched and does not even decode it', async () => {
    const { tools } = fakeTools(4000, 3000);
    const pdf = photo('surat.pdf', 'application/pdf');
    const prepared = await preparePhoto(pdf, tools);
    expect(prepared).toEqual({ file: pdf, original: pdf, preview: null, resized: false });
    expect(tools.decode).not.toHaveBeenCalled();
  });

  it('sends a picture the browser cannot decode as it is (the server checks it)', async () => {
    const { tools } = fakeTools(4000, 3000);
    vi.mocked(tools.decode).mockRejectedValueOnce(new DOMException('bad image', 'InvalidStateError'));
    const broken = photo('rusak.jpg', 'image/jpeg');
    const prepared = await preparePhoto(broken, tools);
    expect(prepared.file).toBe(broken);
    expect(prepared.preview).toBeNull();
  });

  it('prepares several files one after the other, in the order chosen', async () => {
    const { tools } = fakeTools(4000, 3000);
    const pdf = photo('surat.pdf', 'application/pdf');
    const prepared = await prepareAll([photo('a.jpg', 'image/jpeg'), pdf], tools);
    expect(prepared.map((p) => p.file.name)).toEqual(['a.jpg', 'surat.pdf']);
    expect(prepared[1]!.file).toBe(pdf);
  });
});
