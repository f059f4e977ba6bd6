import { useState, type FormEvent, type ReactNode } from 'react';
import type { OrgUnit } from '../../../api/types';
import { listRegister, searchRegister, INFORMATION_CLASSES, type RegisterEntry, type RegisterPage, type SearchPage } from '../../../api/information';
import { ErrorPanel, Loading } from '../../../app/ErrorPanel';
import { SelectField, TextField } from '../../../app/fields';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useInformationText } from '../../../i18n/information';
import { formatLongDate } from '../../calendar/dates';
import { useTenant } from '../../portal/TenantContext';
import { Snippet } from './Snippet';
import { tenantPath } from '../../../api/client';

const PAGE_SIZE = 20;

function initialQuery(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/**
 * `/{slug}/informasi`: the public register (Perbup Pasal 17(2)): browse by class and unit, or search in Indonesian
 * (PostgreSQL `indonesian` configuration) with the matches highlighted.
 */
export function RegisterPage() {
  const tenant = useTenant();
  const { lang } = useI18n();
  const m = useInformationText();
  const r = m.register;
  useDocumentTitle(r.title);
  const [text, setText] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery);
  const [infoClass, setInfoClass] = useState('');
  const [unit, setUnit] = useState('');
  const [page, setPage] = useState(0);
  const key = `${tenant.slug}|${query}|${infoClass}|${unit}|${page}`;
  const { state, reload } = useAsync<{ kind: 'list'; data: RegisterPage } | { kind: 'search'; data: SearchPage }>(
    async (signal) =>
      query
        ? { kind: 'search', data: await searchRegister(tenant.slug, query, page, signal) }
        : {
            kind: 'list',
            data: await listRegister(
              tenant.slug,
              { class: infoClass || undefined, unit: unit || undefined, page, size: PAGE_SIZE },
              signal,
            ),
          },
    key,
  );

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    setPage(0);
    setQuery(q.length >= 2 ? q : '');
    window.history.replaceState(null, '', q.length >= 2 ? `?q=${encodeURIComponent(q)}` : window.location.pathname);
  };

  const flat = (list: OrgUnit[]): OrgUnit[] => list.flatMap((u) => [u, ...flat(u.children ?? [])]);
  const units = flat(tenant.orgUnits ?? []);
  return (
    <>
      <h1>{r.title}</h1>
      <p className="lead">{r.intro}</p>
      <form className="form" role="search" noValidate onSubmit={onSearch}>
        <TextField id="q" label={r.searchLabel} hint={r.searchHint} type="search" value={text} onChange={setText} />
        <button type="submit" className="button">
          {r.searchSubmit}
        </button>
      </form>
      {!query && (
        <div className="filters">
          <SelectField
            id="class"
            label={r.classLabel}
            value={infoClass}
            onChange={(v) => {
              setInfoClass(v);
              setPage(0);
            }}
            options={[{ value: '', label: r.allClasses }, ...INFORMATION_CLASSES.map((c) => ({ value: c, label: m.classes[c] ?? c }))]}
          />
          <SelectField
            id="unit"
            label={r.unitLabel}
            value={unit}
            onChange={(v) => {
              setUnit(v);
              setPage(0);
            }}
            options={[
              { value: '', label: r.allUnits },
              ...units.map((u) => ({ value: u.code, label: lang === 'en' && u.nameEn ? u.nameEn : u.name })),
            ]}
          />
        </div>
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' && (
        <section aria-labelledby="results-heading" data-testid="register-results">
          <h2 id="results-heading" className="panel__title" aria-live="polite">
            {state.data.kind === 'search' ? r.searchResults(state.data.data.total, query, state.data.data.capped) : r.results(state.data.data.total)}
          </h2>
          {query && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setText('');
                setQuery('');
                setPage(0);
                window.history.replaceState(null, '', window.location.pathname);
              }}
            >
              {r.clearSearch}
            </button>
          )}
          {state.data.data.items.length === 0 ? (
            <p>{r.none}</p>
          ) : (
            <ul className="entry-list">
              {state.data.kind === 'search'
                ? state.data.data.items.map((h) => (
                    <EntryItem key={h.entry.id} entry={h.entry}>
                      <Snippet parts={h.snippet} />
                    </EntryItem>
                  ))
                : state.data.data.items.map((e) => <EntryItem key={e.id} entry={e} />)}
            </ul>
          )}
          <Pager page={page} size={state.data.data.size} total={state.data.data.total} onPage={setPage} />
        </section>
      )}
      <p>
        <Link href={`/${tenant.slug}/permohonan`}>{r.requestCta}</Link>
      </p>
      <PpidList units={units} />
      <p className="muted">
        <a href={`${tenantPath(tenant.slug)}/register/export?format=csv`} download>
          {r.exportCsv}
        </a>{' '}
        ·{' '}
        <a href={`${tenantPath(tenant.slug)}/register/export?format=pdf`} download>
          {r.exportPdf}
        </a>
      </p>
    </>
  );
}

/** Where the regency's information is kept: the PPID Utama and every PPID Pembantu, a village's with its decree. */
function PpidList({ units }: { units: OrgUnit[] }) {
  const { lang, t } = useI18n();
  const r = useInformationText().register;
  const ppids = units.filter((u) => u.hostsPpidUtama || u.ppidPembantu);
  if (ppids.length === 0) return null;
  return (
    <details className="panel" data-testid="ppid-list">
      <summary>{r.ppidsHeading}</summary>
      <p>{r.ppidsIntro}</p>
      <ul>
        {ppids.map((u) => (
          <li key={u.code}>
            {lang === 'en' && u.nameEn ? u.nameEn : u.name}: {u.hostsPpidUtama ? r.ppidUtama : r.ppidPembantu}
            {u.ppidDecree && (
              <span className="muted">
                {' '}
                ({r.decree(u.ppidDecree.title, u.ppidDecree.number, formatLongDate(u.ppidDecree.date, t.locale))})
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function EntryItem({ entry, children }: { entry: RegisterEntry; children?: ReactNode }) {
  const tenant = useTenant();
  const m = useInformationText();
  const exempt = entry.infoClass === 'DIKECUALIKAN' || entry.exemption != null;
  return (
    <li className="entry-item">
      <Link href={`/${tenant.slug}/informasi/${entry.id}`} className="entry-item__title">
        {entry.title}
      </Link>
      <p className="entry-item__meta">
        <span className={exempt ? 'badge badge--overdue' : 'badge'}>{exempt ? m.register.exempt : (m.classes[entry.infoClass] ?? entry.infoClass)}</span>{' '}
        {entry.overdue && <span className="badge badge--soon">{m.register.overdue}</span>} {entry.number}
        {entry.holdingUnit ? ` · ${entry.holdingUnit}` : ''}
      </p>
      {children ?? <p className="entry-item__summary">{entry.summary}</p>}
    </li>
  );
}

export function Pager({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (p: number) => void }) {
  const m = useInformationText();
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={m.register.pageOf(page + 1, pages)}>
      <button type="button" className="button button--secondary button--small" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {m.register.previous}
      </button>
      <span>{m.register.pageOf(page + 1, pages)}</span>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={page + 1 >= pages}
        onClick={() => onPage(page + 1)}
      >
        {m.register.next}
      </button>
    </nav>
  );
}
