import { useI18n } from './index';
import { routingEn } from './routing.en';
import { routingId, type RoutingMessages } from './routing.id';

/** The routing suggestion's strings in the current language. */
export function useRoutingText(): RoutingMessages {
  const { lang } = useI18n();
  return lang === 'en' ? routingEn : routingId;
}
