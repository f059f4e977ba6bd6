import { useState } from 'react';
import { ErrorPanel, Loading } from '../../../app/ErrorPanel';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useOfficeText } from '../../../i18n/office';
import { formatLongDate } from '../../calendar/dates';
import { unitName } from '../../complaints/citizen/parts';
import { useTenant } from '../../portal/TenantContext';
import { ActionForm } from '../../office/ActionForm';
import { flatUnits } from '../../office/orgUnits';
import { hasRole, type Session } from '../../identity/office/session';
import {
  answerDirection,
  coordinationReport,
  coordinationTeam,
  evaluate,
  followUp,
  giveDirection,
  handleProblem,
  listDirections,
  listEvaluations,
  listProblems,
  listRecommendations,
  passProblem,
  recommend,
  type DirectionKind,
  type EvaluationSubject,
  type Problem,
  type Recommendation,
} from './api';
import { CardTable, Cell } from '../../../app/CardTable';
import { todayIn } from '../../calendar/dates';
import { addDays } from '../../office/deadlines';

/** Who opens the coordination page: the Tim Koordinasi's work and the agencies that must follow it up. */
export const COORDINATION_ROLES = ['COORDINATION_TEAM', 'OPS_COORDINATOR', 'BUPATI', 'AGENCY_HEAD', 'AGENCY_OPERATOR'];
const PROBLEM_ROLES = ['COORDINATION_TEAM', 'OPS_COORDINATOR', 'BUPATI'];

/**
 * `/{slug}/kantor/koordinasi` (SPIKM Pasal 1 no. 13, 6, 7l-m, 8): the operations coordinator passes problems to the
 * Tim Koordinasi, which handles them and recommends to an agency; the agency's head follows the recommendation up by
 * its due date. An overdue follow-up is marked and has been escalated by e-mail.
 */
export function CoordinationPage({ session }: { session: Session }) {
  const c = useOfficeText().coordination;
  useDocumentTitle(c.title);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    setVersion((v) => v + 1);
  };
  return (
    <>
      <h1>{c.title}</h1>
      <p className="lead">{c.intro}</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <Recommendations session={session} version={version} onDone={done} />
      {hasRole(session, ...PROBLEM_ROLES) && <Problems session={session} version={version} onDone={done} />}
      {hasRole(session, ...PROBLEM_ROLES) && <Directions session={session} version={version} onDone={done} />}
      {hasRole(session, ...PROBLEM_ROLES) && <Evaluations session={session} version={version} onDone={done} />}
      {hasRole(session, ...PROBLEM_ROLES) && <Report version={version} />}
      {hasRole(session, ...PROBLEM_ROLES) && <TeamPanel />}
    </>
  );
}

