import { useState, type FormEvent } from 'react';
import { useErrorText } from '../../app/ErrorPanel';
import { FileField } from '../../app/fields';

/**
 * An officer's upload of one file as a small form: the file field, a submit button, the API's refusal (or "choose a
 * file") next to the field; the form is cleared once the upload is done.
 */
export function UploadForm({
  id,
  formLabel,
  fileLabel,
  submitLabel,
  noFileMessage,
  accept,
  onUpload,
}: {
  id: string;
  formLabel: string;
  fileLabel: string;
  submitLabel: string;
  noFileMessage: string;
  accept?: string;
  onUpload: (file: File) => Promise<void>;
}) {
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (!file) {
      setError(noFileMessage);
      return;
    }
    setBusy(true);
    try {
      await onUpload(file);
      setFile(null);
      (event.target as HTMLFormElement).reset();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" noValidate onSubmit={submit} aria-label={formLabel} aria-busy={busy}>
      <FileField id={id} label={fileLabel} error={error} accept={accept} onFiles={(files) => setFile(files?.[0] ?? null)} />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
