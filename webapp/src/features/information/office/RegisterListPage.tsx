import { useState, type FormEvent } from 'react';
import { CardTable, Cell } from '../../../app/CardTable';
import { ErrorPanel, Loading, useErrorText } from '../../../app/ErrorPanel';
import { fieldErrorsOf, FormError, SelectField, TextField, type FieldErrors } from '../../../app/fields';
import { Link, navigate } from '../../../app/router';
import { useAsync, type AsyncState } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { usePpidAdminText } from '../../../i18n/ppidAdmin';
import { formatLongDate, todayIn } from '../../calendar/dates';
import { unitName } from '../../complaints/citizen/parts';
import { useTenant } from '../../portal/TenantContext';
import { ActionForm } from '../../office/ActionForm';
import { flatUnits } from '../../office/orgUnits';
import { hasRole, type Session } from '../../identity/office/session';
import { ALL_CLASSES, DESCRIBABLE_CLASSES, EMPTY_ENTRY, entryBody, FORMS, STAGES, type EntryForm } from './register';
import { assignDocumentation, completeAssignment, createEntry, entryCounts, listAssignments, listDeliveries, listEntries, listLibraryHandovers, overdueEntries, recordDelivery, recordLibraryHandover, type EntryPage } from './api';
import { SavedFilterChips } from '../../office/SavedFilterChips';
import { useDebounced } from '../../../app/useDebounced';

type Tab = 'entries' | 'overdue' | 'deliveries' | 'assignments';

/**
 * `/{slug}/kantor/dip`: the PPID's register (Perbup Pasal 16-17): every entry, published or not, filtered by class and
 * stage; berkala entries past their update date (Perki 1/2021); the PPID Pembantu deliveries (Pasal 11b); and the
 * form that describes a new entry. A PPID Pembantu sees and manages its own unit's (the API scopes).
 */
export function RegisterListPage({ session }: { session: Session }) {
  const a = usePpidAdminText();
  useDocumentTitle(a.list.title);
  const [tab, setTab] = useState<Tab>('entries');
  const manage = hasRole(session, 'PPID_MAIN', 'PPID_ASSISTANT');
  const tabs: Tab[] = hasRole(session, 'PPID_MAIN', 'PPID_ASSISTANT', 'ATASAN_PPID')
    ? ['entries', 'overdue', 'deliveries', 'assignments']
    : ['entries'];
  return (
    <>
      <h1>{a.list.title}</h1>
      <p className="lead">{a.list.intro}</p>
      <div className="tabs" role="group" aria-label={a.list.title}>
        {tabs.map((k) => (
          <button key={k} type="button" className="button button--secondary button--small" aria-pressed={tab === k} onClick={() => setTab(k)}>
            {a.list.tabs[k]}
          </button>
        ))}
      </div>
      {tab === 'entries' && <Entries session={session} />}
      {tab === 'overdue' && <Overdue />}
      {tab === 'deliveries' && <Deliveries session={session} />}
      {tab === 'assignments' && <Assignments session={session} />}
      {tab === 'deliveries' && hasRole(session, 'PPID_MAIN', 'ATASAN_PPID') && <LibraryHandovers session={session} />}
      {tab === 'entries' && manage && <NewEntry session={session} />}
    </>
  );
}

