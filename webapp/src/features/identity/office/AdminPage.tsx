import { OneTimePasswordNotice } from './OneTimePasswordNotice';
import { useState } from 'react';
import { CardTable, Cell } from '../../../app/CardTable';
import { ErrorPanel, Loading } from '../../../app/ErrorPanel';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useOfficeText } from '../../../i18n/office';
import { unitName } from '../../complaints/citizen/parts';
import { useTenant } from '../../portal/TenantContext';
import { ActionForm } from '../../office/ActionForm';
import {
  addCategory,
  addUnit,
  changeCategory,
  changeUnit,
  createUser,
  daysOff,
  listAdminCategories,
  listAdminUnits,
  listUsers,
  resetPassword,
  updateUser,
  type AdminCategory,
  type AdminUnit,
  type Officer,
} from './api';
import { flatUnits } from '../../office/orgUnits';

/** Tenant roles an admin can give (identity.domain.Role, tenant scope). */
export const TENANT_ROLES = [
  'CENTRAL_ADMIN',
  'AGENCY_OPERATOR',
  'AGENCY_HEAD',
  'OPS_COORDINATOR',
  'COORDINATION_TEAM',
  'BUPATI',
  'PPID_MAIN',
  'PPID_ASSISTANT',
  'ATASAN_PPID',
  'CONSEQUENCE_TEST_TEAM',
  'DISPUTE_FACILITATION',
  'TENANT_ADMIN',
];

type Tab = 'users' | 'org' | 'categories' | 'parameters' | 'calendar';

/**
 * `/{slug}/kantor/admin`: users and roles (OfficerResource), the org units and the complaint categories with their
 * routing, edited live (OrganisationResource), and the regulation parameters and working calendar, read-only (the
 * platform operator changes them with the regency's definition).
 */
