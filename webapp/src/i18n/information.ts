import { useI18n } from './index';
import { informationEn } from './information.en';
import { informationId, type InformationMessages } from './information.id';

/** The PPID citizen pages' strings in the current language (loaded with those pages, not in the first load). */
export function useInformationText(): InformationMessages {
  const { lang } = useI18n();
  return lang === 'en' ? informationEn : informationId;
}
