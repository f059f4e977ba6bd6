import type { PreparedFile } from './photos';

/** A file size as people read it: "820 kB", "1,4 MB" (the decimal mark of the language). */
export function formatSize(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

/**
 * The files a form will send, each with its size, a preview of a photo (a small data: URL made by app/photos.ts)
 * and, when a photo was made smaller, from what size to what size.
 */
export function ChosenFiles({
  files,
  label,
  previewAlt,
  resized,
  locale,
}: {
  files: readonly PreparedFile[];
  label: string;
  previewAlt: (name: string) => string;
  resized: (from: string, to: string) => string;
  locale: string;
}) {
  if (files.length === 0) return null;
  return (
    <ul className="chosen-files" aria-label={label} data-testid="chosen-files">
      {files.map((f, i) => (
        <li key={`${i}-${f.original.name}`} className="chosen-files__item">
          {f.preview && (
            <img className="chosen-files__preview" src={f.preview} alt={previewAlt(f.original.name)} />
          )}
          <span>
            <span className="chosen-files__name">{f.file.name}</span>{' '}
            <span className="muted">
              {f.resized
                ? resized(formatSize(f.original.size, locale), formatSize(f.file.size, locale))
                : formatSize(f.file.size, locale)}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** How far an upload is, announced politely every quarter: a reader is not interrupted at every percent. */
export function announcedStep(percent: number): number {
  return Math.floor(percent / 25) * 25;
}

/**
 * An upload's progress: a labelled <progress> (its value is exact) and a polite live line that speaks in quarters,
 * then says the files are in and the receipt is awaited.
 */
export function UploadProgressBar({
  percent,
  label,
  spoken,
  done,
}: {
  percent: number;
  label: string;
  spoken: (percent: number) => string;
  done: string;
}) {
  return (
    <div className="upload-progress">
      <label id="upload-progress-label" htmlFor="upload-progress">
        {label}
      </label>
      {/* aria-labelledby as well as the label: not every accessibility engine names a <progress> by its <label>. */}
      <progress id="upload-progress" aria-labelledby="upload-progress-label" max={100} value={percent}>
        {percent}%
      </progress>
      <p className="upload-progress__status" role="status" data-testid="upload-status">
        {percent >= 100 ? done : spoken(announcedStep(percent))}
      </p>
    </div>
  );
}
