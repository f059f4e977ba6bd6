import { useI18n } from './index';
import { reportsEn } from './reports.en';
import { reportsId, type ReportsMessages } from './reports.id';

/** The public reports pages' strings in the current language. */
export function useReportsText(): ReportsMessages {
  const { lang } = useI18n();
  return lang === 'en' ? reportsEn : reportsId;
}
