import { useState } from 'react';
import type { OrgUnit } from '../../../api/types';
import { ErrorPanel, Loading } from '../../../app/ErrorPanel';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { usePpidText } from '../../../i18n/ppid';
import { useInformationText } from '../../../i18n/information';
import { formatActMoment, formatLongDate, todayIn } from '../../calendar/dates';
import { unitName } from '../../complaints/citizen/parts';
import { useTenant } from '../../portal/TenantContext';
import { ActionForm } from '../../office/ActionForm';
import { DeadlineBadge } from '../../office/DeadlineBadge';
import { hasRole, type Session } from '../../identity/office/session';
import { UploadForm } from '../../office/UploadForm';
import { downloadRequestLetter, getRequest, releaseDocument, requestAction, type OfficerRequest } from './api';
import { LetterDownload } from '../../office/LetterDownload';
import { NoticeForm } from './NoticeForm';
import { ReceivedFacts } from '../../calendar/ReceivedFacts';
import { actorLabel } from '../../office/actors';

export type PpidAction = 'confirm' | 'route' | 'extend' | 'upload' | 'notice';

/** The actions the API allows for the role and state (the server decides; this only hides what would be refused). */
export function allowedRequestActions(r: OfficerRequest, session: Session | null): PpidAction[] {
  const main = hasRole(session, 'PPID_MAIN');
  const officer = hasRole(session, 'PPID_MAIN', 'PPID_ASSISTANT');
  const open = r.status === 'REGISTERED' || r.status === 'ROUTED';
  const out: PpidAction[] = [];
  if (main && r.status === 'AWAITING_CONFIRMATION') out.push('confirm');
  if (main && open) out.push('route');
  if (officer && open && !r.extendedOn) out.push('extend');
  if (officer && (open || r.status === 'NOTICE_ISSUED')) out.push('upload');
  if (officer && open) out.push('notice');
  return out;
}

function flatUnits(units: OrgUnit[]): OrgUnit[] {
  return units.flatMap((u) => [u, ...flatUnits(u.children ?? [])]);
}

/**
 * `/{slug}/kantor/permohonan/{id}`: one information request without the identity (Perbup Pasal 22): confirm an e-mail
 * request the same day (22(9)), route it to the PPID Pembantu, extend once with a reason (22(6)), upload the released
 * documents and issue the written notice (22(4)-(5)).
 */
