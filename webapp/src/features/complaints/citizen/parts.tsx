import type { PublicEvent } from '../../../api/complaints';
import type { OrgUnit, Tenant } from '../../../api/types';
import { useI18n } from '../../../i18n';
import { formatActMoment } from '../../calendar/dates';
import { useTenant } from '../../portal/TenantContext';

/** The unit's name in the current language, from the tenant's org tree; the code when unknown. */
export function unitName(tenant: Tenant, code: string | null | undefined, lang: string): string {
  if (!code) return '';
  const find = (units: OrgUnit[]): OrgUnit | undefined => {
    for (const u of units) {
      if (u.code === code) return u;
      const inner = find(u.children ?? []);
      if (inner) return inner;
    }
    return undefined;
  };
  const unit = find(tenant.orgUnits ?? []);
  if (!unit) return code;
  return lang === 'en' && unit.nameEn ? unit.nameEn : unit.name;
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return <span className={`badge badge--${status.toLowerCase()}`}>{t.citizen.status[status] ?? status}</span>;
}

/** A case's steps, oldest first, with date and time; a step may name no unit and carry no note. */
type HistoryEvent = Omit<PublicEvent, 'orgUnit' | 'note'> & { orgUnit?: string | null; note?: string | null; actor?: string };

/** A case's steps, oldest first, with date and time. */
export function History({ events }: { events: HistoryEvent[] }) {
  const { t } = useI18n();
  const tenant = useTenant();
  return (
    <ol className="history">
      {events.map((e) => (
        <li key={e.seq}>
          <time dateTime={e.at}>{formatActMoment(e.at, tenant.zoneId, tenant.timeZone, t.locale)}</time>{' '}
          <strong>{t.citizen.actions[e.action] ?? e.action}</strong>
          {e.orgUnit && <span className="muted"> · {e.orgUnit}</span>}
          {e.actor && <span className="muted"> · {e.actor}</span>}
          {e.note && <p className="history__note">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
