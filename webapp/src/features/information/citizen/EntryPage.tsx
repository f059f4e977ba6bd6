import { useState } from 'react';
import { downloadPublic, entryDocumentPath, getEntry } from '../../../api/information';
import { ErrorPanel, Loading, useErrorText } from '../../../app/ErrorPanel';
import { FormError } from '../../../app/fields';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useInformationText } from '../../../i18n/information';
import { formatLongDate } from '../../calendar/dates';
import { useTenant } from '../../portal/TenantContext';

/**
 * `/{slug}/informasi/{id}`: one entry with the Pasal 17(1) columns and its documents; an exempt entry shows its
 * ground and the regent's decree and never any document (UU KIP Ps 17; Perbup Pasal 6(2)).
 */
export function EntryPage({ id }: { id: string }) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const m = useInformationText();
  const e = m.entry;
  const errorText = useErrorText();
  const [error, setError] = useState<string | undefined>();
  const { state, reload } = useAsync((signal) => getEntry(tenant.slug, id, signal), `${tenant.slug}|${id}`);
  useDocumentTitle(state.status === 'ok' ? state.data.entry.title : m.register.title);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorPanel error={state.error} onRetry={reload} />;
  const { entry, documents } = state.data;
  const date = (d: string | null) => (d ? formatLongDate(d, t.locale) : '');
  const x = entry.exemption;
  const exempt = entry.infoClass === 'DIKECUALIKAN' || x != null;
  return (
    <>
      <p>
        <Link href={`/${tenant.slug}/informasi`}>{e.back}</Link>
      </p>
      <h1>{entry.title}</h1>
      <p>
        <span className={exempt ? 'badge badge--overdue' : 'badge'}>
          {exempt ? m.register.exempt : (m.classes[entry.infoClass] ?? entry.infoClass)}
        </span>{' '}
        {entry.overdue && <span className="badge badge--soon">{m.register.overdue}</span>}
      </p>
      {exempt && (
        <section className="panel" aria-labelledby="exempt-heading" data-testid="exemption">
          <h2 id="exempt-heading" className="panel__title">
            {e.exemptHeading}
          </h2>
          <p>{e.exemptBody}</p>
          {x && (
            <dl className="facts">
              <div className="facts__row">
                <dt>{e.ground}</dt>
                <dd>
                  {x.legalBasis}: {lang === 'en' ? x.groundEn : x.groundId}
                </dd>
              </div>
              {x.decreeNumber && (
                <div className="facts__row">
                  <dt>{e.decree}</dt>
                  <dd>{x.decreeNumber}</dd>
                </div>
              )}
              {x.until && (
                <div className="facts__row">
                  <dt>{e.until}</dt>
                  <dd>{date(x.until)}</dd>
                </div>
              )}
            </dl>
          )}
        </section>
      )}
      <section className="panel" aria-labelledby="entry-heading">
        <h2 id="entry-heading" className="panel__title">
          {e.summary}
        </h2>
        <p>{entry.summary}</p>
        <dl className="facts">
          <Row label={e.number} value={entry.number} />
          <Row label={e.holdingOfficial} value={[entry.holdingOfficial, entry.holdingUnit].filter(Boolean).join(', ')} />
          <Row label={e.personResponsible} value={entry.personResponsible} />
          <Row label={e.made} value={[date(entry.madeOn), entry.madePlace].filter(Boolean).join(', ')} />
          <Row label={e.forms} value={entry.forms.map((f) => m.forms[f] ?? f).join(', ')} />
          <Row label={e.retention} value={entry.retentionPeriod} />
          <Row label={e.owner} value={entry.ownerPpid} />
          <Row label={e.lastUpdated} value={date(entry.lastUpdatedOn)} />
          <Row label={e.nextUpdate} value={date(entry.nextUpdateDue)} />
        </dl>
      </section>
      {!exempt && (
        <section className="panel" aria-labelledby="documents-heading">
          <h2 id="documents-heading" className="panel__title">
            {e.documents}
          </h2>
          <FormError message={error} />
          {documents.length === 0 ? (
            <p>{e.noDocuments}</p>
          ) : (
            <ul>
              {documents.map((d) => (
                <li key={d.id}>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() =>
                      downloadPublic(entryDocumentPath(tenant.slug, entry.id, d.id), {}, d.fileName).catch((err: unknown) =>
                        setError(errorText(err)),
                      )
                    }
                  >
                    {e.download(d.fileName)}
                  </button>{' '}
                  <span className="muted">{Math.max(1, Math.round(d.sizeBytes / 1024))} kB</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
