import type { Channels, OfficeHours } from '../../api/types';
import { Link } from '../../app/router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useI18n } from '../../i18n';
import { DeadlineCalculator } from '../calendar/DeadlineCalculator';
import { toInternationalPhone, websiteHref, websiteLabel } from './links';
import { portalHref } from './PortalNav';
import { useTenant } from './TenantContext';
import { frontPage } from '../../api/information';
import { useAsync } from '../../app/useAsync';

/** The serta-merta items pushed to the regency's front page (UU KIP Ps 10); nothing is shown when there are none. */
function FrontPage({ slug }: { slug: string }) {
  const { t } = useI18n();
  const { state } = useAsync((signal) => frontPage(slug, signal), slug);
  if (state.status !== 'ok' || state.data.length === 0) return null;
  return (
    <section className="panel panel--alert" aria-labelledby="front-heading" data-testid="front-page">
      <h2 id="front-heading" className="panel__title">
        {t.citizen.home.frontHeading}
      </h2>
      <ul>
        {state.data.map((e) => (
          <li key={e.id}>
            <Link href={`/${slug}/informasi/${e.id}`}>{e.title}</Link>
            <p className="muted">{e.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A regency's portal home: name, complaint channels, office hours, deadline calculator. */
export function PortalView() {
  const tenant = useTenant();
  const { t } = useI18n();
  useDocumentTitle(tenant.name);
  return (
    <>
      <div className="portal-head">
        <h1>{tenant.name}</h1>
        <p className="portal-head__meta">{t.portal.province(tenant.province.name)}</p>
      </div>
      <section className="panel" aria-labelledby="actions-heading">
        <h2 id="actions-heading" className="panel__title">
          {t.citizen.home.actionsHeading}
        </h2>
        <ul className="action-list">
          <li>
            <Link className="action-card" href={portalHref(tenant.slug, 'report')}>
              <span className="action-card__title">{t.citizen.nav.report}</span>
              <span className="action-card__lead">{t.citizen.home.reportLead}</span>
            </Link>
          </li>
          <li>
            <Link className="action-card" href={portalHref(tenant.slug, 'track')}>
              <span className="action-card__title">{t.citizen.nav.track}</span>
              <span className="action-card__lead">{t.citizen.home.trackLead}</span>
            </Link>
          </li>
          <li>
            <Link className="action-card" href={portalHref(tenant.slug, 'register')}>
              <span className="action-card__title">{t.citizen.nav.register}</span>
              <span className="action-card__lead">{t.citizen.home.registerLead}</span>
            </Link>
          </li>
          <li>
            <Link className="action-card" href={portalHref(tenant.slug, 'request')}>
              <span className="action-card__title">{t.citizen.nav.request}</span>
              <span className="action-card__lead">{t.citizen.home.requestLead}</span>
            </Link>
          </li>
          <li>
            <Link className="action-card" href={portalHref(tenant.slug, 'trackRequest')}>
              <span className="action-card__title">{t.citizen.nav.trackRequest}</span>
              <span className="action-card__lead">{t.citizen.home.trackRequestLead}</span>
            </Link>
          </li>
          <li>
            <Link className="action-card" href={portalHref(tenant.slug, 'reports')}>
              <span className="action-card__title">{t.citizen.nav.reports}</span>
              <span className="action-card__lead">{t.citizen.home.reportsLead}</span>
            </Link>
          </li>
          <li>
            <Link className="action-card" href={portalHref(tenant.slug, 'statistics')}>
              <span className="action-card__title">{t.citizen.nav.statistics}</span>
              <span className="action-card__lead">{t.citizen.home.statisticsLead}</span>
            </Link>
          </li>
          <li>
            <Link className="action-card" href={portalHref(tenant.slug, 'rights')}>
              <span className="action-card__title">{t.citizen.nav.rights}</span>
              <span className="action-card__lead">{t.citizen.home.rightsLead}</span>
            </Link>
          </li>
        </ul>
      </section>
      <FrontPage slug={tenant.slug} />
      <div className="portal-grid">
        <ChannelList channels={tenant.channels ?? {}} />
        <OfficeHoursPanel hours={tenant.officeHours} timeZone={tenant.timeZone} zoneId={tenant.zoneId} />
      </div>
      <DeadlineCalculator slug={tenant.slug} zoneId={tenant.zoneId} />
    </>
  );
}

export function ChannelList({ channels }: { channels: Channels }) {
  const { t } = useI18n();
  const phone = channels.smsNumber ? toInternationalPhone(channels.smsNumber) : null;
  const hasAny = Boolean(channels.smsNumber || channels.website || channels.email);
  return (
    <section className="panel" aria-labelledby="channels-heading">
      <h2 id="channels-heading" className="panel__title">
        {t.portal.channelsHeading}
      </h2>
      {hasAny ? (
        <>
          <p>{t.portal.channelsIntro}</p>
          <dl className="facts">
            {channels.smsNumber && (
              <div className="facts__row">
                <dt>{t.portal.sms}</dt>
                <dd>
                  {phone ? (
                    <>
                      <a href={`sms:${phone}`} className="channel-number" title={t.portal.smsSend}>
                        {channels.smsNumber}
                      </a>
                      <span className="facts__actions">
                        <a href={`tel:${phone}`}>{t.portal.phoneCall}</a>
                      </span>
                    </>
                  ) : (
                    channels.smsNumber
                  )}
                </dd>
              </div>
            )}
            {channels.website && (
              <div className="facts__row">
                <dt>{t.portal.website}</dt>
                <dd>
                  <a href={websiteHref(channels.website)} rel="noopener">
                    {websiteLabel(channels.website)}
                  </a>
                </dd>
              </div>
            )}
            {channels.email && (
              <div className="facts__row">
                <dt>{t.portal.email}</dt>
                <dd>
                  <a href={`mailto:${channels.email}`}>{channels.email}</a>
                </dd>
              </div>
            )}
          </dl>
        </>
      ) : (
        <p>{t.portal.noChannels}</p>
      )}
    </section>
  );
}

function OfficeHoursPanel({ hours, timeZone, zoneId }: { hours: OfficeHours; timeZone: string; zoneId: string }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="hours-heading">
      <h2 id="hours-heading" className="panel__title">
        {t.portal.officeHoursHeading}
      </h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t.portal.mondayToThursday}</dt>
          <dd>{t.portal.timeRange(hours.open, hours.close, timeZone)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.portal.friday}</dt>
          <dd>{t.portal.timeRange(hours.open, hours.fridayClose || hours.close, timeZone)}</dd>
        </div>
        <div className="facts__row">
          <dt>{t.portal.timeZone}</dt>
          <dd>{t.portal.timeZoneValue(timeZone, zoneId)}</dd>
        </div>
      </dl>
      <p className="muted">{t.portal.weekendClosed}</p>
    </section>
  );
}