function Entries({ session }: { session: Session }) {
  const tenant = useTenant();
  const { lang } = useI18n();
  const a = usePpidAdminText();
  const [infoClass, setInfoClass] = useState('');
  const [stage, setStage] = useState('');
  const [unit, setUnit] = useState('');
  const [page, setPage] = useState(0);
  const [text, setText] = useState('');
  const words = useDebounced(text).trim();
  // A PPID Pembantu sees its own unit's only (the API scopes); the others may narrow by PPID.
  const wide = hasRole(session, 'PPID_MAIN', 'CONSEQUENCE_TEST_TEAM', 'ATASAN_PPID');
  const ppids = flatUnits(tenant.orgUnits ?? []).filter((u) => u.ppidPembantu || u.hostsPpidUtama);
  const narrow = { class: infoClass || undefined, unit: unit || undefined, q: words || undefined };
  const { state, reload } = useAsync(
    (signal) => listEntries(tenant.slug, { ...narrow, stage: stage || undefined, page }, signal),
    `${tenant.slug}|${infoClass}|${stage}|${unit}|${words}|${page}`,
  );
  const counts = useAsync((signal) => entryCounts(tenant.slug, narrow, signal), `${tenant.slug}|${infoClass}|${unit}|${words}`);
  const byStage = counts.state.status === 'ok' ? counts.state.data : null;
  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">{a.list.tabs.entries}</h2>
      <div className="field-row">
        <TextField
          id="register-text"
          label={a.list.search}
          value={text}
          onChange={(v) => {
            setText(v);
            setPage(0);
          }}
        />
        <SelectField
          id="register-class"
          label={a.list.filterClass}
          value={infoClass}
          onChange={(v) => {
            setInfoClass(v);
            setPage(0);
          }}
          options={[{ value: '', label: a.list.any }, ...ALL_CLASSES.map((c) => ({ value: c, label: a.classes[c] ?? c }))]}
        />
        <SelectField
          id="register-stage"
          label={a.list.filterStage}
          value={stage}
          onChange={(v) => {
            setStage(v);
            setPage(0);
          }}
          options={[
            { value: '', label: byStage ? a.list.withCount(a.list.any, byStage.total) : a.list.any },
            ...STAGES.map((s) => {
              const label = a.stages[s] ?? s;
              return { value: s, label: byStage ? a.list.withCount(label, byStage.byStage[s] ?? 0) : label };
            }),
          ]}
        />
        {wide && (
          <SelectField
            id="register-unit"
            label={a.list.unitCol}
            value={unit}
            onChange={(v) => {
              setUnit(v);
              setPage(0);
            }}
            options={[{ value: '', label: a.list.any }, ...ppids.map((u) => ({ value: u.code, label: lang === 'en' && u.nameEn ? u.nameEn : u.name }))]}
          />
        )}
      </div>
      <SavedFilterChips
        queue="REGISTER"
        current={{ tab: stage || 'all', q: words, category: infoClass }}
        onApply={(f) => {
          setStage(f.tab && (STAGES as readonly string[]).includes(f.tab) ? f.tab : '');
          setText(f.q);
          setInfoClass(f.category);
          setPage(0);
        }}
      />
      <EntryTable state={state} reload={reload} page={page} setPage={setPage} />
    </section>
  );
}

function Overdue() {
  const tenant = useTenant();
  const a = usePpidAdminText();
  const [page, setPage] = useState(0);
  const { state, reload } = useAsync((signal) => overdueEntries(tenant.slug, page, signal), `${tenant.slug}|${page}`);
  return (
    <section aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">{a.list.tabs.overdue}</h2>
      <EntryTable state={state} reload={reload} page={page} setPage={setPage} />
    </section>
  );
}

function EntryTable({
  state,
  reload,
  page,
  setPage,
}: {
  state: AsyncState<EntryPage>;
  reload: () => void;
  page: number;
  setPage: (p: number) => void;
}) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const a = usePpidAdminText();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorPanel error={state.error} onRetry={reload} />;
  const data = state.data;
  return (
    <>
      {data.items.length === 0 ? (
        <p>{a.list.none}</p>
      ) : (
        <CardTable data-testid="register-table">
            <caption>{a.list.caption(data.total)}</caption>
            <thead>
              <tr>
                <th scope="col">{a.list.titleCol}</th>
                <th scope="col">{a.list.classCol}</th>
                <th scope="col">{a.list.stageCol}</th>
                <th scope="col">{a.list.publishedCol}</th>
                <th scope="col">{a.list.unitCol}</th>
                <th scope="col">{a.list.nextUpdate}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((e) => (
                <tr key={e.id}>
                  <Cell label={a.list.titleCol}>
                    <Link href={`/${tenant.slug}/kantor/dip/${e.id}`}>{e.title}</Link>
                    <br />
                    <span className="muted">{e.code ?? e.number}</span>
                  </Cell>
                  <Cell label={a.list.classCol}>{a.classes[e.infoClass] ?? e.infoClass}</Cell>
                  <Cell label={a.list.stageCol}>{a.stages[e.stage] ?? e.stage}</Cell>
                  <Cell label={a.list.publishedCol}>{e.published ? a.list.yes : a.list.no}</Cell>
                  <Cell label={a.list.unitCol}>{unitName(tenant, e.ownerPpid, lang)}</Cell>
                  <Cell label={a.list.nextUpdate}>
                    {e.nextUpdateDue ? formatLongDate(e.nextUpdateDue, t.locale) : ''}
                    {e.overdue && (
                      <>
                        {' '}
                        <span className="badge badge--overdue">{a.list.overdue}</span>
                      </>
                    )}
                  </Cell>
                </tr>
              ))}
            </tbody>
        </CardTable>
      )}
      {data.total > data.size && (
        <nav className="pager" aria-label={a.list.title}>
          <button type="button" className="button button--secondary button--small" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {a.list.previous}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={(page + 1) * data.size >= data.total}
            onClick={() => setPage(page + 1)}
          >
            {a.list.next}
          </button>
        </nav>
      )}
    </>
  );
}

