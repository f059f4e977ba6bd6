import { useI18n } from './index';
import { statisticsEn } from './statistics.en';
import { statisticsId, type StatisticsMessages } from './statistics.id';

/** The statistics page's strings in the current language. */
export function useStatisticsText(): StatisticsMessages {
  const { lang } = useI18n();
  return lang === 'en' ? statisticsEn : statisticsId;
}