export function RequestPage({ id, session }: { id: string; session: Session }) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const p = usePpidText();
  const rq = p.request;
  const info = useInformationText();
  const { state, reload } = useAsync((signal) => getRequest(tenant.slug, id, signal), `${tenant.slug}|${id}`);
  const [updated, setUpdated] = useState<OfficerRequest | null>(null);
  const [saved, setSaved] = useState(false);
  const r = updated ?? (state.status === 'ok' ? state.data : null);
  useDocumentTitle(r ? r.registrationNumber : p.queue.title);
  if (!r) return state.status === 'error' ? <ErrorPanel error={state.error} onRetry={reload} /> : <Loading />;
  const date = (d: string | null) => (d ? formatLongDate(d, t.locale) : '');
  const today = todayIn(tenant.zoneId);
  const done = (v: OfficerRequest) => {
    setUpdated(v);
    setSaved(true);
  };
  const act = async (action: Parameters<typeof requestAction>[2], body: unknown) =>
    done(await requestAction(tenant.slug, r.id, action, body));
  const actions = allowedRequestActions(r, session);
  const units = flatUnits(tenant.orgUnits ?? []).filter((u) => u.ppidPembantu);
  return (
    <>
      <p>
        <Link href={`/${tenant.slug}/kantor/ppid`}>{p.queue.title}</Link>
      </p>
      <h1>{r.registrationNumber}</h1>
      <p>
        <span className="badge">{p.statuses[r.status] ?? r.status}</span>{' '}
        {r.status === 'REGISTERED' || r.status === 'ROUTED' || r.status === 'AWAITING_CONFIRMATION' ? (
          <DeadlineBadge due={r.noticeDue} today={today} />
        ) : (
          r.late && <span className="badge badge--overdue">{p.queue.badgeOverdue}</span>
        )}
      </p>
      {saved && (
        <p className="notice" role="status">
          {rq.done}
        </p>
      )}
      <section className="panel" aria-labelledby="details-heading">
        <h2 id="details-heading" className="panel__title">
          {rq.details}
        </h2>
        <dl className="facts">
          <Row label={rq.informationWanted} value={r.informationWanted} />
          <Row label={rq.purpose} value={r.purpose} />
          <Row label={rq.obtain} value={p.notice.media[r.obtainMethod] ?? r.obtainMethod} />
          <Row label={rq.receive} value={r.receiveMethod} />
          <Row label={rq.willingToPay} value={r.willingToPay ? rq.yes : rq.no} />
          <Row label={rq.idCopy} value={r.idCopy ? rq.idCopyAttached : rq.idCopyNone} />
          <ReceivedFacts receivedAt={r.receivedAt} receivedOn={r.receivedOn} countingStartsOn={r.countingStartsOn} />
          <Row label={rq.channel} value={p.channels[r.channel] ?? r.channel} />
          <Row label={rq.noticeDue} value={date(r.noticeDue)} />
          <Row label={rq.extension} value={r.extendedOn ? `${date(r.extendedOn)}: ${r.extensionReason ?? ''}` : null} />
          <Row label={rq.unit} value={r.orgUnit ? unitName(tenant, r.orgUnit, lang) : null} />
          <Row label={rq.noticeIssued} value={date(r.noticeIssuedOn)} />
        </dl>
        {r.notice && (
          <p>
            {p.notice.decision}: <strong>{r.notice.held ? (p.notice.decisions[r.notice.decision ?? ''] ?? r.notice.decision) : p.notice.heldNo}</strong>
          </p>
        )}
        {(r.notice || r.extendedOn) && (
          <p className="actions">
            {r.notice && <LetterDownload label={rq.noticeLetter} onDownload={() => downloadRequestLetter(tenant.slug, r.id, 'notice')} />}{' '}
            {r.extendedOn && <LetterDownload label={rq.extensionLetter} onDownload={() => downloadRequestLetter(tenant.slug, r.id, 'extension')} />}
          </p>
        )}
      </section>
      {r.documents.length > 0 && (
        <section className="panel" aria-labelledby="documents-heading">
          <h2 id="documents-heading" className="panel__title">
            {rq.documents}
          </h2>
          <ul>
            {r.documents.map((d) => (
              <li key={d.id}>{d.fileName}</li>
            ))}
          </ul>
        </section>
      )}
      {r.objections.length > 0 && (
        <section className="panel" aria-labelledby="objections-heading">
          <h2 id="objections-heading" className="panel__title">
            {rq.objections}
          </h2>
          <ul>
            {r.objections.map((o) => (
              <li key={o.id}>
                <Link href={`/${tenant.slug}/kantor/keberatan/${o.id}`}>{o.registerNumber}</Link> · {p.grounds[o.ground] ?? o.ground} ·{' '}
                {p.objection.statuses[o.status] ?? o.status}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="panel" aria-labelledby="actions-heading">
        <h2 id="actions-heading" className="panel__title">
          {rq.actions}
        </h2>
        {actions.length === 0 && <p>{rq.noActions}</p>}
        {actions.includes('confirm') && (
          <ActionForm
            id="confirm"
            submitLabel={p.actions.confirm}
            fields={[
              {
                kind: 'select',
                name: 'via',
                label: p.actions.confirmVia,
                initial: 'PHONE',
                options: ['PHONE', 'SMS', 'LETTER', 'FAX'].map((v) => ({ value: v, label: p.actions.confirmVias[v] ?? v })),
              },
            ]}
            onSubmit={(v) => act('confirmation', { via: v.via })}
          />
        )}
        {actions.includes('route') && (
          <ActionForm
            id="route"
            submitLabel={p.actions.route}
            fields={[
              {
                kind: 'select',
                name: 'unit',
                label: p.actions.routeUnit,
                initial: r.orgUnit ?? units[0]?.code ?? '',
                options: units.map((u) => ({ value: u.code, label: lang === 'en' && u.nameEn ? u.nameEn : u.name })),
              },
              { kind: 'text', name: 'note', label: p.actions.routeNote },
            ]}
            onSubmit={(v) => act('routing', { unit: v.unit, note: (v.note as string) || undefined })}
          />
        )}
        {actions.includes('extend') && (
          <ActionForm
            id="extend"
            submitLabel={p.actions.extend}
            secondary
            fields={[{ kind: 'textarea', name: 'reason', label: p.actions.extendReason }]}
            onSubmit={(v) => act('extension', { reason: v.reason })}
          />
        )}
        {actions.includes('upload') && (
          <UploadForm
            id="release-file"
            formLabel={p.actions.upload}
            fileLabel={p.actions.uploadFile}
            submitLabel={p.actions.uploadSubmit}
            noFileMessage={p.actions.uploadFile}
            onUpload={async (file) => {
              await releaseDocument(tenant.slug, r.id, file);
              done(await getRequest(tenant.slug, r.id));
            }}
          />
        )}
        {actions.includes('notice') && <NoticeForm onIssue={(body) => act('notice', body)} />}
      </section>
      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading" className="panel__title">
          {rq.history}
        </h2>
        <ol className="history">
          {r.history.map((e) => (
            <li key={e.seq}>
              <time dateTime={e.at}>{formatActMoment(e.at, tenant.zoneId, tenant.timeZone, t.locale)}</time>{' '}
              <strong>{info.track.actions[e.action] ?? e.action}</strong>
              <span className="muted">
                {' '}
                · {actorLabel(e, rq.actors)}
                {e.publicEvent ? '' : ` · ${rq.internal}`}
              </span>
              {e.note && <p className="history__note">{e.note}</p>}
            </li>
          ))}
        </ol>
      </section>
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