export function AdminPage() {
  const o = useOfficeText();
  const a = o.admin;
  useDocumentTitle(a.title);
  const [tab, setTab] = useState<Tab>('users');
  const tabs: [Tab, string][] = [
    ['users', a.users],
    ['org', a.org],
    ['categories', a.categories],
    ['parameters', a.parameters],
    ['calendar', a.calendar],
  ];
  return (
    <>
      <h1>{a.title}</h1>
      <ul className="tabs" aria-label={a.title}>
        {tabs.map(([key, label]) => (
          <li key={key}>
            <button type="button" aria-pressed={key === tab} onClick={() => setTab(key)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
      {tab === 'users' && <Users />}
      {tab === 'org' && <OrgTree />}
      {tab === 'categories' && <Categories />}
      {tab === 'parameters' && <Parameters />}
      {tab === 'calendar' && <Calendar />}
    </>
  );
}

function Users() {
  const tenant = useTenant();
  const { lang } = useI18n();
  const o = useOfficeText();
  const a = o.admin;
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  // A reset asks first; its one-time password then shows in the user's row, a new user's under the form.
  const [confirmingReset, setConfirmingReset] = useState<string | null>(null);
  const [shown, setShown] = useState<{ userId: string | null; username: string; password: string } | null>(null);
  const { state, reload } = useAsync((signal) => listUsers(tenant.slug, signal), `users-${version}`);
  const unitOptions = [
    { value: '', label: a.noUnit },
    ...flatUnits(tenant.orgUnits).map((u) => ({ value: u.code, label: lang === 'en' && u.nameEn ? u.nameEn : u.name })),
  ];
  const roleOptions = TENANT_ROLES.map((r) => ({ value: r, label: o.roles[r] ?? r }));
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">{a.users}</h2>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' && (
        <CardTable>
            <thead>
              <tr>
                <th scope="col">{a.username}</th>
                <th scope="col">{a.displayName}</th>
                <th scope="col">{a.roles}</th>
                <th scope="col">{a.orgUnit}</th>
                <th scope="col">{a.active}</th>
                <th scope="col">
                  <span className="visually-hidden">{o.case.actionsHeading}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.data.items.map((u: Officer) => (
                <tr key={u.id}>
                  <Cell label={a.username}>{u.username}</Cell>
                  <Cell label={a.displayName}>{u.displayName}</Cell>
                  <Cell label={a.roles}>{u.roles.map((r) => o.roles[r] ?? r).join(', ')}</Cell>
                  <Cell label={a.orgUnit}>{unitName(tenant, u.orgUnit, lang) || '—'}</Cell>
                  <Cell label={a.active}>
                    {u.active ? o.reports.yes : o.reports.no}
                    {u.locked && ` · ${a.locked}`}
                  </Cell>
                  <Cell label={o.case.actionsHeading}>
                    {editing === u.id ? (
                      <ActionForm
                        id={`edit-${u.id}`}
                        submitLabel={a.save}
                        fields={[
                          { kind: 'text', name: 'displayName', label: a.displayName, initial: u.displayName },
                          { kind: 'checks', name: 'roles', label: a.roles, options: roleOptions, initial: u.roles },
                          { kind: 'select', name: 'orgUnit', label: a.orgUnit, options: unitOptions, initial: u.orgUnit ?? '' },
                          {
                            kind: 'select',
                            name: 'active',
                            label: a.active,
                            options: [
                              { value: 'true', label: o.reports.yes },
                              { value: 'false', label: o.reports.no },
                            ],
                            initial: String(u.active),
                          },
                        ]}
                        onSubmit={async (v) => {
                          await updateUser(tenant.slug, u.id, {
                            displayName: v.displayName as string,
                            roles: v.roles as string[],
                            orgUnit: (v.orgUnit as string) || null,
                            active: v.active === 'true',
                          });
                          setEditing(null);
                          setVersion((n) => n + 1);
                        }}
                      />
                    ) : shown?.userId === u.id ? (
                      <OneTimePasswordNotice username={shown.username} password={shown.password} onDismiss={() => setShown(null)} />
                    ) : confirmingReset === u.id ? (
                      <span className="actions" role="group" aria-label={a.resetPassword}>
                        <span>{a.confirmReset(u.username)}</span>
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() =>
                            void resetPassword(tenant.slug, u.id).then((r) => {
                              setConfirmingReset(null);
                              setShown({ userId: u.id, username: u.username, password: r.oneTimePassword });
                            })
                          }
                        >
                          {a.confirmResetYes}
                        </button>
                        <button type="button" className="button button--secondary button--small" onClick={() => setConfirmingReset(null)}>
                          {a.cancel}
                        </button>
                      </span>
                    ) : (
                      <span className="actions">
                        <button type="button" className="button button--secondary button--small" onClick={() => setEditing(u.id)}>
                          {a.edit}
                        </button>
                        <button type="button" className="button button--secondary button--small" onClick={() => setConfirmingReset(u.id)}>
                          {a.resetPassword}
                        </button>
                      </span>
                    )}
                  </Cell>
                </tr>
              ))}
            </tbody>
        </CardTable>
      )}
      <h3>{a.create}</h3>
      <ActionForm
        key={version}
        id="new-user"
        submitLabel={a.create}
        fields={[
          { kind: 'text', name: 'username', label: a.username },
          { kind: 'text', name: 'displayName', label: a.displayName },
          { kind: 'checks', name: 'roles', label: a.roles, options: roleOptions },
          { kind: 'select', name: 'orgUnit', label: a.orgUnit, options: unitOptions },
        ]}
        onSubmit={async (v) => {
          const created = await createUser(tenant.slug, {
            username: v.username as string,
            displayName: v.displayName as string,
            roles: v.roles as string[],
            orgUnit: (v.orgUnit as string) || null,
          });
          setShown({ userId: null, username: created.officer.username, password: created.oneTimePassword });
          setVersion((n) => n + 1);
        }}
      />
      {shown && shown.userId === null && (
        <OneTimePasswordNotice username={shown.username} password={shown.password} onDismiss={() => setShown(null)} />
      )}
    </section>
  );
}

/**
 * The regency's units, edited live (OrganisationResource): add, rename, move, deactivate, reactivate. The list
 * comes from the server (deactivated units too); the server checks every change as it checks a whole definition.
 */
