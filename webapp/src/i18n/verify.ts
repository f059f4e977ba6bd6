import { useI18n } from './index';
import { verifyEn } from './verify.en';
import { verifyId, type VerifyMessages } from './verify.id';

/** The case page's verification tools' strings in the current language (in the workspace's lazy chunk). */
export function useVerifyText(): VerifyMessages {
  const { lang } = useI18n();
  return lang === 'en' ? verifyEn : verifyId;
}
