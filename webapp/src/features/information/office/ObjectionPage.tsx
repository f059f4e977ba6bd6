import { useState } from 'react';
import { newIdempotencyKey } from '../../../api/complaints';
import { ErrorPanel, Loading } from '../../../app/ErrorPanel';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { usePpidText } from '../../../i18n/ppid';
import { formatLongDate, todayIn } from '../../calendar/dates';
import { useTenant } from '../../portal/TenantContext';
import { ActionForm } from '../../office/ActionForm';
import { hasRole, type Session } from '../../identity/office/session';
import { disputeAction, downloadAnswerLetter, fileDispute, getDispute, getObjection, objectionAction, type DisputeView, type ObjectionView } from './api';
import { LetterDownload } from '../../office/LetterDownload';

/**
 * `/{slug}/kantor/keberatan/{id}`: an objection (Perbup Pasal 24-25): the Atasan PPID's answer within 30 working days,
 * a settlement by deliberation for grounds b-g, and the disputes at the Information Commission (Pasal 26) with stages.
 */
export function ObjectionPage({ id, session }: { id: string; session: Session }) {
  const tenant = useTenant();
  const { t } = useI18n();
  const p = usePpidText();
  const ob = p.objection;
  const { state, reload } = useAsync((signal) => getObjection(tenant.slug, id, signal), `${tenant.slug}|${id}`);
  const [updated, setUpdated] = useState<ObjectionView | null>(null);
  // One key per dispute form: a retry after a lost answer records the dispute once (UU KIP Ps 37).
  const [disputeKey, setDisputeKey] = useState(newIdempotencyKey);
  const o = updated ?? (state.status === 'ok' ? state.data : null);
  useDocumentTitle(o ? ob.title(o.registerNumber) : p.queue.title);
  if (!o) return state.status === 'error' ? <ErrorPanel error={state.error} onRetry={reload} /> : <Loading />;
  const date = (d: string | null) => (d ? formatLongDate(d, t.locale) : '');
  const open = o.status === 'FILED';
  const refresh = async () => setUpdated(await getObjection(tenant.slug, o.id));
  return (
    <>
      <p>
        <Link href={`/${tenant.slug}/kantor/ppid`}>{p.queue.title}</Link>
      </p>
      <h1>{ob.title(o.registerNumber)}</h1>
      <section className="panel" aria-labelledby="objection-heading">
        <h2 id="objection-heading" className="panel__title">
          {ob.status}: {ob.statuses[o.status] ?? o.status}
        </h2>
        <dl className="facts">
          <Row label={ob.request} value={o.requestNumber} />
          <Row label={ob.ground} value={p.grounds[o.ground] ?? o.ground} />
          <Row label={ob.groundAroseOn} value={date(o.groundAroseOn)} />
          <Row label={ob.filedOn} value={date(o.filedOn)} />
          <Row label={ob.reasons} value={o.reasons} />
          <Row label={ob.answerDue} value={date(o.answerDue)} />
          <Row label={ob.decision} value={o.decision ? (ob.decisions[o.decision] ?? o.decision) : null} />
          <Row label={ob.answer} value={o.answer} />
          <Row label={ob.settlement} value={o.settlement} />
          <Row label={ob.carriedOut} value={o.carriedOutOn ? `${date(o.carriedOutOn)}: ${o.implementationNote ?? ''}` : null} />
          <Row label={ob.disputeFileBy} value={o.disputeFileBy ? date(o.disputeFileBy) : null} />
        </dl>
        {o.overdueSince && <span className="badge badge--overdue">{p.queue.badgeOverdue}</span>}
        {o.decision && (
          <p>
            <LetterDownload label={ob.answerLetter} onDownload={() => downloadAnswerLetter(tenant.slug, o.id)} />
          </p>
        )}
        {o.decision === 'UPHELD' && !o.carriedOutOn && hasRole(session, 'PPID_MAIN') && (
          <ActionForm
            id="implementation"
            submitLabel={ob.recordCarriedOut}
            secondary
            fields={[
              { kind: 'text', name: 'on', label: ob.carriedOutOn, hint: 'YYYY-MM-DD', initial: todayIn(tenant.zoneId) },
              { kind: 'textarea', name: 'note', label: ob.implementationNote },
            ]}
            onSubmit={async (v) => setUpdated(await objectionAction(tenant.slug, o.id, 'implementation', { on: v.on, note: v.note }))}
          />
        )}
      </section>
      <section className="panel" aria-labelledby="objection-actions">
        <h2 id="objection-actions" className="panel__title">
          {p.request.actions}
        </h2>
        {open && hasRole(session, 'ATASAN_PPID') && (
          <ActionForm
            id="answer"
            submitLabel={ob.answerTitle}
            fields={[
              {
                kind: 'select',
                name: 'decision',
                label: ob.decision,
                initial: 'UPHELD',
                options: ['UPHELD', 'REJECTED'].map((d) => ({ value: d, label: ob.decisions[d] ?? d })),
              },
              { kind: 'textarea', name: 'answer', label: ob.answer },
            ]}
            onSubmit={async (v) => setUpdated(await objectionAction(tenant.slug, o.id, 'answer', { decision: v.decision, answer: v.answer }))}
          />
        )}
        {open && o.ground !== 'A_REFUSED_EXEMPT' && hasRole(session, 'ATASAN_PPID', 'PPID_MAIN') && (
          <ActionForm
            id="settlement"
            submitLabel={ob.settleTitle}
            secondary
            fields={[{ kind: 'textarea', name: 'settlement', label: ob.settlement }]}
            onSubmit={async (v) => setUpdated(await objectionAction(tenant.slug, o.id, 'settlement', { settlement: v.settlement }))}
          />
        )}
        {!open && hasRole(session, 'PPID_MAIN', 'DISPUTE_FACILITATION') && (
          <ActionForm
            id="dispute"
            submitLabel={ob.fileDisputeTitle}
            fields={[
              { kind: 'text', name: 'commissionCaseNumber', label: ob.caseNumber },
              { kind: 'text', name: 'filedOn', label: ob.disputeFiledOn, hint: 'YYYY-MM-DD', initial: todayIn(tenant.zoneId) },
            ]}
            onSubmit={async (v) => {
              await fileDispute(
                tenant.slug,
                o.id,
                { commissionCaseNumber: v.commissionCaseNumber as string, filedOn: v.filedOn as string },
                disputeKey,
              );
              setDisputeKey(newIdempotencyKey());
              await refresh();
            }}
          />
        )}
      </section>
      {o.disputes.length > 0 && (
        <section className="panel" aria-labelledby="disputes-heading">
          <h2 id="disputes-heading" className="panel__title">
            {ob.disputes}
          </h2>
          {o.disputes.map((d) => (
            <Dispute key={d.id} id={d.id} session={session} />
          ))}
        </section>
      )}
    </>
  );
}

