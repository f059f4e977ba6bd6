import { useI18n } from './index';
import { ppidAdminEn } from './ppidAdmin.en';
import { ppidAdminId, type PpidAdminMessages } from './ppidAdmin.id';

/** The register, LLID and PPID Pembantu report strings in the current language (in the workspace's lazy chunk). */
export function usePpidAdminText(): PpidAdminMessages {
  const { lang } = useI18n();
  return lang === 'en' ? ppidAdminEn : ppidAdminId;
}
