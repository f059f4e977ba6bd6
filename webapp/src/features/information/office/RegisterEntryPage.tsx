import { useState } from 'react';
import { ErrorPanel, Loading } from '../../../app/ErrorPanel';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { usePpidAdminText } from '../../../i18n/ppidAdmin';
import { formatDayOf, todayIn } from '../../calendar/dates';
import { unitName } from '../../complaints/citizen/parts';
import { useTenant } from '../../portal/TenantContext';
import { ActionForm } from '../../office/ActionForm';
import { UploadForm } from '../../office/UploadForm';
import { type Session } from '../../identity/office/session';
import { decisionBody, entryActions, GROUNDS, proposalBody, STAGES, testActions, type ProposalForm } from './register';
import {
  entryAction,
  getEntry,
  proposeExemption,
  testAction,
  uploadDocument,
  type ConsequenceTestView,
  type OfficerEntryView,
} from './api';

/**
 * `/{slug}/kantor/dip/{id}`: one register entry: its Pasal 17(1) columns, the documentation stages (Perbup Pasal
 * 16(3): verification, authentication, codification) and publication (Pasal 17(2)), the front page for serta merta
 * (UU KIP Ps 10), berkala updates, documents, and the consequence tests (Pasal 6(2), 16(2)) with decision and review.
 */