function Dispute({ id, session }: { id: string; session: Session }) {
  const tenant = useTenant();
  const { t } = useI18n();
  const p = usePpidText();
  const dp = p.dispute;
  const { state, reload } = useAsync((signal) => getDispute(tenant.slug, id, signal), `${tenant.slug}|${id}`);
  const [updated, setUpdated] = useState<DisputeView | null>(null);
  const d = updated ?? (state.status === 'ok' ? state.data : null);
  if (!d) return state.status === 'error' ? <ErrorPanel error={state.error} onRetry={reload} /> : <Loading />;
  const may = hasRole(session, 'PPID_MAIN', 'DISPUTE_FACILITATION') && !d.closed;
  const today = todayIn(tenant.zoneId);
  return (
    <div data-testid="dispute">
      <h3>
        {dp.title(d.registerNumber)} · {d.commissionCaseNumber}
      </h3>
      <p>
        {dp.stage}: <strong>{dp.stages[d.stage] ?? d.stage}</strong>
        {d.outcome && ` · ${dp.outcome}: ${dp.outcomes[d.outcome] ?? d.outcome}`}
      </p>
      <CommissionClocksView clocks={d.commission} decided={d.outcome != null} />
      {d.appealBy && <p>{dp.appealBy(formatLongDate(d.appealBy, t.locale))}</p>}
      {d.cassationBy && <p>{dp.cassationBy(formatLongDate(d.cassationBy, t.locale))}</p>}
      {d.courtPending && (
        <p>
          <span className="badge badge--open">{dp.courtPending}</span>
        </p>
      )}
      {d.finalOn && <p>{dp.finalOn(formatLongDate(d.finalOn, t.locale))}</p>}
      {d.tasks.length > 0 && (
        <>
          <h4>{dp.tasks}</h4>
          <ul data-testid="dispute-tasks">
            {d.tasks.map((task) => (
              <li key={task.seq}>
                {dp.taskKinds[task.kind] ?? task.kind}: {task.description}
                {task.orgUnit ? ` · ${task.orgUnit}` : ''}
                {task.dueOn ? ` · ${dp.taskDue(formatLongDate(task.dueOn, t.locale))}` : ''}
                {task.doneOn ? ` · ${dp.taskDone(formatLongDate(task.doneOn, t.locale))}${task.result ? `: ${task.result}` : ''}` : ''}
                {!task.doneOn && may && (
                  <ActionForm
                    id={`task-done-${d.id}-${task.seq}`}
                    submitLabel={dp.completeTask}
                    secondary
                    fields={[
                      { kind: 'text', name: 'on', label: dp.on, hint: 'YYYY-MM-DD', initial: today },
                      { kind: 'textarea', name: 'result', label: dp.taskResult },
                    ]}
                    onSubmit={async (v) => setUpdated(await disputeAction(tenant.slug, d.id, 'task-completions', { seq: task.seq, on: v.on, result: v.result || undefined }))}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <ol>
        {d.stages.map((s, i) => (
          <li key={i}>
            {formatLongDate(s.on, t.locale)}: {dp.stages[s.stage] ?? s.stage}
            {s.note ? ` · ${s.note}` : ''}
          </li>
        ))}
      </ol>
      {may && (
        <>
          <ActionForm
            id={`stage-${d.id}`}
            submitLabel={dp.stageTitle}
            secondary
            fields={[
              {
                kind: 'select',
                name: 'stage',
                label: dp.stage,
                initial: 'MEDIATION',
                options: Object.keys(dp.stages).map((s) => ({ value: s, label: dp.stages[s] ?? s })),
              },
              { kind: 'text', name: 'on', label: dp.on, hint: 'YYYY-MM-DD', initial: today },
              { kind: 'text', name: 'note', label: dp.note },
            ]}
            onSubmit={async (v) => setUpdated(await disputeAction(tenant.slug, d.id, 'stages', { stage: v.stage, on: v.on, note: v.note || undefined }))}
          />
          <ActionForm
            id={`task-${d.id}`}
            submitLabel={dp.addTask}
            secondary
            fields={[
              {
                kind: 'select',
                name: 'kind',
                label: dp.taskKind,
                initial: 'COORDINATE_PPID_PEMBANTU',
                options: Object.keys(dp.taskKinds).map((k) => ({ value: k, label: dp.taskKinds[k] ?? k })),
              },
              { kind: 'textarea', name: 'description', label: dp.taskDescription },
              { kind: 'text', name: 'dueOn', label: dp.taskDueOn, hint: 'YYYY-MM-DD' },
            ]}
            onSubmit={async (v) => setUpdated(await disputeAction(tenant.slug, d.id, 'tasks', { kind: v.kind, description: v.description, dueOn: v.dueOn || undefined }))}
          />
          <ActionForm
            id={`decision-${d.id}`}
            submitLabel={dp.decisionTitle}
            fields={[
              {
                kind: 'select',
                name: 'outcome',
                label: dp.outcome,
                initial: 'MEDIATION_AGREEMENT',
                options: Object.keys(dp.outcomes).map((s) => ({ value: s, label: dp.outcomes[s] ?? s })),
              },
              { kind: 'text', name: 'on', label: dp.on, hint: 'YYYY-MM-DD', initial: today },
              { kind: 'textarea', name: 'summary', label: dp.summary },
            ]}
            onSubmit={async (v) => setUpdated(await disputeAction(tenant.slug, d.id, 'decision', { outcome: v.outcome, on: v.on, summary: v.summary }))}
          />
        </>
      )}
    </div>
  );
}

/** The Information Commission's own deadlines (UU KIP Ps 38), overdue ones marked. */
export function CommissionClocksView({ clocks, decided }: { clocks: DisputeView['commission']; decided: boolean }) {
  const { t } = useI18n();
  const dp = usePpidText().dispute;
  const date = (d: string) => formatLongDate(d, t.locale);
  const overdue = <span className="badge badge--overdue">{dp.overdue}</span>;
  return (
    <dl className="facts" aria-label={dp.commissionClocks} data-testid="commission-clocks">
      <div className="facts__row">
        <dt>{dp.commissionStartBy}</dt>
        <dd>
          {date(clocks.startBy)}
          {clocks.startedOn && ` (${dp.startedOn(date(clocks.startedOn))})`} {clocks.startOverdue && overdue}
        </dd>
      </div>
      {!decided && (
        <div className="facts__row">
          <dt>{dp.commissionSettleBy}</dt>
          <dd>
            {date(clocks.settleBy)} {clocks.settleOverdue && overdue}
          </dd>
        </div>
      )}
    </dl>
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