function Recommendations({ session, version, onDone }: { session: Session; version: number; onDone: (m: string) => void }) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const c = useOfficeText().coordination;
  const { state, reload } = useAsync((signal) => listRecommendations(tenant.slug, signal), `recommendations-${tenant.slug}-${version}`);
  const units = flatUnits(tenant.orgUnits ?? []);
  const date = (d: string) => formatLongDate(d, t.locale);
  return (
    <section className="panel" aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading" className="panel__title">
        {c.recommendations}
      </h2>
      {hasRole(session, 'COORDINATION_TEAM') && (
        <ActionForm
          id="recommend"
          submitLabel={c.recommend}
          fields={[
            {
              kind: 'select',
              name: 'unit',
              label: c.unit,
              initial: units[0]?.code ?? '',
              options: units.map((u) => ({ value: u.code, label: unitName(tenant, u.code, lang) })),
            },
            { kind: 'textarea', name: 'text', label: c.text },
            { kind: 'text', name: 'dueOn', label: c.dueOn, hint: c.dueOnHint },
          ]}
          onSubmit={async (v) => {
            await recommend(tenant.slug, { unit: String(v.unit), text: String(v.text), dueOn: v.dueOn ? String(v.dueOn) : undefined });
            onDone(c.recommended);
          }}
        />
      )}
      {state.status === 'loading' ? (
        <Loading />
      ) : state.status === 'error' ? (
        <ErrorPanel error={state.error} onRetry={reload} />
      ) : state.data.length === 0 ? (
        <p className="muted">{c.noRecommendations}</p>
      ) : (
        <ul className="cards" data-testid="recommendations">
          {state.data.map((r) => (
            <RecommendationCard key={r.id} r={r} session={session} date={date} onDone={onDone} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RecommendationCard({ r, session, date, onDone }: { r: Recommendation; session: Session; date: (d: string) => string; onDone: (m: string) => void }) {
  const tenant = useTenant();
  const { lang } = useI18n();
  const c = useOfficeText().coordination;
  const status = r.followedUpOn ? (r.late ? c.followedUpLate : c.followedUp) : r.overdueSince ? c.overdue : c.waiting;
  const badge = r.followedUpOn ? 'ok' : r.overdueSince ? 'overdue' : 'open';
  return (
    <li className="card">
      <p>
        <strong>{unitName(tenant, r.unit, lang)}</strong> <span className={`badge badge--${badge}`}>{status}</span>
      </p>
      <p>{r.text}</p>
      <p className="muted">
        {c.issuedOn}: {date(r.issuedOn)} · {c.dueOn}: {date(r.dueOn)}
      </p>
      {r.followUp && (
        <p>
          {c.followUpText}: {r.followUp} ({date(r.followedUpOn ?? r.dueOn)})
        </p>
      )}
      {!r.followedUpOn && hasRole(session, 'AGENCY_HEAD') && session.user.orgUnit === r.unit && (
        <ActionForm
          id={`follow-up-${r.id}`}
          submitLabel={c.recordFollowUp}
          secondary
          fields={[{ kind: 'textarea', name: 'followUp', label: c.followUpText }]}
          onSubmit={async (v) => {
            await followUp(tenant.slug, r.id, String(v.followUp));
            onDone(c.followUpRecorded);
          }}
        />
      )}
    </li>
  );
}

function Problems({ session, version, onDone }: { session: Session; version: number; onDone: (m: string) => void }) {
  const tenant = useTenant();
  const { t } = useI18n();
  const c = useOfficeText().coordination;
  const { state, reload } = useAsync((signal) => listProblems(tenant.slug, signal), `problems-${tenant.slug}-${version}`);
  return (
    <section className="panel" aria-labelledby="problems-heading">
      <h2 id="problems-heading" className="panel__title">
        {c.problems}
      </h2>
      {hasRole(session, 'OPS_COORDINATOR') && (
        <ActionForm
          id="pass-problem"
          submitLabel={c.passProblem}
          fields={[
            { kind: 'text', name: 'title', label: c.problemTitle },
            { kind: 'textarea', name: 'description', label: c.problemDescription },
            { kind: 'text', name: 'complaints', label: c.complaints, hint: c.complaintsHint },
          ]}
          onSubmit={async (v) => {
            const numbers = String(v.complaints ?? '')
              .split(/[\s,]+/)
              .filter((n) => n !== '');
            await passProblem(tenant.slug, { title: String(v.title), description: String(v.description), complaints: numbers });
            onDone(c.problemPassed);
          }}
        />
      )}
      {state.status === 'loading' ? (
        <Loading />
      ) : state.status === 'error' ? (
        <ErrorPanel error={state.error} onRetry={reload} />
      ) : state.data.length === 0 ? (
        <p className="muted">{c.noProblems}</p>
      ) : (
        <ul className="cards" data-testid="problems">
          {state.data.map((p: Problem) => (
            <li key={p.id} className="card">
              <p>
                <strong>{p.title}</strong>{' '}
                <span className={`badge badge--${p.handledOn ? 'ok' : 'open'}`}>{p.handledOn ? c.handled : c.notHandled}</span>
              </p>
              <p>{p.description}</p>
              <p className="muted">
                {c.passedOn}: {formatLongDate(p.passedOn, t.locale)}
                {p.complaints.length > 0 && ` · ${c.complaints}: ${p.complaints.join(', ')}`}
              </p>
              {p.handlingNote && <p>{p.handlingNote}</p>}
              {!p.handledOn && hasRole(session, 'COORDINATION_TEAM') && (
                <ActionForm
                  id={`handle-${p.id}`}
                  submitLabel={c.handle}
                  secondary
                  fields={[{ kind: 'textarea', name: 'note', label: c.handlingNote }]}
                  onSubmit={async (v) => {
                    await handleProblem(tenant.slug, p.id, String(v.note));
                    onDone(c.problemHandled);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Directions, input and suggestions of the Tim Koordinasi to the operations team, and its answers (SPIKM Pasal 6a). */
function Directions({ session, version, onDone }: { session: Session; version: number; onDone: (m: string) => void }) {
  const tenant = useTenant();
  const { t } = useI18n();
  const c = useOfficeText().coordination;
  const { state, reload } = useAsync((signal) => listDirections(tenant.slug, signal), `directions-${tenant.slug}-${version}`);
  return (
    <section className="panel" aria-labelledby="directions-heading">
      <h2 id="directions-heading" className="panel__title">
        {c.directions}
      </h2>
      {hasRole(session, 'COORDINATION_TEAM') && (
        <ActionForm
          id="give-direction"
          submitLabel={c.giveDirection}
          fields={[
            { kind: 'select', name: 'kind', label: c.directionKind, initial: 'ARAHAN', options: (['ARAHAN', 'MASUKAN', 'SARAN'] as const).map((k) => ({ value: k, label: c.directionKinds[k] })) },
            { kind: 'textarea', name: 'text', label: c.directionText },
          ]}
          onSubmit={async (v) => {
            await giveDirection(tenant.slug, { kind: String(v.kind) as DirectionKind, text: String(v.text) });
            onDone(c.directionGiven);
          }}
        />
      )}
      {state.status === 'loading' ? (
        <Loading />
      ) : state.status === 'error' ? (
        <ErrorPanel error={state.error} onRetry={reload} />
      ) : state.data.length === 0 ? (
        <p className="muted">{c.noDirections}</p>
      ) : (
        <ul className="cards" data-testid="directions">
          {state.data.map((d) => (
            <li key={d.id} className="card">
              <p>
                <strong>{c.directionKinds[d.kind]}</strong>{' '}
                <span className={`badge badge--${d.response ? 'ok' : 'open'}`}>{d.response ? c.answered : c.notAnswered}</span>
              </p>
              <p>{d.text}</p>
              <p className="muted">
                {c.givenOn}: {formatLongDate(d.givenOn, t.locale)}
              </p>
              {d.response && d.respondedOn && (
                <p>
                  {c.answered} {formatLongDate(d.respondedOn, t.locale)}: {d.response}
                </p>
              )}
              {!d.response && hasRole(session, 'OPS_COORDINATOR') && (
                <ActionForm
                  id={`answer-${d.id}`}
                  submitLabel={c.sendAnswer}
                  secondary
                  fields={[{ kind: 'textarea', name: 'response', label: c.answer }]}
                  onSubmit={async (v) => {
                    await answerDirection(tenant.slug, d.id, String(v.response));
                    onDone(c.answerSent);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The Tim Koordinasi's evaluations of the operations team's work and of the service (SPIKM Pasal 6b, 6f). */
function Evaluations({ session, version, onDone }: { session: Session; version: number; onDone: (m: string) => void }) {
  const tenant = useTenant();
  const { t } = useI18n();
  const c = useOfficeText().coordination;
  const { state, reload } = useAsync((signal) => listEvaluations(tenant.slug, signal), `evaluations-${tenant.slug}-${version}`);
  const today = todayIn(tenant.zoneId);
  const date = (d: string) => formatLongDate(d, t.locale);
  return (
    <section className="panel" aria-labelledby="evaluations-heading">
      <h2 id="evaluations-heading" className="panel__title">
        {c.evaluations}
      </h2>
      {hasRole(session, 'COORDINATION_TEAM') && (
        <ActionForm
          id="evaluate"
          submitLabel={c.recordEvaluation}
          fields={[
            { kind: 'select', name: 'subject', label: c.subject, initial: 'OPERATIONS_TEAM', options: (['OPERATIONS_TEAM', 'SERVICE'] as const).map((k) => ({ value: k, label: c.subjects[k] })) },
            { kind: 'text', name: 'from', label: c.periodFrom, hint: c.periodHint, initial: addDays(today, -30) },
            { kind: 'text', name: 'to', label: c.periodTo, hint: c.periodHint, initial: today },
            { kind: 'textarea', name: 'findings', label: c.findings },
          ]}
          onSubmit={async (v) => {
            await evaluate(tenant.slug, { subject: String(v.subject) as EvaluationSubject, from: String(v.from), to: String(v.to), findings: String(v.findings) });
            onDone(c.evaluationRecorded);
          }}
        />
      )}
      {state.status === 'loading' ? (
        <Loading />
      ) : state.status === 'error' ? (
        <ErrorPanel error={state.error} onRetry={reload} />
      ) : state.data.length === 0 ? (
        <p className="muted">{c.noEvaluations}</p>
      ) : (
        <ul className="cards" data-testid="evaluations">
          {state.data.map((e) => (
            <li key={e.id} className="card">
              <p>
                <strong>{c.subjects[e.subject]}</strong> · {c.period(date(e.from), date(e.to))}
              </p>
              <p>{e.findings}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The Tim Koordinasi's members and the Bupati's decree that set them (SPIKM Pasal 4). */
function TeamPanel() {
  const tenant = useTenant();
  const { t } = useI18n();
  const c = useOfficeText().coordination;
  const { state } = useAsync((signal) => coordinationTeam(tenant.slug, signal), `coordination-team-${tenant.slug}`);
  return (
    <section className="panel" aria-labelledby="team-heading" data-testid="coordination-team">
      <h2 id="team-heading" className="panel__title">
        {c.team}
      </h2>
      {state.status === 'loading' ? (
        <Loading />
      ) : state.status === 'error' ? (
        <p className="muted">{c.teamNotDescribed}</p>
      ) : (
        <>
          <p>{c.teamDecree(state.data.decree.title, state.data.decree.number, formatLongDate(state.data.decree.date, t.locale))}</p>
          <dl className="facts">
            {state.data.members.map((m, i) => (
              <div className="facts__row" key={`${m.post}-${i}`}>
                <dt>{c.posts[m.post]}</dt>
                <dd>{m.name ? `${m.name}, ${m.position}` : m.position}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}

/** The Tim Koordinasi's report to the Bupati over the last 30 days (SPIKM Pasal 6g). */
function Report({ version }: { version: number }) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const c = useOfficeText().coordination;
  const to = todayIn(tenant.zoneId);
  const from = addDays(to, -30);
  const { state } = useAsync((signal) => coordinationReport(tenant.slug, from, to, signal), `coordination-report-${tenant.slug}-${version}`);
  if (state.status !== 'ok') return null;
  const r = state.data;
  return (
    <section className="panel" aria-labelledby="coordination-report">
      <h2 id="coordination-report" className="panel__title">
        {c.report(formatLongDate(r.from, t.locale), formatLongDate(r.to, t.locale))}
      </h2>
      <p>{c.problemCounts(r.problemsPassed, r.problemsHandled)}</p>
      <p>{c.directionCounts(r.directionsGiven, r.directionsAnswered)}</p>
      {r.agencies.length > 0 && (
        <CardTable>
          <caption>{c.byAgency}</caption>
          <thead>
            <tr>
              <th scope="col">{c.unit}</th>
              <th scope="col">{c.issued}</th>
              <th scope="col">{c.followedUp}</th>
              <th scope="col">{c.followedUpLate}</th>
              <th scope="col">{c.waiting}</th>
              <th scope="col">{c.overdue}</th>
            </tr>
          </thead>
          <tbody>
            {r.agencies.map((a) => (
              <tr key={a.unit}>
                <Cell label={c.unit}>{unitName(tenant, a.unit, lang)}</Cell>
                <Cell label={c.issued}>{a.issued}</Cell>
                <Cell label={c.followedUp}>{a.followedUpOnTime}</Cell>
                <Cell label={c.followedUpLate}>{a.followedUpLate}</Cell>
                <Cell label={c.waiting}>{a.open}</Cell>
                <Cell label={c.overdue}>{a.overdue}</Cell>
              </tr>
            ))}
          </tbody>
        </CardTable>
      )}
    </section>
  );
}