function OrgTree() {
  const tenant = useTenant();
  const { lang } = useI18n();
  const o = useOfficeText();
  const a = o.admin;
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const { state, reload } = useAsync((signal) => listAdminUnits(tenant.slug, signal), `admin-units-${version}`);
  const label = (u: AdminUnit) => (lang === 'en' && u.nameEn ? u.nameEn : u.name);
  const done = (code: string) => {
    setEditing(null);
    setNotice(a.changed(code));
    setVersion((n) => n + 1);
  };
  const units = state.status === 'ok' ? state.data : [];
  const parentOptions = (except?: string) => [
    { value: '', label: a.topLevel },
    ...units.filter((u) => u.active && u.code !== except).map((u) => ({ value: u.code, label: `${label(u)} (${u.code})` })),
  ];
  const kindOptions = Object.entries(a.kinds).map(([value, text]) => ({ value, label: text }));
  return (
    <section aria-labelledby="org-heading">
      <h2 id="org-heading">{a.org}</h2>
      <p className="muted">{a.liveEdit}</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' && (
        <CardTable>
            <thead>
              <tr>
                <th scope="col">{a.code}</th>
                <th scope="col">{a.name}</th>
                <th scope="col">{a.kind}</th>
                <th scope="col">{a.parent}</th>
                <th scope="col">{a.active}</th>
                <th scope="col">
                  <span className="visually-hidden">{o.case.actionsHeading}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u.code}>
                  <Cell label={a.code}>{u.code}</Cell>
                  <Cell label={a.name}>
                    {label(u)} {u.hostsSpikm && <span className="tag">{a.hosts.spikm}</span>}{' '}
                    {u.hostsPpidUtama && <span className="tag">{a.hosts.ppidUtama}</span>}{' '}
                    {u.ppidPembantu && <span className="tag">{a.hosts.ppidPembantu}</span>}
                  </Cell>
                  <Cell label={a.kind}>{a.kinds[u.kind] ?? u.kind}</Cell>
                  <Cell label={a.parent}>{u.parent ?? '—'}</Cell>
                  <Cell label={a.active}>{u.active ? o.reports.yes : a.inactive}</Cell>
                  <Cell label={o.case.actionsHeading}>
                    {editing === u.code ? (
                      <ActionForm
                        id={`unit-${u.code}`}
                        submitLabel={a.save}
                        fields={[
                          { kind: 'text', name: 'name', label: a.name, initial: u.name },
                          { kind: 'text', name: 'nameEn', label: a.nameEn, initial: u.nameEn ?? '' },
                          { kind: 'select', name: 'parent', label: a.parent, options: parentOptions(u.code), initial: u.parent ?? '' },
                        ]}
                        onSubmit={async (v) => {
                          await changeUnit(tenant.slug, u.code, {
                            name: v.name as string,
                            nameEn: v.nameEn as string,
                            parent: v.parent as string,
                          });
                          done(u.code);
                        }}
                      />
                    ) : (
                      <span className="actions">
                        {u.active && (
                          <button type="button" className="button button--secondary button--small" onClick={() => setEditing(u.code)}>
                            {a.edit}
                          </button>
                        )}
                        <ActionForm
                          id={`unit-active-${u.code}`}
                          submitLabel={u.active ? a.deactivate : a.reactivate}
                          fields={[]}
                          onSubmit={async () => {
                            await changeUnit(tenant.slug, u.code, { active: !u.active });
                            done(u.code);
                          }}
                        />
                      </span>
                    )}
                  </Cell>
                </tr>
              ))}
            </tbody>
        </CardTable>
      )}
      <h3>{a.addUnit}</h3>
      <ActionForm
        key={`new-unit-${version}`}
        id="new-unit"
        submitLabel={a.addUnit}
        fields={[
          { kind: 'text', name: 'code', label: a.code },
          { kind: 'text', name: 'name', label: a.name },
          { kind: 'text', name: 'nameEn', label: a.nameEn },
          { kind: 'select', name: 'kind', label: a.kind, options: kindOptions, initial: 'AGENCY' },
          { kind: 'select', name: 'parent', label: a.parent, options: parentOptions() },
        ]}
        onSubmit={async (v) => {
          const added = await addUnit(tenant.slug, {
            code: v.code as string,
            name: v.name as string,
            nameEn: (v.nameEn as string) || undefined,
            kind: v.kind as string,
            parent: (v.parent as string) || undefined,
          });
          done(added.code);
        }}
      />
    </section>
  );
}

