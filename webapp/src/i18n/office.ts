import { useI18n } from './index';
import { officeEn } from './office.en';
import { officeId, type OfficeMessages } from './office.id';

/** The workspace's strings in the current language (a separate chunk from the portal's). */
export function useOfficeText(): OfficeMessages {
  const { lang } = useI18n();
  return lang === 'en' ? officeEn : officeId;
}