function Deliveries({ session }: { session: Session }) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const a = usePpidAdminText();
  const d = a.deliveries;
  const { state, reload } = useAsync((signal) => listDeliveries(tenant.slug, signal), tenant.slug);
  const pembantu = flatUnits(tenant.orgUnits ?? []).filter((u) => u.ppidPembantu);
  const own = session.user.orgUnit;
  const main = hasRole(session, 'PPID_MAIN');
  const date = (v: string | null) => (v ? formatLongDate(v, t.locale) : d.never);
  return (
    <section aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading">{d.title}</h2>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' &&
        (state.data.length === 0 ? (
          <p>{d.none}</p>
        ) : (
          <CardTable data-testid="deliveries-table">
              <thead>
                <tr>
                  <th scope="col">{d.unit}</th>
                  <th scope="col">{d.last}</th>
                  <th scope="col">{d.due}</th>
                  <th scope="col">{d.status}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.map((r) => (
                  <tr key={r.unit}>
                    <Cell label={d.unit}>{unitName(tenant, r.unit, lang) || r.unitName}</Cell>
                    <Cell label={d.last}>{date(r.lastDeliveredOn)}</Cell>
                    <Cell label={d.due}>{r.dueOn ? formatLongDate(r.dueOn, t.locale) : ''}</Cell>
                    <Cell label={d.status}>
                      <span className={`badge badge--${r.status === 'OVERDUE' ? 'overdue' : 'ok'}`}>{d.statuses[r.status] ?? r.status}</span>
                    </Cell>
                  </tr>
                ))}
              </tbody>
          </CardTable>
        ))}
      {hasRole(session, 'PPID_MAIN', 'PPID_ASSISTANT') && (
        <ActionForm
          id="delivery"
          submitLabel={d.record}
          fields={[
            ...(main
              ? [
                  {
                    kind: 'select' as const,
                    name: 'unit',
                    label: d.unit,
                    initial: pembantu[0]?.code ?? '',
                    options: pembantu.map((u) => ({ value: u.code, label: lang === 'en' && u.nameEn ? u.nameEn : u.name })),
                  },
                ]
              : []),
            { kind: 'text', name: 'deliveredOn', label: d.deliveredOn, hint: a.entryForm.dateHint, initial: todayIn(tenant.zoneId) },
            { kind: 'text', name: 'entries', label: d.entries, initial: '0' },
            { kind: 'textarea', name: 'note', label: d.note },
          ]}
          onSubmit={async (v) => {
            const n = Number(v.entries);
            await recordDelivery(tenant.slug, {
              unit: main ? v.unit : (own ?? undefined),
              deliveredOn: v.deliveredOn,
              entries: Number.isFinite(n) ? n : -1,
              note: (v.note as string).trim() || undefined,
            });
            reload();
          }}
        />
      )}
    </section>
  );
}

const ENTRY_FIELDS = [
  'title',
  'summary',
  'holdingOfficial',
  'holdingUnit',
  'personResponsible',
  'madeOn',
  'madePlace',
  'forms',
  'retentionPeriod',
  'infoClass',
  'class',
  'ownerPpid',
  'lastUpdatedOn',
];

