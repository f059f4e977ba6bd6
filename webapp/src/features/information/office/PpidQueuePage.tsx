import { useState } from 'react';
import { CardTable, Cell } from '../../../app/CardTable';
import { ErrorPanel, Loading } from '../../../app/ErrorPanel';
import { SelectField, TextField } from '../../../app/fields';
import { useDebounced } from '../../../app/useDebounced';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { usePpidText } from '../../../i18n/ppid';
import { formatLongDate, todayIn } from '../../calendar/dates';
import { unitName } from '../../complaints/citizen/parts';
import { useTenant } from '../../portal/TenantContext';
import { DeadlineBadge } from '../../office/DeadlineBadge';
import { searchParams } from '../../office/queueSearch';
import { SavedFilterChips } from '../../office/SavedFilterChips';
import { hasRole, type Session } from '../../identity/office/session';
import { listRequests, objectionCounts, openObjections, requestCounts, type RequestQueue } from './api';

const STATUSES = ['AWAITING_CONFIRMATION', 'REGISTERED', 'ROUTED', 'NOTICE_ISSUED', 'LAPSED'];

/**
 * `/{slug}/kantor/ppid`: the PPID queues (Perbup Pasal 22): requests by state, due soon and overdue, with deadline
 * badges; objections waiting for the Atasan PPID's answer, with their deadline (Pasal 25(2)). A PPID Pembantu sees its unit's only (the API scopes).
 */
export function PpidQueuePage({ session }: { session: Session }) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const p = usePpidText();
  const q = p.queue;
  useDocumentTitle(q.title);
  // A dashboard tile opens the queue it counts: `?status=REGISTERED`, `?antrean=overdue` or `?antrean=dueSoon`.
  const [asked] = useState(() => new URLSearchParams(window.location.search));
  const [queue, setQueue] = useState<RequestQueue>(() => {
    const k = asked.get('antrean');
    return k === 'overdue' || k === 'dueSoon' ? k : 'all';
  });
  const [status, setStatus] = useState(() => {
    const s = asked.get('status') ?? '';
    return STATUSES.includes(s) ? s : '';
  });
  const [page, setPage] = useState(0);
  const [text, setText] = useState('');
  const today = todayIn(tenant.zoneId);
  // PPID officers may find a requester by phone or e-mail (the API answers 403 to the other roles).
  const mayFindByIdentity = hasRole(session, 'PPID_MAIN', 'PPID_ASSISTANT');
  const search = searchParams(useDebounced(text), mayFindByIdentity);
  const searchKey = JSON.stringify(search);
  const { state, reload } = useAsync(
    (signal) => listRequests(tenant.slug, queue, { status: status || undefined, page, ...search }, signal),
    `${tenant.slug}|${queue}|${status}|${page}|${searchKey}`,
  );
  const counts = useAsync((signal) => requestCounts(tenant.slug, search, signal), `${tenant.slug}|${searchKey}`);
  const countsData = counts.state.status === 'ok' ? counts.state.data : null;
  const showObjections = hasRole(session, 'ATASAN_PPID', 'PPID_MAIN', 'DISPUTE_FACILITATION', 'BUPATI');
  return (
    <>
      <h1>{q.title}</h1>
      <div className="tabs" role="group" aria-label={q.title}>
        {(['all', 'dueSoon', 'overdue'] as const).map((k) => (
          <button
            key={k}
            type="button"
            className="button button--secondary button--small"
            aria-pressed={queue === k}
            onClick={() => {
              setQueue(k);
              setPage(0);
            }}
          >
            {k === 'all' && countsData ? q.withCount(q.tabs[k]!, countsData.total) : q.tabs[k]}
          </button>
        ))}
      </div>
      {queue === 'all' && (
        <div className="filters">
          <TextField
            id="ppid-search"
            label={mayFindByIdentity ? q.searchWithIdentity : q.search}
            value={text}
            onChange={(v) => {
              setText(v);
              setPage(0);
            }}
          />
        <SelectField
          id="ppid-status"
          label={q.status}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(0);
          }}
          options={[
            { value: '', label: q.anyStatus },
            ...STATUSES.map((s) => {
              const label = p.statuses[s] ?? s;
              const n = countsData?.byStatus[s];
              return { value: s, label: n === undefined ? label : q.withCount(label, n) };
            }),
          ]}
        />
        </div>
      )}
      {queue === 'all' && (
        <SavedFilterChips
          queue="INFORMATION_REQUESTS"
          current={{ tab: status || 'all', q: search.q }}
          onApply={(f) => {
            setStatus(f.tab && STATUSES.includes(f.tab) ? f.tab : '');
            setText(f.q);
            setPage(0);
          }}
        />
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' &&
        (state.data.items.length === 0 ? (
          <p>{q.none}</p>
        ) : (
          <CardTable>
              <caption>{q.caption(state.data.total)}</caption>
              <thead>
                <tr>
                  <th scope="col">{q.number}</th>
                  <th scope="col">{q.status}</th>
                  <th scope="col">{q.received}</th>
                  <th scope="col">{q.due}</th>
                  <th scope="col">{q.unit}</th>
                  <th scope="col">{q.channel}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.items.map((r) => (
                  <tr key={r.id}>
                    <Cell label={q.number}>
                      <Link href={`/${tenant.slug}/kantor/permohonan/${r.id}`}>{r.registrationNumber}</Link>
                    </Cell>
                    <Cell label={q.status}>{p.statuses[r.status] ?? r.status}</Cell>
                    <Cell label={q.received}>{formatLongDate(r.receivedOn, t.locale)}</Cell>
                    <Cell label={q.due}>
                      {r.status === 'NOTICE_ISSUED' || r.status === 'LAPSED' ? (
                        <span className={`badge badge--${r.late ? 'overdue' : 'ok'}`}>{r.late ? q.badgeOverdue : q.badgeDone}</span>
                      ) : (
                        <DeadlineBadge due={r.noticeDue} today={today} />
                      )}
                    </Cell>
                    <Cell label={q.unit}>{r.orgUnit ? unitName(tenant, r.orgUnit, lang) : ''}</Cell>
                    <Cell label={q.channel}>{p.channels[r.channel] ?? r.channel}</Cell>
                  </tr>
                ))}
              </tbody>
          </CardTable>
        ))}
      {state.status === 'ok' && state.data.total > state.data.size && (
        <nav className="pager" aria-label={q.title}>
          <button type="button" className="button button--secondary button--small" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {q.previous}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={(page + 1) * state.data.size >= state.data.total}
            onClick={() => setPage(page + 1)}
          >
            {q.next}
          </button>
        </nav>
      )}
      {showObjections && <OpenObjections />}
    </>
  );
}