export function RegisterEntryPage({ id, session }: { id: string; session: Session }) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const a = usePpidAdminText();
  const en = a.entry;
  const { state, reload } = useAsync((signal) => getEntry(tenant.slug, id, signal), `${tenant.slug}|${id}`);
  const [updated, setUpdated] = useState<OfficerEntryView | null>(null);
  const [notice, setNotice] = useState('');
  const view = updated ?? (state.status === 'ok' ? state.data : null);
  useDocumentTitle(view ? view.entry.title : a.list.title);
  if (!view) return state.status === 'error' ? <ErrorPanel error={state.error} onRetry={reload} /> : <Loading />;
  const e = view.entry;
  const date = (d: string | null | undefined) => (d ? formatDayOf(d, tenant.zoneId, t.locale) : '');
  const roles = session.user.roles;
  const actions = entryActions(e, view.consequenceTests, roles);
  const refresh = async (message = en.done) => {
    setUpdated(await getEntry(tenant.slug, e.id));
    setNotice(message);
  };
  const act = (action: Parameters<typeof entryAction>[2], body?: unknown) => async () => {
    setUpdated(await entryAction(tenant.slug, e.id, action, body));
    setNotice(en.done);
  };
  const stageIndex = STAGES.indexOf(e.stage as (typeof STAGES)[number]);
  const today = todayIn(tenant.zoneId);
  return (
    <>
      <p>
        <Link href={`/${tenant.slug}/kantor/dip`}>← {en.back}</Link>
      </p>
      <h1>{e.title}</h1>
      <p className="muted">{e.code ?? e.number}</p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {e.exemption && (
        <section className="panel panel--alert" data-testid="entry-exemption" aria-labelledby="exempt-heading">
          <h2 id="exempt-heading" className="panel__title">
            {en.exemptTitle}
          </h2>
          <p>
            {e.exemption.legalBasis}: {lang === 'en' ? e.exemption.groundEn : e.exemption.groundId}
          </p>
          {e.exemption.decreeNumber && (
            <p>
              {en.decree}: {e.exemption.decreeNumber}
            </p>
          )}
          {e.exemption.until && (
            <p>
              {en.exemptUntil}: {date(e.exemption.until)}
            </p>
          )}
        </section>
      )}
      <section className="panel" aria-labelledby="entry-details">
        <h2 id="entry-details" className="panel__title">
          {en.details}
        </h2>
        <dl className="facts" data-testid="entry-facts">
          <Row label={en.infoClass} value={a.classes[e.infoClass] ?? e.infoClass} />
          <Row label={en.stage} value={a.stages[e.stage] ?? e.stage} />
          <Row label={en.code} value={e.code} />
          <Row label={en.published} value={e.published ? date(e.publishedAt) || a.list.yes : en.notPublished} />
          <Row label={en.frontPage} value={e.frontPage ? a.list.yes : null} />
          <Row label={a.entryForm.summary} value={e.summary} />
          <Row label={a.entryForm.holdingUnit} value={unitName(tenant, e.holdingUnit, lang)} />
          <Row label={a.entryForm.holdingOfficial} value={e.holdingOfficial} />
          <Row label={a.entryForm.personResponsible} value={e.personResponsible} />
          <Row label={a.entryForm.madeOn} value={date(e.madeOn)} />
          <Row label={a.entryForm.madePlace} value={e.madePlace} />
          <Row label={a.entryForm.formsLabel} value={e.forms.map((f) => a.forms[f] ?? f).join(', ')} />
          <Row label={a.entryForm.retentionPeriod} value={e.retentionPeriod} />
          <Row label={a.entryForm.ownerPpid} value={unitName(tenant, e.ownerPpid, lang)} />
          <Row label={en.lastUpdatedOn} value={date(e.lastUpdatedOn)} />
          <Row label={en.nextUpdateDue} value={date(e.nextUpdateDue)} />
        </dl>
        {e.overdue && <span className="badge badge--overdue">{a.list.overdue}</span>}
      </section>
      <section className="panel" aria-labelledby="entry-stages">
        <h2 id="entry-stages" className="panel__title">
          {en.stagesTitle}
        </h2>
        <ol data-testid="entry-stages">
          {STAGES.map((s, i) => (
            <li key={s} aria-current={i === stageIndex ? 'step' : undefined}>
              {a.stages[s]}
              {i <= stageIndex ? ` (${en.stepsDone})` : ''}
            </li>
          ))}
          <li aria-current={e.published ? 'step' : undefined}>
            {en.published}
            {e.published ? ` (${en.stepsDone})` : ''}
          </li>
        </ol>
      </section>
      <section className="panel" aria-labelledby="entry-actions">
        <h2 id="entry-actions" className="panel__title">
          {en.actions}
        </h2>
        {actions.filter((x) => x !== 'upload' && x !== 'propose').length === 0 && <p>{en.noActions}</p>}
        {actions.includes('verify') && <ActionForm id="verify" submitLabel={en.verify} onSubmit={act('verification')} />}
        {actions.includes('authenticate') && <ActionForm id="authenticate" submitLabel={en.authenticate} onSubmit={act('authentication')} />}
        {actions.includes('codify') && (
          <ActionForm
            id="codify"
            submitLabel={en.codify}
            fields={[{ kind: 'text', name: 'code', label: en.codeLabel }]}
            onSubmit={async (v) => act('codification', { code: (v.code as string).trim() || undefined })()}
          />
        )}
        {actions.includes('publish') && <ActionForm id="publish" submitLabel={en.publish} onSubmit={act('publication')} />}
        {actions.includes('frontPageOn') && (
          <ActionForm id="front-page-on" submitLabel={en.frontPageOn} secondary onSubmit={act('front-page', { on: true })} />
        )}
        {actions.includes('frontPageOff') && (
          <ActionForm id="front-page-off" submitLabel={en.frontPageOff} secondary onSubmit={act('front-page', { on: false })} />
        )}
        {actions.includes('update') && (
          <ActionForm
            id="update"
            submitLabel={en.update}
            secondary
            fields={[{ kind: 'text', name: 'updatedOn', label: en.updatedOn, hint: a.entryForm.dateHint, initial: today }]}
            onSubmit={async (v) => act('updates', { updatedOn: v.updatedOn })()}
          />
        )}
      </section>
      <section className="panel" aria-labelledby="entry-documents">
        <h2 id="entry-documents" className="panel__title">
          {en.documents}
        </h2>
        {view.documents.length === 0 ? (
          <p>{en.noDocuments}</p>
        ) : (
          <ul data-testid="entry-documents">
            {view.documents.map((d) => (
              <li key={d.id}>
                {d.fileName} · {Math.max(1, Math.round(d.sizeBytes / 1024))} KiB · {date(d.uploadedAt)}
              </li>
            ))}
          </ul>
        )}
        {actions.includes('upload') && <Upload entryId={e.id} onDone={(name) => refresh(en.uploaded(name))} />}
      </section>
      <section className="panel" aria-labelledby="entry-tests">
        <h2 id="entry-tests" className="panel__title">
          {a.test.title}
        </h2>
        {view.consequenceTests.length === 0 && <p>{a.test.none}</p>}
        {view.consequenceTests.map((ct) => (
          <TestView key={ct.id} test={ct} roles={roles} onChange={() => refresh()} />
        ))}
        {actions.includes('propose') && <Propose entryId={e.id} onDone={() => refresh()} />}
      </section>
    </>
  );
}

function Upload({ entryId, onDone }: { entryId: string; onDone: (name: string) => Promise<void> }) {
  const tenant = useTenant();
  const a = usePpidAdminText();
  return (
    <UploadForm
      id="document-file"
      formLabel={a.entry.upload}
      fileLabel={a.entry.file}
      submitLabel={a.entry.upload}
      noFileMessage={a.entry.file}
      accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,application/pdf"
      onUpload={async (file) => onDone((await uploadDocument(tenant.slug, entryId, file)).fileName)}
    />
  );
}

