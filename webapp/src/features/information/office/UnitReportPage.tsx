import { useState, type FormEvent } from 'react';
import { useErrorText } from '../../../app/ErrorPanel';
import { fieldErrorsOf, FormError, SelectField, TextField, type FieldErrors } from '../../../app/fields';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { usePpidAdminText } from '../../../i18n/ppidAdmin';
import { formatLongDate, todayIn } from '../../calendar/dates';
import { unitName } from '../../complaints/citizen/parts';
import { useTenant } from '../../portal/TenantContext';
import { flatUnits } from '../../office/orgUnits';
import { hasRole, type Session } from '../../identity/office/session';
import { Figures, PerRequest } from './LlidPage';
import { downloadUnitReport, getUnitReport, listSubmissions, moveSubmission, submitUnitReport, type UnitReport } from './api';
import { useAsync } from '../../../app/useAsync';
import { ActionForm } from '../../office/ActionForm';

/**
 * `/{slug}/kantor/laporan-pembantu`: a PPID Pembantu's report to the regent through the PPID Utama and the Sekda
 * (Perbup Pasal 28) for a period: requests, time taken, granted and refused; PDF and CSV. A PPID Pembantu sees its
 * own unit's (the API answers for its unit whatever is asked); the PPID Utama, Atasan PPID and Bupati choose a unit.
 */
export function UnitReportPage({ session }: { session: Session }) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const a = usePpidAdminText();
  const u = a.unitReport;
  useDocumentTitle(u.title);
  const errorText = useErrorText();
  const wide = hasRole(session, 'PPID_MAIN', 'ATASAN_PPID', 'BUPATI');
  const units = flatUnits(tenant.orgUnits ?? []).filter((x) => x.ppidPembantu);
  const today = todayIn(tenant.zoneId);
  const [unit, setUnit] = useState(wide ? (units[0]?.code ?? '') : (session.user.orgUnit ?? ''));
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [report, setReport] = useState<UnitReport | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const query = () => ({ unit: wide ? unit : undefined, from, to });
  const shown = ['unit', 'from', 'to', 'format'];
  const show = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('json');
    setErrors({});
    try {
      setReport(await getUnitReport(tenant.slug, query()));
    } catch (e) {
      setReport(null);
      setErrors(fieldErrorsOf(e, shown, errorText));
    } finally {
      setBusy(null);
    }
  };
  const get = async (format: 'pdf' | 'csv') => {
    setBusy(format);
    setErrors({});
    try {
      await downloadUnitReport(tenant.slug, query(), format);
    } catch (e) {
      setErrors(fieldErrorsOf(e, shown, errorText));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <h1>{u.title}</h1>
      <p className="lead">{u.intro}</p>
      <form className="form" noValidate onSubmit={show} aria-busy={busy !== null} aria-label={u.title}>
        <FormError message={errors[''] ?? errors.format} />
        {wide ? (
          <SelectField
            id="unit-report-unit"
            label={u.unit}
            value={unit}
            onChange={setUnit}
            options={units.map((x) => ({ value: x.code, label: lang === 'en' && x.nameEn ? x.nameEn : x.name }))}
            error={errors.unit}
          />
        ) : (
          <p>
            {u.unit}: <strong>{unitName(tenant, unit, lang)}</strong>
          </p>
        )}
        <div className="field-row">
          <TextField id="unit-report-from" type="date" label={u.from} value={from} onChange={setFrom} error={errors.from} />
          <TextField id="unit-report-to" type="date" label={u.to} value={to} onChange={setTo} error={errors.to} />
        </div>
        <p className="actions">
          <button type="submit" className="button" disabled={busy !== null}>
            {u.show}
          </button>
          {(['pdf', 'csv'] as const).map((f) => (
            <button key={f} type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void get(f)}>
              {a.llid.download(f.toUpperCase())}
            </button>
          ))}
        </p>
        {busy && busy !== 'json' && <p role="status">{a.llid.downloading}</p>}
      </form>
      {report && (
        <>
          <h2 data-testid="unit-report-period">
            {u.period(unitName(tenant, report.unit, lang), formatLongDate(report.from, t.locale), formatLongDate(report.to, t.locale))}
          </h2>
          <Figures figures={report.requests} />
          <PerRequest rows={report.perRequest} total={report.perRequestTotal} />
          {hasRole(session, 'PPID_ASSISTANT') && !wide && (
            <ActionForm
              id="unit-report-submit"
              submitLabel={u.submit}
              onSubmit={async () => {
                await submitUnitReport(tenant.slug, report.from, report.to);
                setVersion((v) => v + 1);
              }}
            />
          )}
        </>
      )}
      <Submissions session={session} version={version} onMoved={() => setVersion((v) => v + 1)} />
    </>
  );
}

/** Where the units' reports are on their way to the Bupati (Perbup Pasal 28), with the next step for one's role. */
function Submissions({ session, version, onMoved }: { session: Session; version: number; onMoved: () => void }) {
  const tenant = useTenant();
  const { t, lang } = useI18n();
  const u = usePpidAdminText().unitReport;
  const { state } = useAsync((signal) => listSubmissions(tenant.slug, signal), `submissions-${tenant.slug}-${version}`);
  if (state.status !== 'ok' || state.data.length === 0) return null;
  const date = (d: string) => formatLongDate(d, t.locale);
  return (
    <section className="panel" aria-labelledby="unit-report-submissions">
      <h2 id="unit-report-submissions" className="panel__title">
        {u.submissions}
      </h2>
      <ul data-testid="unit-report-submissions">
        {state.data.map((x) => (
          <li key={x.id}>
            <strong>{unitName(tenant, x.unit, lang)}</strong>: {date(x.from)} – {date(x.to)} · {u.requestsCount(x.counts.total)} ·{' '}
            {x.receivedOn ? u.received(date(x.receivedOn)) : x.forwardedOn ? u.forwarded(date(x.forwardedOn)) : u.submitted(date(x.submittedOn))}
            {!x.forwardedOn && hasRole(session, 'PPID_MAIN') && (
              <ActionForm id={`forward-${x.id}`} submitLabel={u.forward} secondary onSubmit={async () => { await moveSubmission(tenant.slug, x.id, 'forwarding'); onMoved(); }} />
            )}
            {x.forwardedOn && !x.receivedOn && hasRole(session, 'ATASAN_PPID') && (
              <ActionForm id={`receive-${x.id}`} submitLabel={u.receive} secondary onSubmit={async () => { await moveSubmission(tenant.slug, x.id, 'receipt'); onMoved(); }} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
