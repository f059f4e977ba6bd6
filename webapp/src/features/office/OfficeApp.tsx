import { useEffect, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useErrorText } from '../../app/ErrorPanel';
import { FormError, TextField } from '../../app/fields';
import { Link } from '../../app/router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useOfficeText } from '../../i18n/office';
import { useTenant } from '../portal/TenantContext';
import { AccountPage } from '../identity/office/AccountPage';
import { AdminPage } from '../identity/office/AdminPage';
import { CasePage } from '../complaints/office/CasePage';
import { COMPLAINT_DASHBOARD_ROLES, DashboardPage, REQUEST_DASHBOARD_ROLES } from '../reporting/office/DashboardPage';
import { useDashboardText } from '../../i18n/dashboard';
import { QueuesPage } from '../complaints/office/QueuesPage';
import { ReportsPage } from '../reporting/office/ReportsPage';
import { ApiError } from '../../api/client';
import {
  getSession,
  hasRole,
  login,
  logout,
  refreshSession,
  subscribeSession,
  takeSignedOutNotice,
  type Session,
} from '../identity/office/session';
import { WalkInPage } from '../complaints/office/WalkInPage';
import { TEMPLATE_ROLES, TemplatesPage } from '../complaints/office/templates/TemplatesPage';
import { COORDINATION_ROLES, CoordinationPage } from '../coordination/office/CoordinationPage';
import { useVerifyText } from '../../i18n/verify';
import { ObjectionPage } from '../information/office/ObjectionPage';
import { PpidQueuePage } from '../information/office/PpidQueuePage';
import { RequestPage } from '../information/office/RequestPage';
import { LlidPage } from '../information/office/LlidPage';
import { RegisterEntryPage } from '../information/office/RegisterEntryPage';
import { RegisterListPage } from '../information/office/RegisterListPage';
import { UnitReportPage } from '../information/office/UnitReportPage';
import { usePpidText } from '../../i18n/ppid';
import { usePpidAdminText } from '../../i18n/ppidAdmin';

/** Roles that see the PPID pages (OfficerInformationRequestResource's readers). */
const PPID_ROLES = ['PPID_MAIN', 'PPID_ASSISTANT', 'ATASAN_PPID', 'DISPUTE_FACILITATION', 'BUPATI'];
/** OfficerRegisterResource's readers (entries, tests); deliveries and overdue are the PPIDs' and the Atasan's. */
export const REGISTER_ROLES = ['PPID_MAIN', 'PPID_ASSISTANT', 'CONSEQUENCE_TEST_TEAM', 'ATASAN_PPID'];
/** InformationReportResource: the LLID's readers and the PPID Pembantu report's. */
export const LLID_ROLES = ['PPID_MAIN', 'ATASAN_PPID', 'BUPATI', 'DISPUTE_FACILITATION'];
export const UNIT_REPORT_ROLES = ['PPID_MAIN', 'PPID_ASSISTANT', 'ATASAN_PPID', 'BUPATI'];
/** The dashboard's readers: complaint officers and PPID officers (each sees its part). */
const DASHBOARD_ROLES = [...COMPLAINT_DASHBOARD_ROLES, ...REQUEST_DASHBOARD_ROLES];

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, () => null);
}

