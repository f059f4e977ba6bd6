/**
 * Photos made smaller in the browser before they are sent (issue 15, item 6): a phone camera's 4000×3000 JPEG of
 * 3–5 MB takes minutes on slow 3G, the same scene at 1600 px and JPEG quality 0.8 a few hundred kB. Only JPEG and PNG
 * are touched; a PDF, or an image that already fits, goes as it was chosen (never enlarged, never re-encoded). A
 * picture the browser cannot decode is sent as it is too: the server checks every file anyway.
 *
 * Loaded with import() when a citizen picks files, so the portal's first load does not carry it.
 */

/** The longest side a sent photo may have, in pixels: enough to read a sign or see a pothole. */
export const MAX_SIDE = 1600;
export const JPEG_QUALITY = 0.8;
/** The longest side of the preview shown next to the form (a data: URL: the CSP allows `img-src 'self' data:`). */
export const PREVIEW_SIDE = 160;
const RESIZABLE = ['image/jpeg', 'image/png'];

export interface Size {
  width: number;
  height: number;
}

/** The size that fits `max` on its longest side with the same proportions; a smaller picture keeps its size. */
export function fitWithin(width: number, height: number, max: number = MAX_SIDE): Size {
  const longest = Math.max(width, height);
  if (longest <= max) return { width, height };
  const scale = max / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A decoded picture: its size, and `close` to free its memory (a cheap phone has little). */
export interface Picture extends Size {
  close(): void;
}

/** What the resizer needs from the browser; tests give their own. */
export interface ImageTools<P extends Picture = Picture> {
  decode(file: Blob): Promise<P>;
  /** The picture drawn at the size on white (a PNG's transparent parts would turn black in a JPEG), as a JPEG. */
  toJpeg(picture: P, size: Size, quality: number): Promise<Blob>;
  /** The same as a data: URL, for the preview. */
  toDataUrl(picture: P, size: Size, quality: number): string;
}

/** A chosen file as it will be sent: the file (resized or the original), a preview for images, and what was done. */
export interface PreparedFile {
  file: File;
  original: File;
  /** A small JPEG data: URL of an image; null for a PDF or a picture the browser could not decode. */
  preview: string | null;
  resized: boolean;
}

function drawn(bitmap: ImageBitmap, size: Size): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  return canvas;
}

/** The browser's own: createImageBitmap (which turns the picture as its EXIF orientation says) and a <canvas>. */
export const browserImageTools: ImageTools<ImageBitmap> = {
  decode: (file) => createImageBitmap(file, { imageOrientation: 'from-image' }),
  toJpeg: (bitmap, size, quality) =>
    new Promise((resolve, reject) => {
      drawn(bitmap, size).toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/jpeg', quality);
    }),
  toDataUrl: (bitmap, size, quality) => drawn(bitmap, size).toDataURL('image/jpeg', quality),
};

function asChosen(file: File): PreparedFile {
  return { file, original: file, preview: null, resized: false };
}

/** One chosen file made ready to send: a JPEG or PNG larger than MAX_SIDE becomes a JPEG that fits. */
export async function preparePhoto<P extends Picture>(
  file: File,
  tools: ImageTools<P> = browserImageTools as unknown as ImageTools<P>,
): Promise<PreparedFile> {
  if (!RESIZABLE.includes(file.type)) return asChosen(file);
  let picture: P;
  try {
    picture = await tools.decode(file);
  } catch {
    return asChosen(file);
  }
  try {
    const preview = tools.toDataUrl(picture, fitWithin(picture.width, picture.height, PREVIEW_SIDE), 0.7);
    const size = fitWithin(picture.width, picture.height);
    if (size.width === picture.width && size.height === picture.height) {
      return { file, original: file, preview, resized: false };
    }
    const blob = await tools.toJpeg(picture, size, JPEG_QUALITY);
    const name = `${file.name.replace(/\.(jpe?g|png)$/i, '')}.jpg`;
    return {
      file: new File([blob], name, { type: 'image/jpeg', lastModified: file.lastModified }),
      original: file,
      preview,
      resized: true,
    };
  } catch {
    return asChosen(file);
  } finally {
    picture.close();
  }
}

/** Every chosen file, one after the other: a cheap phone holds one decoded photo at a time, not five. */
export async function prepareAll<P extends Picture>(files: readonly File[], tools?: ImageTools<P>): Promise<PreparedFile[]> {
  const prepared: PreparedFile[] = [];
  for (const file of files) prepared.push(await preparePhoto(file, tools));
  return prepared;
}
