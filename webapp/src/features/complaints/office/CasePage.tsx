import { useState } from 'react';
import type { Tenant } from '../../../api/types';
import { ErrorPanel, Loading, useErrorText } from '../../../app/ErrorPanel';
import { FormError, TextField } from '../../../app/fields';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { mapSettings, MapView } from '../../../app/map/MapView';
import { useI18n } from '../../../i18n';
import { useOfficeText } from '../../../i18n/office';
import { formatLongDate, todayIn } from '../../calendar/dates';
import { History, StatusBadge, unitName } from '../citizen/parts';
import { useTenant } from '../../portal/TenantContext';
import { ActionForm } from '../../office/ActionForm';
import { act, attachmentPath, correct, getComplaint, listQueue, reporterIdentity, type Identity, type OfficerComplaint } from './api';
import { answerTemplate, availableActions, mayReadIdentity, type CaseAction } from './caseActions';
import { dueOf } from '../../office/deadlines';
import { PublicationPanel } from './PublicationPanel';
import { DeadlineBadge } from '../../office/DeadlineBadge';
import { flatUnits } from '../../office/orgUnits';
import { AttachmentThumbnail, usePhotoViewer } from './AttachmentThumbnail';
import { actorLabel } from '../../office/actors';
import { download, type Session } from '../../identity/office/session';
import { RoutingHint } from './routing/RoutingHint';
import { ReceivedFacts } from '../../calendar/ReceivedFacts';
import { CorrectionForm } from './verify/CorrectionForm';
import { DispatchTree } from './verify/DispatchTree';
import { DuplicateSuggestions } from './verify/DuplicateSuggestions';
import { Templated } from './verify/Templated';
import { useVerifyText } from '../../../i18n/verify';

