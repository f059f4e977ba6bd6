import { useI18n } from './index';
import { provinceEn } from './province.en';
import { provinceId, type ProvinceMessages } from './province.id';

/** The provincial admin's strings in the current language (in the province's lazy chunk). */
export function useProvinceText(): ProvinceMessages {
  const { lang } = useI18n();
  return lang === 'en' ? provinceEn : provinceId;
}
