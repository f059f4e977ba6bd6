import { useState, type FormEvent, type ReactNode } from 'react';
import { CardTable, Cell } from '../../../app/CardTable';
import { ErrorPanel, useErrorText } from '../../../app/ErrorPanel';
import { FormError, SelectField, TextField } from '../../../app/fields';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useOfficeText } from '../../../i18n/office';
import { todayIn } from '../../calendar/dates';
import { useTenant } from '../../portal/TenantContext';
import { reportsPath } from './api';
import { flatUnits } from '../../office/orgUnits';
import { addDays } from '../../office/deadlines';
import { download, hasRole, officerApi, type Session } from '../../identity/office/session';
import type { JournalPage, Digest, ReportCount as Count, PeriodicReport as Periodic } from '../../../api/schema';

type Kind = 'journal' | 'digest' | 'periodic';

const FORMATS: Record<Kind, string[]> = { journal: ['csv', 'xlsx'], digest: ['pdf'], periodic: ['csv', 'xlsx', 'pdf'] };

/**
 * `/{slug}/kantor/laporan`: the agency journal (SPIKM Pasal 7h), the daily digest for the regent (Pasal 3(2)) and
 * the periodic report (Pasal 5e, 7n), shown as tables and downloadable as the server's CSV, XLSX or PDF.
 */
export function ReportsPage({ session }: { session: Session }) {
  const tenant = useTenant();
  const { lang } = useI18n();
  const o = useOfficeText();
  const r = o.reports;
  const errorText = useErrorText();
  useDocumentTitle(r.title);
  const agencyOnly = hasRole(session, 'AGENCY_OPERATOR', 'AGENCY_HEAD') && !hasRole(session, 'CENTRAL_ADMIN');
  const kinds: Kind[] = agencyOnly ? ['journal'] : ['journal', 'digest', 'periodic'];
  const today = todayIn(tenant.zoneId);
  const [kind, setKind] = useState<Kind>(kinds[0]!);
  const units = flatUnits(tenant.orgUnits);
  const [unit, setUnit] = useState(session.user.orgUnit ?? units.find((u) => !u.hostsSpikm && u.kind !== 'REGENCY')?.code ?? units[0]?.code ?? '');
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(today);
  const [date, setDate] = useState(today);
  const [data, setData] = useState<{ kind: Kind; body: JournalPage | Digest | Periodic } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();

  const query = () =>
    kind === 'journal' ? { unit: agencyOnly ? undefined : unit, from, to } : kind === 'digest' ? { date } : { from, to };

  const show = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('json');
    setError(null);
    setFieldError(undefined);
    try {
      setData({ kind, body: await officerApi<JournalPage | Digest | Periodic>(reportsPath(tenant.slug, kind), { query: query() }) });
    } catch (e) {
      setData(null);
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const get = async (format: string) => {
    setBusy(format);
    setFieldError(undefined);
    try {
      await download(reportsPath(tenant.slug, kind), { ...query(), format }, `${kind}.${format}`);
    } catch (e) {
      setFieldError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  /** The day's or period's report as the signed letter to the Bupati (SPIKM Pasal 3(2), 5e, 7n). */
  const getLetter = async () => {
    setBusy('letter');
    setFieldError(undefined);
    try {
      await download(`${reportsPath(tenant.slug, kind)}/letter`, query(), `surat-${kind}.pdf`);
    } catch (e) {
      setFieldError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const label: Record<Kind, string> = { journal: r.journal, digest: r.digest, periodic: r.periodic };
  return (
    <>
      <h1>{r.title}</h1>
      <ul className="tabs" aria-label={r.title}>
        {kinds.map((k) => (
          <li key={k}>
            <button
              type="button"
              aria-pressed={k === kind}
              onClick={() => {
                setKind(k);
                setData(null);
                setError(null);
              }}
            >
              {label[k]}
            </button>
          </li>
        ))}
      </ul>
      <form className="form" noValidate onSubmit={show} aria-busy={busy !== null}>
        <FormError message={fieldError} />
        {kind === 'journal' && !agencyOnly && (
          <SelectField
            id="report-unit"
            label={r.unit}
            value={unit}
            onChange={setUnit}
            options={units.map((u) => ({ value: u.code, label: lang === 'en' && u.nameEn ? u.nameEn : u.name }))}
          />
        )}
        {kind === 'digest' ? (
          <TextField id="report-date" type="date" label={r.date} value={date} onChange={setDate} />
        ) : (
          <div className="field-row">
            <TextField id="report-from" type="date" label={r.from} value={from} onChange={setFrom} />
            <TextField id="report-to" type="date" label={r.to} value={to} onChange={setTo} />
          </div>
        )}
        <p className="actions">
          <button type="submit" className="button" disabled={busy !== null}>
            {r.show}
          </button>
          {FORMATS[kind].map((f) => (
            <button key={f} type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void get(f)}>
              {r.download(f.toUpperCase())}
            </button>
          ))}
          {kind !== 'journal' && (
            <button type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void getLetter()} aria-describedby="letter-hint">
              {r.letter}
            </button>
          )}
        </p>
        {kind !== 'journal' && (
          <p id="letter-hint" className="hint">
            {r.letterHint}
          </p>
        )}
        {busy && busy !== 'json' && <p role="status">{r.downloading}</p>}
      </form>
      {error !== null && <ErrorPanel error={error} />}
      {data?.kind === 'journal' && <JournalTable page={data.body as JournalPage} />}
      {data?.kind === 'digest' && <DigestView digest={data.body as Digest} />}
      {data?.kind === 'periodic' && <PeriodicView report={data.body as Periodic} />}
    </>
  );
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <CardTable>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <Cell key={j} label={head[j] ?? ''}>
                  {cell}
                </Cell>
              ))}
            </tr>
          ))}
        </tbody>
    </CardTable>
  );
}