/** `/{slug}/kantor/kasus/{id}`: one case with its full history and the actions for the role and state. */
export function CasePage({ id, session }: { id: string; session: Session }) {
  const tenant = useTenant();
  const o = useOfficeText();
  const { state, reload } = useAsync((signal) => getComplaint(tenant.slug, id, signal), id);
  const [updated, setUpdated] = useState<OfficerComplaint | null>(null);
  const [done, setDone] = useState(0);
  const c = updated ?? (state.status === 'ok' ? state.data : null);
  return (
    <>
      <p>
        <Link href={`/${tenant.slug}/kantor`}>← {o.case.back}</Link>
      </p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {c && (
        <CaseView
          key={`${c.version}-${done}`}
          complaint={c}
          session={session}
          saved={done > 0}
          onChange={(next) => {
            setUpdated(next);
            setDone((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

function CaseView({
  complaint: c,
  session,
  saved,
  onChange,
}: {
  complaint: OfficerComplaint;
  session: Session;
  saved: boolean;
  onChange: (c: OfficerComplaint) => void;
}) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const o = useOfficeText();
  useDocumentTitle(`${c.trackingNumber} · ${o.title}`);
  const date = (d: string) => formatLongDate(d, t.locale);
  const unit = (code: string) => unitName(tenant, code, lang);
  const category = tenant.complaintCategories.find((k) => k.code === c.category);
  const actions = availableActions(c, session);
  const agencyUnit = session.user.roles.includes('CENTRAL_ADMIN') ? null : session.user.orgUnit;
  const photos = (c.attachments ?? [])
    .filter((a) => a.mediaType.startsWith('image/'))
    .map((a) => ({ position: a.position, path: attachmentPath(tenant.slug, c.id, a.position), mediaType: a.mediaType, fileName: a.fileName }));
  const viewer = usePhotoViewer(photos);
  return (
    <>
      <h1>
        {c.trackingNumber}: {c.title}
      </h1>
      <p>
        <StatusBadge status={c.status} />{' '}
        <DeadlineBadge due={dueOf({ status: c.status, verifyDue: c.verifyDue, agencies: c.dispatches }, agencyUnit)} today={todayIn(tenant.zoneId)} />
      </p>
      {saved && (
        <p role="status" className="notice">
          {o.case.done}
        </p>
      )}
      <section className="panel" aria-labelledby="details-heading">
        <h2 id="details-heading" className="panel__title">
          {o.case.details}
        </h2>
        <dl className="facts">
          <Fact label={o.case.type} value={t.citizen.types[c.type] ?? c.type} />
          <Fact label={o.case.channel} value={o.case.channels[c.channel] ?? c.channel} />
          {c.lapor?.trackingId && <Fact label={o.case.laporId} value={c.lapor.trackingId} />}
          {c.news && (
            <Fact
              label={o.case.news}
              value={
                c.news.length === 0
                  ? o.case.newsNone
                  : c.news
                      .map((n) => (o.case.channels[n.channel] ?? n.channel) + (n.active ? '' : ` (${o.case.newsStopped})`))
                      .join(', ')
              }
            />
          )}
          <Fact label={o.case.category} value={category ? (lang === 'en' ? category.nameEn : category.name) : '—'} />
          <ReceivedFacts receivedAt={c.receivedAt} receivedOn={c.receivedOn} countingStartsOn={c.countingStartsOn} />
          {c.verifyDue && <Fact label={o.case.verifyDue} value={date(c.verifyDue)} />}
          {c.area && (
            <Fact label={o.case.area} value={[c.area.village?.name, c.area.district.name].filter(Boolean).join(', ')} />
          )}
          {c.locationText && <Fact label={o.case.location} value={c.locationText} />}
          {c.latitude != null && c.longitude != null && (
            <Fact label={o.case.coordinates} value={`${c.latitude}, ${c.longitude}`} />
          )}
          <Fact
            label={o.case.privacy}
            value={[c.anonymous && o.case.anonymous, c.confidential && o.case.confidential].filter(Boolean).join(', ') || o.case.open}
          />
          {c.rejection && <Fact label={o.case.rejection} value={o.actions.reasons[c.rejection] ?? c.rejection} />}
          {c.rating != null && <Fact label={o.case.rating} value={`${c.rating}/5`} />}
        </dl>
        {c.latitude != null && c.longitude != null && (
          <div className="case-map">
            <MapView settings={mapSettings(tenant)} label={o.case.mapLabel} pick={{ latitude: c.latitude, longitude: c.longitude }} />
          </div>
        )}
        <h3>{o.case.description}</h3>
        <p className="answer">{c.description}</p>
        {c.finalAnswer && (
          <>
            <h3>{o.case.finalAnswer}</h3>
            <p className="answer">{c.finalAnswer}</p>
          </>
        )}
      </section>
      {c.dispatches.length > 0 && (
        <section className="panel" aria-labelledby="dispatches-heading">
          <h2 id="dispatches-heading" className="panel__title">
            {o.case.dispatches}
          </h2>
          <ul className="plain-list">
            {c.dispatches.map((d, i) => (
              <li key={`${d.orgUnit}-${i}`} className="dispatch">
                <strong>{unit(d.orgUnit)}</strong>: {t.citizen.dispatchStatus[d.status] ?? d.status}
                {d.dueOn && ` · ${o.queues.due} ${date(d.dueOn)}`}
                {d.assignee && (
                  <div>
                    {o.case.assignee}: {d.assignee}
                  </div>
                )}
                {d.returnReason && (
                  <div>
                    {o.case.returnReason}: {d.returnReason}
                  </div>
                )}
                {d.answer && (
                  <>
                    <div>{o.case.agencyAnswer}:</div>
                    <p className="answer">{d.answer}</p>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <IdentityPanel complaint={c} session={session} />
      {session.user.roles.includes('CENTRAL_ADMIN') && <VerificationTools complaint={c} onChange={onChange} />}
      {session.user.roles.includes('CENTRAL_ADMIN') && <PublicationPanel key={c.version} complaintId={c.id} />}
      <section className="panel" aria-labelledby="actions-heading">
        <h2 id="actions-heading" className="panel__title">
          {o.case.actionsHeading}
        </h2>
        {actions.length === 0 ? (
          <p>{o.case.noActions}</p>
        ) : (
          <div className="action-panel">
            {actions.map((a) => (
              <Action key={a} action={a} complaint={c} tenant={tenant} onChange={onChange} />
            ))}
          </div>
        )}
      </section>
      {c.attachments && c.attachments.length > 0 && (
        <section className="panel" aria-labelledby="attachments-heading">
          <h2 id="attachments-heading" className="panel__title">
            {o.case.attachments}
          </h2>
          <ul data-testid="attachments">
            {c.attachments.map((a) => (
              <li key={a.position}>
                {a.mediaType.startsWith('image/') && (
                  <AttachmentThumbnail
                    path={attachmentPath(tenant.slug, c.id, a.position)}
                    mediaType={a.mediaType}
                    alt={o.case.thumbnailAlt(a.fileName)}
                    openLabel={o.case.enlarge(a.fileName)}
                    onOpen={(opener) => viewer.open(photos.findIndex((p) => p.position === a.position), opener)}
                  />
                )}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => void download(attachmentPath(tenant.slug, c.id, a.position), undefined, a.fileName)}
                >
                  {o.case.download(a.fileName)}
                </button>{' '}
                <span className="muted">{Math.max(1, Math.round(a.sizeBytes / 1024))} kB</span>
              </li>
            ))}
          </ul>
          {viewer.viewer}
        </section>
      )}
      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading" className="panel__title">
          {o.case.history}
        </h2>
        <History
          events={c.history.map((e) => ({
            ...e,
            orgUnit: e.orgUnit ? unit(e.orgUnit) : null,
            actor: e.publicEvent ? actorLabel(e, o.case.actors) : `${actorLabel(e, o.case.actors)} · ${o.case.internal}`,
          }))}
        />
      </section>
    </>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Action({
  action,
  complaint: c,
  tenant,
  onChange,
}: {
  action: CaseAction;
  complaint: OfficerComplaint;
  tenant: Tenant;
  onChange: (c: OfficerComplaint) => void;
}) {
  const { lang } = useI18n();
  const o = useOfficeText();
  const a = o.actions;
  const id = `act-${action}`;
  const run = (body?: unknown) => act(tenant.slug, c.id, action, body).then(onChange);
  const units = flatUnits(tenant.orgUnits).map((u) => ({
    value: u.code,
    label: lang === 'en' && u.nameEn ? u.nameEn : u.name,
  }));
  const active = c.dispatches.filter((d) => ['SENT', 'RECEIVED', 'IN_PROGRESS', 'RETURNED'].includes(d.status));
  const defaultUnit = tenant.complaintCategories.find((k) => k.code === c.category)?.routeTo;
  switch (action) {
    case 'verification':
      return (
        <ActionForm
          id={id}
          submitLabel={a.verify}
          fields={[{ kind: 'text', name: 'note', label: a.verifyNote }]}
          onSubmit={(v) => run({ note: v.note || null })}
        />
      );
    case 'clarification-request':
      return (
        <Templated slug={tenant.slug} complaintId={c.id} purpose="CLARIFICATION" unitName={(u) => unitName(tenant, u, lang)}>
          {(text, key) => (
            <ActionForm
              key={key}
              id={id}
              secondary
              submitLabel={a.clarify}
              fields={[{ kind: 'textarea', name: 'question', label: a.question, initial: text }]}
              onSubmit={(v) => run({ question: v.question })}
            />
          )}
        </Templated>
      );
    case 'rejection':
      return (
        <ActionForm
          id={id}
          secondary
          submitLabel={a.reject}
          fields={[
            {
              kind: 'select',
              name: 'reason',
              label: a.rejectReason,
              initial: 'SPAM',
              options: Object.entries(a.reasons).map(([value, label]) => ({ value, label })),
            },
            { kind: 'text', name: 'note', label: a.rejectNote },
          ]}
          onSubmit={(v) => run({ reason: v.reason, note: v.note || null })}
        />
      );
    case 'dispatch':
      // Issue 17 item 2: a searchable tree of agencies, kecamatan and desa, with the category's and the area's units
      // proposed, a note for the agencies and a due date within the standard.
      return (
        <>
          <RoutingHint slug={tenant.slug} caseId={c.id} />
          <DispatchTree
            units={tenant.orgUnits}
            suggestions={c.dispatchSuggestions ?? []}
            initial={c.status === 'VERIFIED' && defaultUnit ? [defaultUnit] : []}
            today={todayIn(tenant.zoneId)}
            onSubmit={(r) => run(r)}
          />
        </>
      );
    case 'redispatch':
      return (
        <ActionForm
          id={id}
          secondary
          submitLabel={a.redispatch}
          fields={[
            {
              kind: 'select',
              name: 'from',
              label: a.from,
              initial: active[0]?.orgUnit ?? '',
              options: active.map((d) => ({ value: d.orgUnit, label: units.find((u) => u.value === d.orgUnit)?.label ?? d.orgUnit })),
            },
            { kind: 'select', name: 'to', label: a.to, options: [{ value: '', label: a.chooseUnit }, ...units] },
            { kind: 'text', name: 'reason', label: a.reason },
          ]}
          onSubmit={(v) => run({ from: v.from, to: v.to, reason: v.reason })}
        />
      );
    case 'merge':
      return <MergeForm id={id} complaint={c} onSubmit={(into) => run({ into })} />;
    case 'response':
      return (
        <Templated slug={tenant.slug} complaintId={c.id} purpose="RESPONSE" unitName={(u) => unitName(tenant, u, lang)}>
          {(text, key) => (
            <ActionForm
              key={key}
              id={id}
              submitLabel={a.respond}
              fields={[
                {
                  kind: 'textarea',
                  name: 'response',
                  label: a.responseText,
                  hint: a.responseHint,
                  initial: text ?? answerTemplate(c, (code) => unitName(tenant, code, lang)),
                },
              ]}
              onSubmit={(v) => run({ response: v.response })}
            />
          )}
        </Templated>
      );
    case 'archive':
      return <ActionForm id={id} secondary submitLabel={a.archive} onSubmit={() => run()} />;
    case 'receipt':
      return <ActionForm id={id} submitLabel={a.receive} onSubmit={() => run()} />;
    case 'return':
      return (
        <ActionForm
          id={id}
          secondary
          submitLabel={a.returnIt}
          fields={[{ kind: 'text', name: 'reason', label: a.reason }]}
          onSubmit={(v) => run({ reason: v.reason })}
        />
      );
    case 'distribution':
      return (
        <ActionForm
          id={id}
          secondary
          submitLabel={a.distribute}
          fields={[{ kind: 'text', name: 'assignee', label: a.assignee }]}
          onSubmit={(v) => run({ assignee: v.assignee })}
        />
      );
    case 'notes':
      return (
        <ActionForm
          id={id}
          secondary
          submitLabel={a.note}
          fields={[
            {
              kind: 'select',
              name: 'step',
              label: a.noteStep,
              initial: 'CONFIRMATION',
              options: Object.entries(a.steps).map(([value, label]) => ({ value, label })),
            },
            { kind: 'textarea', name: 'text', label: a.noteText },
          ]}
          onSubmit={(v) => run({ step: v.step, text: v.text })}
        />
      );
    case 'answer':
      return (
        <Templated slug={tenant.slug} complaintId={c.id} purpose="ANSWER" unitName={(u) => unitName(tenant, u, lang)}>
          {(text, key) => (
            <ActionForm
              key={key}
              id={id}
              submitLabel={a.answer}
              fields={[{ kind: 'textarea', name: 'text', label: a.answerText, initial: text }]}
              onSubmit={(v) => run({ text: v.text })}
            />
          )}
        </Templated>
      );
  }
}

const CORRECTABLE = ['RECEIVED', 'CLARIFICATION_REQUESTED', 'VERIFIED', 'DISPATCHED', 'ANSWERED', 'RESPONDED'];
const DUPLICATE_CHECK = ['RECEIVED', 'CLARIFICATION_REQUESTED', 'VERIFIED'];

/** The central administrator's tools while verifying (issue 17 items 2 and 4): the correction and likely duplicates. */
function VerificationTools({ complaint: c, onChange }: { complaint: OfficerComplaint; onChange: (c: OfficerComplaint) => void }) {
  const tenant = useTenant();
  const v = useVerifyText();
  return (
    <>
      {CORRECTABLE.includes(c.status) && (
        <section className="panel" aria-labelledby="correction-heading">
          <h2 id="correction-heading" className="panel__title">
            {v.correction.heading}
          </h2>
          <CorrectionForm start={c} categories={tenant.complaintCategories} onSubmit={(x) => correct(tenant.slug, c.id, x).then(onChange)} />
        </section>
      )}
      {DUPLICATE_CHECK.includes(c.status) && (
        <DuplicateSuggestions slug={tenant.slug} complaintId={c.id} onMerge={(into) => act(tenant.slug, c.id, 'merge', { into }).then(onChange)} />
      )}
    </>
  );
}

/** Merge: the target chosen from the open cases of the central admin's queue (first 100). */
function MergeForm({ id, complaint, onSubmit }: { id: string; complaint: OfficerComplaint; onSubmit: (into: string) => Promise<void> }) {
  const tenant = useTenant();
  const o = useOfficeText();
  const { state } = useAsync((signal) => listQueue(tenant.slug, { size: 100 }, signal), `merge-${complaint.id}`);
  const open = state.status === 'ok'
    ? state.data.items.filter((i) => i.id !== complaint.id && !['CLOSED', 'ARCHIVED', 'REJECTED', 'MERGED', 'RESPONDED'].includes(i.status))
    : [];
  return (
    <ActionForm
      id={id}
      secondary
      submitLabel={o.actions.merge}
      fields={[
        {
          kind: 'select',
          name: 'into',
          label: o.actions.mergeInto,
          options: [{ value: '', label: o.actions.mergeNone }, ...open.map((i) => ({ value: i.id, label: `${i.trackingNumber}: ${i.title}` }))],
        },
      ]}
      onSubmit={(v) => onSubmit(v.into as string)}
    />
  );
}

/** The reporter's identity, only on request, with the audit notice shown before and after (issue 6). */
function IdentityPanel({ complaint: c, session }: { complaint: OfficerComplaint; session: Session }) {
  const tenant = useTenant();
  const o = useOfficeText();
  const errorText = useErrorText();
  const [purpose, setPurpose] = useState(o.identity.purposeDefault);
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [error, setError] = useState<string | undefined>();
  if (!mayReadIdentity(c, session)) {
    if (c.anonymous && session.user.roles.includes('AGENCY_OPERATOR')) {
      return <p className="notice">{o.identity.anonymousHidden}</p>;
    }
    return null;
  }
  return (
    <section className="panel" aria-labelledby="identity-heading">
      <h2 id="identity-heading" className="panel__title">
        {o.identity.heading}
      </h2>
      <p className="notice notice--audit" role="note">
        {o.identity.notice}
      </p>
      {identity ? (
        <>
          <p role="status">{o.identity.shownNotice}</p>
          <dl className="facts" data-testid="identity">
            <Fact label={o.identity.name} value={identity.name ?? '—'} />
            <Fact label={o.identity.phone} value={identity.phone ?? '—'} />
            <Fact label={o.identity.email} value={identity.email ?? '—'} />
          </dl>
        </>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setError(undefined);
            reporterIdentity(tenant.slug, c.id, purpose).then(setIdentity, (err: unknown) => setError(errorText(err)));
          }}
        >
          <FormError message={error} />
          <TextField id="identity-purpose" label={o.identity.purpose} value={purpose} onChange={setPurpose} />
          <button type="submit" className="button button--secondary">
            {o.identity.show}
          </button>
        </form>
      )}
    </section>
  );
}