function NewEntry({ session }: { session: Session }) {
  const tenant = useTenant();
  const { lang } = useI18n();
  const a = usePpidAdminText();
  const f = a.entryForm;
  const errorText = useErrorText();
  const [form, setForm] = useState<EntryForm>(EMPTY_ENTRY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const units = flatUnits(tenant.orgUnits ?? []);
  const name = (u: { name: string; nameEn?: string | null }) => (lang === 'en' && u.nameEn ? u.nameEn : u.name);
  const ppids = units.filter((u) => u.ppidPembantu || u.hostsPpidUtama);
  const main = hasRole(session, 'PPID_MAIN');
  const set = <K extends keyof EntryForm>(k: K, v: EntryForm[K]) => setForm((s) => ({ ...s, [k]: v }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const created = await createEntry(tenant.slug, entryBody(form));
      navigate(`/${tenant.slug}/kantor/dip/${created.entry.id}`);
    } catch (e) {
      setErrors(fieldErrorsOf(e, ENTRY_FIELDS, errorText));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="new-entry-heading">
      <h2 id="new-entry-heading" className="panel__title">
        {a.list.newTitle}
      </h2>
      <form className="form" noValidate onSubmit={submit} aria-busy={busy} aria-labelledby="new-entry-heading">
        <FormError message={errors['']} />
        <TextField id="entry.title" label={f.title} required value={form.title} onChange={(v) => set('title', v)} error={errors.title} />
        <TextField
          id="entry.summary"
          label={f.summary}
          required
          multiline
          value={form.summary}
          onChange={(v) => set('summary', v)}
          error={errors.summary}
        />
        <SelectField
          id="entry.infoClass"
          label={f.infoClass}
          hint={f.classHint}
          value={form.infoClass}
          onChange={(v) => set('infoClass', v)}
          options={DESCRIBABLE_CLASSES.map((c) => ({ value: c, label: a.classes[c] ?? c }))}
          error={errors.infoClass ?? errors.class}
        />
        {form.infoClass === 'BERKALA' && (
          <TextField
            id="entry.lastUpdatedOn"
            type="date"
            label={f.lastUpdatedOn}
            value={form.lastUpdatedOn}
            onChange={(v) => set('lastUpdatedOn', v)}
            error={errors.lastUpdatedOn}
          />
        )}
        <SelectField
          id="entry.holdingUnit"
          label={f.holdingUnit}
          required
          value={form.holdingUnit}
          onChange={(v) => set('holdingUnit', v)}
          options={[{ value: '', label: f.chooseUnit }, ...units.map((u) => ({ value: u.code, label: name(u) }))]}
          error={errors.holdingUnit}
        />
        <TextField
          id="entry.holdingOfficial"
          label={f.holdingOfficial}
          value={form.holdingOfficial}
          onChange={(v) => set('holdingOfficial', v)}
          error={errors.holdingOfficial}
        />
        <TextField
          id="entry.personResponsible"
          label={f.personResponsible}
          required
          value={form.personResponsible}
          onChange={(v) => set('personResponsible', v)}
          error={errors.personResponsible}
        />
        <TextField id="entry.madeOn" type="date" label={f.madeOn} value={form.madeOn} onChange={(v) => set('madeOn', v)} error={errors.madeOn} />
        <TextField
          id="entry.madePlace"
          label={f.madePlace}
          required
          value={form.madePlace}
          onChange={(v) => set('madePlace', v)}
          error={errors.madePlace}
        />
        <fieldset className="fieldset" aria-describedby={errors.forms ? 'entry.forms-error' : undefined}>
          <legend>{f.formsLabel}</legend>
          {errors.forms && (
            <p id="entry.forms-error" className="field__error">
              {errors.forms}
            </p>
          )}
          <div className="choices">
            {FORMS.map((k) => (
              <label key={k} className="choice">
                <input
                  type="checkbox"
                  name="entry.forms"
                  value={k}
                  checked={form.forms.includes(k)}
                  onChange={(e) => set('forms', e.target.checked ? [...form.forms, k] : form.forms.filter((x) => x !== k))}
                />
                {a.forms[k]}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          id="entry.retentionPeriod"
          label={f.retentionPeriod}
          required
          value={form.retentionPeriod}
          onChange={(v) => set('retentionPeriod', v)}
          error={errors.retentionPeriod}
        />
        {main && (
          <SelectField
            id="entry.ownerPpid"
            label={f.ownerPpid}
            required
            value={form.ownerPpid}
            onChange={(v) => set('ownerPpid', v)}
            options={[{ value: '', label: f.chooseUnit }, ...ppids.map((u) => ({ value: u.code, label: name(u) }))]}
            error={errors.ownerPpid}
          />
        )}
        <button type="submit" className="button" disabled={busy}>
          {f.submit}
        </button>
      </form>
    </section>
  );
}

/** The register handed to the regional library (Perbup Pasal 17(2)): each handover with its reference. */
function LibraryHandovers({ session }: { session: Session }) {
  const tenant = useTenant();
  const { t } = useI18n();
  const h = usePpidAdminText().library;
  const [version, setVersion] = useState(0);
  const { state } = useAsync((signal) => listLibraryHandovers(tenant.slug, signal), `library-${tenant.slug}-${version}`);
  return (
    <section aria-labelledby="library-heading">
      <h2 id="library-heading">{h.title}</h2>
      <p className="muted">{h.intro}</p>
      {state.status === 'ok' && state.data.length > 0 && (
        <ul data-testid="library-handovers">
          {state.data.map((x) => (
            <li key={x.id}>
              {formatLongDate(x.handedOn, t.locale)} · {h.entries(x.entries)} · {x.reference}
            </li>
          ))}
        </ul>
      )}
      {hasRole(session, 'PPID_MAIN') && (
        <ActionForm
          id="library-handover"
          submitLabel={h.record}
          secondary
          fields={[
            { kind: 'text', name: 'handedOn', label: h.handedOn, hint: 'YYYY-MM-DD', initial: todayIn(tenant.zoneId) },
            { kind: 'text', name: 'reference', label: h.reference },
          ]}
          onSubmit={async (v) => {
            await recordLibraryHandover(tenant.slug, String(v.handedOn), String(v.reference));
            setVersion((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}

/** Documentation work the PPID Utama assigns a unit (Perbup Pasal 9e); the unit reports it done. */
function Assignments({ session }: { session: Session }) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const w = usePpidAdminText().assignments;
  const [version, setVersion] = useState(0);
  const { state, reload } = useAsync((signal) => listAssignments(tenant.slug, signal), `assignments-${tenant.slug}-${version}`);
  const units = flatUnits(tenant.orgUnits ?? []).filter((u) => u.ppidPembantu);
  const main = hasRole(session, 'PPID_MAIN');
  const date = (d: string) => formatLongDate(d, t.locale);
  return (
    <section aria-labelledby="assignments-heading">
      <h2 id="assignments-heading">{w.title}</h2>
      <p className="muted">{w.intro}</p>
      {main && (
        <ActionForm
          id="assign-documentation"
          submitLabel={w.assign}
          fields={[
            { kind: 'select', name: 'unit', label: w.unit, initial: units[0]?.code ?? '', options: units.map((u) => ({ value: u.code, label: unitName(tenant, u.code, lang) })) },
            { kind: 'select', name: 'work', label: w.work, initial: 'MAKE', options: Object.keys(w.works).map((k) => ({ value: k, label: w.works[k] ?? k })) },
            { kind: 'textarea', name: 'description', label: w.description },
            { kind: 'text', name: 'dueOn', label: w.dueOn, hint: 'YYYY-MM-DD' },
          ]}
          onSubmit={async (v) => {
            await assignDocumentation(tenant.slug, { unit: String(v.unit), work: String(v.work), description: String(v.description), dueOn: String(v.dueOn) });
            setVersion((n) => n + 1);
          }}
        />
      )}
      {state.status === 'loading' ? (
        <Loading />
      ) : state.status === 'error' ? (
        <ErrorPanel error={state.error} onRetry={reload} />
      ) : state.data.length === 0 ? (
        <p className="muted">{w.none}</p>
      ) : (
        <ul data-testid="assignments">
          {state.data.map((x) => (
            <li key={x.id}>
              <strong>{unitName(tenant, x.unit, lang)}</strong> · {w.works[x.work] ?? x.work}: {x.description} · {w.due(date(x.dueOn))}{' '}
              {x.doneOn ? (
                <span className="badge badge--ok">{w.done(date(x.doneOn))}</span>
              ) : x.overdue ? (
                <span className="badge badge--overdue">{w.overdue}</span>
              ) : null}
              {x.doneNote && <p>{x.doneNote}</p>}
              {!x.doneOn && hasRole(session, 'PPID_ASSISTANT') && session.user.orgUnit === x.unit && (
                <ActionForm
                  id={`assignment-done-${x.id}`}
                  submitLabel={w.report}
                  secondary
                  fields={[{ kind: 'textarea', name: 'note', label: w.note }]}
                  onSubmit={async (v) => {
                    await completeAssignment(tenant.slug, x.id, String(v.note ?? ''));
                    setVersion((n) => n + 1);
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