/** `/{slug}/kantor/...`: sign-in, then the pages the officer's roles allow. */
export default function OfficeApp({ rest }: { rest: string[] }) {
  const tenant = useTenant();
  const session = useSession();
  const o = useOfficeText();
  const pp = usePpidText();
  const pa = usePpidAdminText();
  const db = useDashboardText();
  const vt = useVerifyText();
  const [restoring, setRestoring] = useState(() => !getSession());

  useEffect(() => {
    if (getSession()) return;
    let live = true;
    void refreshSession(tenant.slug).finally(() => {
      if (live) setRestoring(false);
    });
    return () => {
      live = false;
    };
  }, [tenant.slug]);

  if (!session || session.slug !== tenant.slug) {
    if (restoring) return <p role="status">{o.login.restoring}</p>;
    return <LoginForm />;
  }
  const base = `/${tenant.slug}/kantor`;
  const [page = '', id] = rest;
  const bar = (
    <div className="office-bar">
      <p className="muted">
        {o.bar.signedInAs(session.user.displayName, session.user.roles.map((r) => o.roles[r] ?? r).join(', '))}
      </p>
      <button type="button" className="button button--secondary button--small" onClick={() => void logout()}>
        {o.bar.logout}
      </button>
    </div>
  );
  if (session.restricted) {
    // A one-time password, or an admin without the authenticator the regency requires: that step first.
    return (
      <>
        {bar}
        <AccountPage session={session} />
      </>
    );
  }
  const items: [string, string, boolean][] = [
    ['', o.nav.queues, hasRole(session, 'CENTRAL_ADMIN', 'AGENCY_OPERATOR', 'OPS_COORDINATOR', 'COORDINATION_TEAM', 'BUPATI')],
    ['dasbor', db.nav, hasRole(session, ...DASHBOARD_ROLES)],
    ['ppid', pp.nav.queues, hasRole(session, ...PPID_ROLES)],
    ['dip', pa.nav.register, hasRole(session, ...REGISTER_ROLES)],
    ['llid', pa.nav.llid, hasRole(session, ...LLID_ROLES)],
    ['laporan-pembantu', pa.nav.unitReport, hasRole(session, ...UNIT_REPORT_ROLES)],
    ['langsung', o.nav.walkIn, hasRole(session, 'CENTRAL_ADMIN')],
    ['laporan', o.nav.reports, hasRole(session, 'CENTRAL_ADMIN', 'AGENCY_OPERATOR', 'AGENCY_HEAD', 'OPS_COORDINATOR', 'COORDINATION_TEAM', 'BUPATI')],
    ['templat', vt.templatesPage.nav, hasRole(session, ...TEMPLATE_ROLES)],
    ['koordinasi', o.nav.coordination, hasRole(session, ...COORDINATION_ROLES)],
    ['admin', o.nav.admin, hasRole(session, 'TENANT_ADMIN')],
    ['akun', o.account.nav, true],
  ];
  const visible = items.filter(([, , allowed]) => allowed);
  const current = page === 'kasus' ? '' : page === 'permohonan' || page === 'keberatan' ? 'ppid' : page;
  return (
    <>
      {bar}
      <nav aria-label={o.nav.label}>
        <ul className="tabs">
          {visible.map(([path, label]) => (
            <li key={path}>
              <Link href={path ? `${base}/${path}` : base} aria-current={current === path ? 'page' : undefined}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {page === 'kasus' && id ? (
        <CasePage key={id} id={id} session={session} />
      ) : page === 'dasbor' && hasRole(session, ...DASHBOARD_ROLES) ? (
        <DashboardPage session={session} />
      ) : page === 'ppid' && hasRole(session, ...PPID_ROLES) ? (
        <PpidQueuePage session={session} />
      ) : page === 'permohonan' && id && hasRole(session, ...PPID_ROLES) ? (
        <RequestPage key={id} id={id} session={session} />
      ) : page === 'keberatan' && id && hasRole(session, ...PPID_ROLES) ? (
        <ObjectionPage key={id} id={id} session={session} />
      ) : page === 'dip' && id && hasRole(session, ...REGISTER_ROLES) ? (
        <RegisterEntryPage key={id} id={id} session={session} />
      ) : page === 'dip' && hasRole(session, ...REGISTER_ROLES) ? (
        <RegisterListPage session={session} />
      ) : page === 'llid' && hasRole(session, ...LLID_ROLES) ? (
        <LlidPage session={session} />
      ) : page === 'laporan-pembantu' && hasRole(session, ...UNIT_REPORT_ROLES) ? (
        <UnitReportPage session={session} />
      ) : page === 'langsung' && hasRole(session, 'CENTRAL_ADMIN') ? (
        <WalkInPage />
      ) : page === 'laporan' ? (
        <ReportsPage session={session} />
      ) : page === 'templat' && hasRole(session, ...TEMPLATE_ROLES) ? (
        <TemplatesPage session={session} />
      ) : page === 'koordinasi' && hasRole(session, ...COORDINATION_ROLES) ? (
        <CoordinationPage session={session} />
      ) : page === 'admin' && hasRole(session, 'TENANT_ADMIN') ? (
        <AdminPage />
      ) : page === 'akun' ? (
        <AccountPage session={session} />
      ) : visible.some(([p]) => p === '') ? (
        <QueuesPage session={session} />
      ) : hasRole(session, ...PPID_ROLES) ? (
        <PpidQueuePage session={session} />
      ) : hasRole(session, ...REGISTER_ROLES) ? (
        <RegisterListPage session={session} />
      ) : hasRole(session, 'TENANT_ADMIN') ? (
        <AdminPage />
      ) : hasRole(session, 'AGENCY_HEAD') ? (
        <CoordinationPage session={session} />
      ) : (
        <h1>{o.title}</h1>
      )}
    </>
  );
}

function LoginForm() {
  const tenant = useTenant();
  const o = useOfficeText();
  const errorText = useErrorText();
  useDocumentTitle(o.login.title);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [notice] = useState(() => takeSignedOutNotice());
  // Asked for once the password proved right and the account has an authenticator.
  const [secondFactor, setSecondFactor] = useState<'code' | 'recovery' | null>(null);
  const [code, setCode] = useState('');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await login(
        tenant.slug,
        username,
        password,
        secondFactor === 'code' ? { code: code.trim() } : secondFactor === 'recovery' ? { recoveryCode: code.trim() } : {},
      );
    } catch (e) {
      if (e instanceof ApiError && e.code === 'SECOND_FACTOR_REQUIRED' && !secondFactor) {
        setSecondFactor('code');
      }
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>{o.login.title}</h1>
      <p className="lead">
        {tenant.name}. {o.login.intro}
      </p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <FormError message={error} />
        <TextField id="username" label={o.login.username} autoComplete="username" value={username} onChange={setUsername} />
        <TextField
          id="password"
          label={o.login.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        {secondFactor && (
          <>
            <TextField
              id="second-factor"
              label={secondFactor === 'code' ? o.login.code : o.login.recoveryCode}
              inputMode={secondFactor === 'code' ? 'numeric' : 'text'}
              autoComplete="one-time-code"
              value={code}
              onChange={setCode}
            />
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setCode('');
                setSecondFactor(secondFactor === 'code' ? 'recovery' : 'code');
              }}
            >
              {secondFactor === 'code' ? o.login.useRecovery : o.login.useCode}
            </button>
          </>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? o.login.submitting : o.login.submit}
        </button>
      </form>
    </>
  );
}
