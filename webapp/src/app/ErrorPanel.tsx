import { ApiError } from '../api/client';
import { useI18n } from '../i18n';

/** The API's message in the current language, or a generic one. */
export function useErrorText(): (error: unknown) => string {
  const { t, pick } = useI18n();
  return (error) => (error instanceof ApiError ? pick(error.localized) : t.errors.unexpected);
}

export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  return (
    <div className="panel panel--error" role="alert">
      <h2 className="panel__title">{t.common.errorTitle}</h2>
      <p>{errorText(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t.common.retry}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t.common.loading}
    </p>
  );
}