/** The complaint categories and the unit each is routed to (SPIKM Pasal 7c), edited live. */
function Categories() {
  const tenant = useTenant();
  const { lang } = useI18n();
  const o = useOfficeText();
  const a = o.admin;
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const { state, reload } = useAsync(
    async (signal) => ({
      categories: await listAdminCategories(tenant.slug, signal),
      units: await listAdminUnits(tenant.slug, signal),
    }),
    `admin-categories-${version}`,
  );
  const done = (code: string) => {
    setEditing(null);
    setNotice(a.changed(code));
    setVersion((n) => n + 1);
  };
  const unitOptions =
    state.status === 'ok'
      ? state.data.units
          .filter((u) => u.active)
          .map((u) => ({ value: u.code, label: `${lang === 'en' && u.nameEn ? u.nameEn : u.name} (${u.code})` }))
      : [];
  return (
    <section aria-labelledby="cat-heading">
      <h2 id="cat-heading">{a.categories}</h2>
      <p className="muted">{a.liveEdit}</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' && (
        <>
          <CardTable>
              <thead>
                <tr>
                  <th scope="col">{a.code}</th>
                  <th scope="col">{a.name}</th>
                  <th scope="col">{a.routeTo}</th>
                  <th scope="col">{a.active}</th>
                  <th scope="col">
                    <span className="visually-hidden">{o.case.actionsHeading}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.data.categories.map((c: AdminCategory) => (
                  <tr key={c.code}>
                    <Cell label={a.code}>{c.code}</Cell>
                    <Cell label={a.name}>{lang === 'en' && c.nameEn ? c.nameEn : c.name}</Cell>
                    <Cell label={a.routeTo}>{unitName(tenant, c.routeTo, lang) || c.routeTo}</Cell>
                    <Cell label={a.active}>{c.active ? o.reports.yes : a.inactive}</Cell>
                    <Cell label={o.case.actionsHeading}>
                      {editing === c.code ? (
                        <ActionForm
                          id={`category-${c.code}`}
                          submitLabel={a.save}
                          fields={[
                            { kind: 'text', name: 'name', label: a.name, initial: c.name },
                            { kind: 'text', name: 'nameEn', label: a.nameEn, initial: c.nameEn ?? '' },
                            { kind: 'select', name: 'routeTo', label: a.routeTo, options: unitOptions, initial: c.routeTo },
                          ]}
                          onSubmit={async (v) => {
                            await changeCategory(tenant.slug, c.code, {
                              name: v.name as string,
                              nameEn: v.nameEn as string,
                              routeTo: v.routeTo as string,
                            });
                            done(c.code);
                          }}
                        />
                      ) : (
                        <span className="actions">
                          {c.active && (
                            <button type="button" className="button button--secondary button--small" onClick={() => setEditing(c.code)}>
                              {a.edit}
                            </button>
                          )}
                          <ActionForm
                            id={`category-active-${c.code}`}
                            submitLabel={c.active ? a.deactivate : a.reactivate}
                            fields={[]}
                            onSubmit={async () => {
                              await changeCategory(tenant.slug, c.code, { active: !c.active });
                              done(c.code);
                            }}
                          />
                        </span>
                      )}
                    </Cell>
                  </tr>
                ))}
              </tbody>
          </CardTable>
          <h3>{a.addCategory}</h3>
          <ActionForm
            key={`new-category-${version}`}
            id="new-category"
            submitLabel={a.addCategory}
            fields={[
              { kind: 'text', name: 'code', label: a.code },
              { kind: 'text', name: 'name', label: a.name },
              { kind: 'text', name: 'nameEn', label: a.nameEn },
              { kind: 'select', name: 'routeTo', label: a.routeTo, options: unitOptions },
            ]}
            onSubmit={async (v) => {
              const added = await addCategory(tenant.slug, {
                code: v.code as string,
                name: v.name as string,
                nameEn: (v.nameEn as string) || undefined,
                routeTo: v.routeTo as string,
              });
              done(added.code);
            }}
          />
        </>
      )}
    </section>
  );
}

