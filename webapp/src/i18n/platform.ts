import { useI18n } from './index';
import { platformEn } from './platform.en';
import { platformId, type PlatformMessages } from './platform.id';

/** The platform operator's strings in the current language (in the platform's lazy chunk). */
export function usePlatformText(): PlatformMessages {
  const { lang } = useI18n();
  return lang === 'en' ? platformEn : platformId;
}
