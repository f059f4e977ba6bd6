import { useState } from 'react';
import { CardTable, Cell } from '../../../app/CardTable';
import { useDebounced } from '../../../app/useDebounced';
import { ErrorPanel, Loading } from '../../../app/ErrorPanel';
import { SelectField, TextField } from '../../../app/fields';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useOfficeText } from '../../../i18n/office';
import type { OfficeMessages } from '../../../i18n/office.id';
import { formatLongDate, todayIn } from '../../calendar/dates';
import { StatusBadge } from '../citizen/parts';
import { useTenant } from '../../portal/TenantContext';
import { complaintCounts, listQueue, type QueueQuery } from './api';
import { addDays, deadlineLevel, dueOf, sortItems, type SortKey } from '../../office/deadlines';
import { searchParams, tabCount } from '../../office/queueSearch';
import { DeadlineBadge } from '../../office/DeadlineBadge';
import { SavedFilterChips } from '../../office/SavedFilterChips';
import { hasRole, type Session } from '../../identity/office/session';

export interface QueueDef {
  key: string;
  label: (o: OfficeMessages) => string;
  query: (today: string) => QueueQuery;
  /** Only keep lines whose clock is due soon (not yet overdue). */
  dueSoonOnly?: boolean;
}

/**
 * The queues a role works (issue 6): the central admin verifies, dispatches and reviews answers (SPIKM Pasal 7c, 7g);
 * an agency operator sees its unit's new, received, in-progress, due-soon and overdue parts (Pasal 7e-h); readers
 * (coordinator, coordination team, regent) see all and the overdue.
 */
export function queuesFor(session: Session): QueueDef[] {
  if (hasRole(session, 'CENTRAL_ADMIN')) {
    return [
      { key: 'toVerify', label: (o) => o.queues.toVerify, query: () => ({ status: 'RECEIVED' }) },
      { key: 'clarification', label: (o) => o.queues.clarification, query: () => ({ status: 'CLARIFICATION_REQUESTED' }) },
      { key: 'toDispatch', label: (o) => o.queues.toDispatch, query: () => ({ status: 'VERIFIED' }) },
      { key: 'toReview', label: (o) => o.queues.toReview, query: () => ({ status: 'ANSWERED' }) },
      { key: 'overdue', label: (o) => o.queues.overdue, query: () => ({ overdue: true }) },
      { key: 'all', label: (o) => o.queues.all, query: () => ({}) },
    ];
  }
  if (hasRole(session, 'AGENCY_OPERATOR')) {
    return [
      { key: 'new', label: (o) => o.queues.new, query: () => ({ unitStatus: 'SENT' }) },
      { key: 'received', label: (o) => o.queues.agencyReceived, query: () => ({ unitStatus: 'RECEIVED' }) },
      { key: 'inProgress', label: (o) => o.queues.inProgress, query: () => ({ unitStatus: 'IN_PROGRESS' }) },
      {
        key: 'dueSoon',
        label: (o) => o.queues.dueSoon,
        query: (today) => ({ status: 'DISPATCHED', dueBefore: addDays(today, 3), size: 100 }),
        dueSoonOnly: true,
      },
      { key: 'overdue', label: (o) => o.queues.overdue, query: () => ({ overdue: true }) },
      { key: 'all', label: (o) => o.queues.all, query: () => ({}) },
    ];
  }
  return [
    { key: 'all', label: (o) => o.queues.all, query: () => ({}) },
    { key: 'overdue', label: (o) => o.queues.overdue, query: () => ({ overdue: true }) },
  ];
}

const PAGE_SIZE = 20;