function JournalTable({ page }: { page: JournalPage }) {
  const o = useOfficeText();
  const r = o.reports;
  const { t } = useI18n();
  if (page.items.length === 0) return <p>{r.empty}</p>;
  return (
    <Table
      caption={`${r.journal}: ${page.unitName} (${page.total})`}
      head={[o.queues.number, o.queues.subject, o.queues.received, r.dispatchedOn, r.dueOn, r.answeredOn, o.queues.status, r.late]}
      rows={page.items.map((i) => [
        i.trackingNumber,
        i.title,
        i.receivedOn,
        i.dispatchedOn ?? '—',
        i.dueOn ?? '—',
        i.answeredOn ?? '—',
        t.citizen.dispatchStatus[i.dispatchStatus] ?? i.dispatchStatus,
        i.overdue ? r.yes : r.no,
      ])}
    />
  );
}

function DigestView({ digest }: { digest: Digest }) {
  const r = useOfficeText().reports;
  return (
    <>
      <Table
        caption={`${r.digest} ${digest.date}`}
        head={[r.name, r.received, r.dispatched, r.answered, r.overdue]}
        rows={[
          ['Σ', digest.received, digest.dispatched, digest.answered, digest.overdue],
          ...digest.agencies.map((a) => [
            a.unitName,
            a.received.length,
            a.dispatched.length,
            a.answered.length,
            a.overdue.length,
          ]),
        ]}
      />
    </>
  );
}

function PeriodicView({ report }: { report: Periodic }) {
  const r = useOfficeText().reports;
  const hours = (v: number | null) => (v == null ? '—' : v.toFixed(1));
  const groups: [string, Count[]][] = [
    [r.byType, report.byType],
    [r.byChannel, report.byChannel],
    [r.byCategory, report.byCategory],
    [r.byAgency, report.byAgency],
    [r.byStatus, report.byStatus],
  ];
  const max = Math.max(1, ...groups.flatMap(([, c]) => c.map((x) => x.count)));
  return (
    <>
      <dl className="facts">
        <div className="facts__row">
          <dt>{r.received}</dt>
          <dd>{report.received}</dd>
        </div>
        <div className="facts__row">
          <dt>{r.responded}</dt>
          <dd>{report.responded}</dd>
        </div>
        <div className="facts__row">
          <dt>{r.hoursToAnswer}</dt>
          <dd>
            {hours(report.medianHoursToAnswer)} / {hours(report.p90HoursToAnswer)} / {hours(report.p95HoursToAnswer)}
          </dd>
        </div>
      </dl>
      {groups.map(([caption, counts]) => (
        <Table
          key={caption}
          caption={caption}
          head={[r.name, r.count]}
          rows={counts.map((c) => [
            c.label,
            <span key="bar" className="bar-cell">
              <span className="bar" style={{ width: `${(c.count / max) * 100}%` }} aria-hidden="true" />
              {c.count}
            </span>,
          ])}
        />
      ))}
    </>
  );
}