type ParamText = ReturnType<typeof useOfficeText>['admin']['params'];

/** One parameter's value in words: working days and months with their unit, a month by name, yes or no, a list. */
export function paramValue(key: string, value: unknown, t: ParamText): string {
  if (value === null || value === undefined) return t.none;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : t.none;
  if (typeof value === 'number') {
    if (key.endsWith('WorkingDays')) return t.workingDays(value);
    if (key.endsWith('startMonth')) return t.monthNames[value - 1] ?? String(value);
    if (/Months/.test(key)) return t.months(value);
    return String(value);
  }
  if (typeof value === 'string' && key === 'digest.time') return value.slice(0, 5);
  return String(value);
}

/**
 * The regency's regulation parameters in words, group by group (SPIKM targets first), each with its value and unit:
 * never a configuration key.
 */
function Params({ value }: { value: Record<string, unknown> }) {
  const t = useOfficeText().admin.params;
  const known = Object.keys(t.groups);
  const groups = [...known.filter((g) => g in value), ...Object.keys(value).filter((g) => !known.includes(g))];
  // In the order the labels are written (the law's sequence: verification before follow-up...), not the server's.
  const labelled = Object.keys(t.labels);
  const rank = (key: string) => (labelled.includes(key) ? labelled.indexOf(key) : labelled.length);
  const ordered = (group: string, entries: Record<string, unknown>) =>
    Object.entries(entries).sort(([a], [b]) => rank(`${group}.${a}`) - rank(`${group}.${b}`));
  return (
    <>
      {groups.map((group) => {
        const entries = value[group];
        if (!entries || typeof entries !== 'object') return null;
        return (
          <section key={group} aria-labelledby={`param-${group}`}>
            <h3 id={`param-${group}`}>{t.groups[group] ?? t.other}</h3>
            <dl className="facts">
              {ordered(group, entries as Record<string, unknown>).map(([k, v]) => (
                <div key={k} className="facts__row">
                  <dt>{t.labels[`${group}.${k}`] ?? `${group}.${k}`}</dt>
                  <dd>{paramValue(`${group}.${k}`, v, t)}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </>
  );
}

function Parameters() {
  const tenant = useTenant();
  const a = useOfficeText().admin;
  return (
    <section aria-labelledby="params-heading">
      <h2 id="params-heading">{a.parameters}</h2>
      <p className="muted">{a.readOnly}</p>
      <Params value={tenant.parameters} />
    </section>
  );
}

function Calendar() {
  const tenant = useTenant();
  const { t } = useI18n();
  const a = useOfficeText().admin;
  const [year, setYear] = useState(new Date().getFullYear());
  const { state, reload } = useAsync((signal) => daysOff(tenant.slug, year, signal), `days-off-${year}`);
  return (
    <section aria-labelledby="cal-heading">
      <h2 id="cal-heading">{a.calendar}</h2>
      <p className="muted">
        {a.readOnly} {a.weekends}
      </p>
      <p className="actions">
        <button type="button" className="button button--secondary button--small" onClick={() => setYear((y) => y - 1)}>
          {year - 1}
        </button>
        <strong aria-live="polite">
          {a.year} {year}
        </strong>
        <button type="button" className="button button--secondary button--small" onClick={() => setYear((y) => y + 1)}>
          {year + 1}
        </button>
      </p>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' && (
        <ul>
          {state.data.map((d) => (
            <li key={d.date + d.kind}>
              {d.date}: {d.name} <span className="tag">{t.calculator.dayOffKind[d.kind as keyof typeof t.calculator.dayOffKind] ?? d.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