export function QueuesPage({ session }: { session: Session }) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const o = useOfficeText();
  useDocumentTitle(o.queues.heading);
  const queues = queuesFor(session);
  // A dashboard tile opens its tab: `?antrean=toVerify` (an unknown key falls back to the first tab).
  const [queueKey, setQueueKey] = useState(() => {
    const asked = new URLSearchParams(window.location.search).get('antrean');
    return queues.find((q) => q.key === asked)?.key ?? queues[0]!.key;
  });
  const [page, setPage] = useState(0);
  const [text, setText] = useState('');
  const [category, setCategory] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'due', asc: true });
  const today = todayIn(tenant.zoneId);
  const queue = queues.find((q) => q.key === queueKey) ?? queues[0]!;
  const unit = hasRole(session, 'CENTRAL_ADMIN') ? null : session.user.orgUnit;
  const mayFindByIdentity = hasRole(session, 'CENTRAL_ADMIN');
  const search = searchParams(useDebounced(text), mayFindByIdentity);
  const serverSort = sort.key === 'due' ? 'DUE_ASC' : sort.key === 'receivedOn' && sort.asc ? 'RECEIVED_ASC' : undefined;
  const filters = { ...search, ...(category ? { category } : {}) };
  const filterKey = JSON.stringify(filters);
  const { state, reload } = useAsync(
    (signal) =>
      listQueue(tenant.slug, { size: PAGE_SIZE, page, sort: serverSort, ...filters, ...queue.query(today) }, signal),
    `${queueKey}:${page}:${filterKey}:${serverSort ?? ''}`,
  );
  const counts = useAsync((signal) => complaintCounts(tenant.slug, filters, signal), filterKey);
  const countsData = counts.state.status === 'ok' ? counts.state.data : null;
  const headers: [SortKey | null, string][] = [
    ['trackingNumber', o.queues.number],
    [null, o.queues.subject],
    [null, o.queues.status],
    ['receivedOn', o.queues.received],
    ['due', o.queues.due],
  ];

  return (
    <>
      <h1>{o.queues.heading}</h1>
      <ul className="tabs" aria-label={o.queues.heading}>
        {queues.map((q) => (
          <li key={q.key}>
            <button
              type="button"
              aria-pressed={q.key === queueKey}
              onClick={() => {
                setQueueKey(q.key);
                setPage(0);
              }}
            >
              {q.label(o)}
              <TabCount count={tabCount(q.query(today), countsData)} />
            </button>
          </li>
        ))}
      </ul>
      <div className="filters">
        <TextField
          id="queue-text"
          label={mayFindByIdentity ? o.queues.searchWithIdentity : o.queues.search}
          value={text}
          onChange={(v) => {
            setText(v);
            setPage(0);
          }}
        />
        <SelectField
          id="queue-category"
          label={o.queues.filterCategory}
          value={category}
          onChange={(v) => {
            setCategory(v);
            setPage(0);
          }}
          options={[
            { value: '', label: o.queues.allCategories },
            ...tenant.complaintCategories.map((c) => ({ value: c.code, label: lang === 'en' ? c.nameEn : c.name })),
          ]}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            reload();
            counts.reload();
          }}
        >
          {o.queues.refresh}
        </button>
      </div>
      <SavedFilterChips
        queue="COMPLAINTS"
        current={{ tab: queueKey, q: search.q, category }}
        onApply={(f) => {
          if (f.tab && queues.some((q) => q.key === f.tab)) setQueueKey(f.tab);
          setText(f.q);
          setCategory(f.category);
          setPage(0);
        }}
      />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' &&
        (() => {
          let items = state.data.items;
          if (queue.dueSoonOnly) {
            items = items.filter((i) => {
              const due = dueOf(i, unit);
              return due !== null && deadlineLevel(due, today, 3) === 'soon';
            });
          }
          items = sortItems(items, sort.key, sort.asc, unit);
          if (items.length === 0) return <p>{o.queues.empty}</p>;
          return (
            <>
              <p className="muted" role="status">
                {o.queues.total(items.length, state.data.total)}
              </p>
              <CardTable>
                  <thead>
                    <tr>
                      {headers.map(([key, label]) => (
                        <th
                          key={label}
                          scope="col"
                          aria-sort={
                            key && sort.key === key ? (sort.asc ? 'ascending' : 'descending') : undefined
                          }
                        >
                          {key ? (
                            <button
                              type="button"
                              title={o.queues.sortBy(label)}
                              onClick={() => setSort((s) => ({ key, asc: s.key === key ? !s.asc : true }))}
                            >
                              {label}
                            </button>
                          ) : (
                            label
                          )}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((i) => (
                      <tr key={i.id}>
                        <Cell label={o.queues.number}>
                          <Link href={`/${tenant.slug}/kantor/kasus/${i.id}`}>{i.trackingNumber}</Link>
                        </Cell>
                        <Cell label={o.queues.subject}>{i.title}</Cell>
                        <Cell label={o.queues.status}>
                          <StatusBadge status={i.status} />
                        </Cell>
                        <Cell label={o.queues.received}>{formatLongDate(i.receivedOn, t.locale)}</Cell>
                        <Cell label={o.queues.due}>
                          <DeadlineBadge due={dueOf(i, unit)} today={today} />
                        </Cell>
                      </tr>
                    ))}
                  </tbody>
              </CardTable>
              {state.data.total > PAGE_SIZE && (
              <p className="actions">
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={page === 0}
                  onClick={() => setPage((p) => p - 1)}
                >
                  {o.queues.prev}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={(page + 1) * PAGE_SIZE >= state.data.total}
                  onClick={() => setPage((p) => p + 1)}
                >
                  {o.queues.next}
                </button>
              </p>
              )}
            </>
          );
        })()}
    </>
  );
}

/** A tab's count, read as part of the tab's name ("Perlu diverifikasi, 12"). */
function TabCount({ count }: { count: number | null }) {
  if (count === null) return null;
  return (
    <span className="tab-count">
      <span className="visually-hidden">, </span>
      {count}
    </span>
  );
}