function Propose({ entryId, onDone }: { entryId: string; onDone: () => Promise<void> }) {
  const tenant = useTenant();
  const a = usePpidAdminText();
  const x = a.test;
  return (
    <ActionForm
      id="propose"
      submitLabel={x.propose}
      secondary
      fields={[
        { kind: 'select', name: 'ground', label: x.ground, initial: 'A', options: GROUNDS.map((g) => ({ value: g, label: a.grounds[g] ?? g })) },
        { kind: 'textarea', name: 'harmTest', label: x.harmTest },
        { kind: 'textarea', name: 'political', label: x.political },
        { kind: 'textarea', name: 'economic', label: x.economic },
        { kind: 'textarea', name: 'socioCultural', label: x.socioCultural },
        { kind: 'textarea', name: 'defenceSecurity', label: x.defenceSecurity },
        { kind: 'text', name: 'meetingOn', label: x.meetingOn, hint: a.entryForm.dateHint, initial: todayIn(tenant.zoneId) },
        { kind: 'textarea', name: 'members', label: x.members },
      ]}
      onSubmit={async (v) => {
        await proposeExemption(tenant.slug, entryId, proposalBody(v as unknown as ProposalForm));
        await onDone();
      }}
    />
  );
}

function TestView({ test, roles, onChange }: { test: ConsequenceTestView; roles: string[]; onChange: () => Promise<void> }) {
  const tenant = useTenant();
  const { t } = useI18n();
  const a = usePpidAdminText();
  const x = a.test;
  const may = testActions(test, roles);
  const date = (d: string | null) => (d ? formatDayOf(d, tenant.zoneId, t.locale) : '');
  return (
    <div data-testid="consequence-test">
      <h3>
        {a.grounds[test.ground] ?? test.legalBasis} · {x.statuses[test.status] ?? test.status}
      </h3>
      <p className="muted">{x.proposed(test.proposedBy, date(test.proposedAt))}</p>
      <dl className="facts">
        <Row label={x.harmTest} value={test.harmTest} />
        <Row label={x.political} value={test.political} />
        <Row label={x.economic} value={test.economic} />
        <Row label={x.socioCultural} value={test.socioCultural} />
        <Row label={x.defenceSecurity} value={test.defenceSecurity} />
        <Row label={x.meetingOn} value={date(test.meetingOn)} />
        <Row label={x.members} value={test.members.join(', ')} />
        <Row label={x.decreeNumber} value={test.decreeNumber} />
        <Row label={x.exemptUntil} value={date(test.exemptUntil)} />
        <Row label={x.note} value={test.decisionNote} />
      </dl>
      {test.reviews.length > 0 && (
        <>
          <h4>{x.reviews}</h4>
          <ul>
            {test.reviews.map((r, i) => (
              <li key={i}>
                {date(r.at)}: {r.publicInterest} ({r.opened ? x.opened : x.kept})
              </li>
            ))}
          </ul>
        </>
      )}
      {may.includes('decide') && (
        <ActionForm
          id={`decision-${test.id}`}
          submitLabel={x.decide}
          fields={[
            {
              kind: 'select',
              name: 'decision',
              label: x.decision,
              initial: 'EXEMPT',
              options: ['EXEMPT', 'NOT_EXEMPT'].map((d) => ({ value: d, label: x.decisions[d] ?? d })),
            },
            { kind: 'text', name: 'decreeNumber', label: x.decreeNumber },
            { kind: 'text', name: 'exemptUntil', label: x.exemptUntil, hint: a.entryForm.dateHint },
            { kind: 'textarea', name: 'note', label: x.note },
          ]}
          onSubmit={async (v) => {
            await testAction(
              tenant.slug,
              test.id,
              'decision',
              decisionBody(v as { decision: string; decreeNumber: string; exemptUntil: string; note: string }),
            );
            await onChange();
          }}
        />
      )}
      {may.includes('review') && (
        <ActionForm
          id={`review-${test.id}`}
          submitLabel={x.review}
          secondary
          fields={[
            { kind: 'textarea', name: 'publicInterest', label: x.publicInterest },
            {
              kind: 'select',
              name: 'open',
              label: x.open,
              initial: 'no',
              options: ['no', 'yes'].map((o) => ({ value: o, label: x.opens[o] ?? o })),
            },
          ]}
          onSubmit={async (v) => {
            await testAction(tenant.slug, test.id, 'review', { publicInterest: v.publicInterest, open: v.open === 'yes' });
            await onChange();
          }}
        />
      )}
    </div>
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