function OpenObjections() {
  const tenant = useTenant();
  const { t } = useI18n();
  const p = usePpidText();
  const today = todayIn(tenant.zoneId);
  const [text, setText] = useState('');
  const q = useDebounced(text).trim() || undefined;
  const { state, reload } = useAsync((signal) => openObjections(tenant.slug, signal, q), `${tenant.slug}|${q ?? ''}`);
  const counts = useAsync((signal) => objectionCounts(tenant.slug, q, signal), `${tenant.slug}|c|${q ?? ''}`);
  return (
    <section className="panel" aria-labelledby="objections-heading">
      <h2 id="objections-heading" className="panel__title">
        {p.queue.objectionsTitle}
      </h2>
      {counts.state.status === 'ok' && (
        <p className="muted" data-testid="objection-counts">
          {p.queue.objectionsCounts(counts.state.data.byStatus.FILED ?? 0, counts.state.data.overdue, counts.state.data.total)}
        </p>
      )}
      <TextField id="objection-search" label={p.queue.objectionsSearch} value={text} onChange={setText} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' &&
        (state.data.length === 0 ? (
          <p>{q ? p.queue.objectionsFound : p.queue.objectionsNone}</p>
        ) : (
          <ul>
            {state.data.map((o) => (
              <li key={o.id}>
                <Link href={`/${tenant.slug}/kantor/keberatan/${o.id}`}>{o.registerNumber}</Link> · {p.grounds[o.ground] ?? o.ground} ·{' '}
                {o.status === 'FILED' ? (
                  <>
                    <DeadlineBadge due={o.answerDue} today={today} /> {formatLongDate(o.answerDue, t.locale)}
                  </>
                ) : (
                  p.objection.statuses[o.status] ?? o.status
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
