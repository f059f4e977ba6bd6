import { useI18n } from './index';
import { dashboardEn } from './dashboard.en';
import { dashboardId, type DashboardMessages } from './dashboard.id';

/** The officers' dashboard strings in the current language (in the workspace's lazy chunk). */
export function useDashboardText(): DashboardMessages {
  const { lang } = useI18n();
  return lang === 'en' ? dashboardEn : dashboardId;
}
