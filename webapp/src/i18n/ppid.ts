import { useI18n } from './index';
import { ppidEn } from './ppid.en';
import { ppidId, type PpidMessages } from './ppid.id';

/** The workspace's PPID strings in the current language (in the workspace's lazy chunk). */
export function usePpidText(): PpidMessages {
  const { lang } = useI18n();
  return lang === 'en' ? ppidEn : ppidId;
}
