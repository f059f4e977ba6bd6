import { useI18n } from '../../i18n';
import { useTenant } from '../portal/TenantContext';
import { formatActTime, formatLongDate } from './dates';

/**
 * Rows of a `facts` list: when something was received (its instant on the regency's calendar) and, named apart and
 * only when it differs, the day its legal clock counts from (the next working day after a receipt on a day off or
 * after office hours).
 */
export function ReceivedFacts({
  receivedAt,
  receivedOn,
  countingStartsOn,
}: {
  receivedAt?: string | null;
  receivedOn: string;
  countingStartsOn?: string | null;
}) {
  const { t } = useI18n();
  const tenant = useTenant();
  const received = receivedAt
    ? formatActTime(receivedAt, tenant.zoneId, tenant.timeZone, t.locale, t.common.atTime)
    : formatLongDate(receivedOn, t.locale);
  return (
    <>
      <div className="facts__row">
        <dt>{t.common.receivedAt}</dt>
        <dd data-testid="received-at">{received}</dd>
      </div>
      {countingStartsOn && countingStartsOn !== receivedOn && (
        <div className="facts__row">
          <dt>{t.common.countingStartsOn}</dt>
          <dd data-testid="counting-starts-on">
            {formatLongDate(countingStartsOn, t.locale)}
            <p className="field__hint">{t.common.countingStartsHint}</p>
          </dd>
        </div>
      )}
    </>
  );
}
