import { useState, type FormEvent } from 'react';
import { CardTable, Cell } from '../../../app/CardTable';
import { ErrorPanel, Loading, useErrorText } from '../../../app/ErrorPanel';
import { fieldErrorsOf, FormError, SelectField, TextField, type FieldErrors } from '../../../app/fields';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { usePpidText } from '../../../i18n/ppid';
import { useInformationText } from '../../../i18n/information';
import { usePpidAdminText } from '../../../i18n/ppidAdmin';
import { formatLongDate, todayIn } from '../../calendar/dates';
import { useTenant } from '../../portal/TenantContext';
import { ActionForm } from '../../office/ActionForm';
import { LetterDownload } from '../../office/LetterDownload';
import { hasRole, type Session } from '../../identity/office/session';
import { countRows, llidYears, mayPublishLlid } from './register';
import { downloadLlid, downloadLlidCover, getLlid, recordLlidDelivery, publishLlid, saveLlidSections, type Llid, type LlidSections, type RequestFigures, type RequestTime } from './api';

const SECTIONS: (keyof LlidSections)[] = ['policy', 'facilities', 'staff', 'budget', 'obstacles', 'recommendations'];

/**
 * `/{slug}/kantor/llid`: the annual information-service report (Perbup Pasal 18-19): the fiscal year, the counts from
 * the records, the editable text sections, the publication (due by the end of March, flagged when late) and the
 * PDF/CSV downloads. Editing and publishing are the PPID Utama's; the other readers see and download.
 */
export function LlidPage({ session }: { session: Session }) {
  const tenant = useTenant();
  const { t } = useI18n();
  const a = usePpidAdminText();
  const p = usePpidText();
  const l = a.llid;
  const errorText = useErrorText();
  const today = todayIn(tenant.zoneId);
  const years = llidYears(today);
  const [year, setYear] = useState(years[1] ?? years[0]!);
  const { state, reload } = useAsync((signal) => getLlid(tenant.slug, year, signal), `${tenant.slug}|${year}`);
  const [updated, setUpdated] = useState<Llid | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | undefined>();
  const [notice, setNotice] = useState('');
  // The year just chosen: never the previous year's figures while the new ones load.
  const loaded = state.status === 'ok' && state.data.fiscalYear === year ? state.data : null;
  const data = updated && updated.fiscalYear === year ? updated : loaded;
  useDocumentTitle(l.title(year));
  const main = hasRole(session, 'PPID_MAIN');
  const get = async (format: 'pdf' | 'csv') => {
    setBusy(format);
    setDownloadError(undefined);
    try {
      await downloadLlid(tenant.slug, year, format);
    } catch (e) {
      setDownloadError(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  const date = (d: string | null) => (d ? formatLongDate(d, t.locale) : '');
  return (
    <>
      <h1>{l.title(year)}</h1>
      <p className="lead">{l.intro}</p>
      <SelectField
        id="llid-year"
        label={l.year}
        value={String(year)}
        onChange={(v) => {
          setYear(Number(v));
          setNotice('');
        }}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {!data && state.status === 'error' && <ErrorPanel error={state.error} onRetry={reload} />}
      {!data && state.status !== 'error' && <Loading />}
      {data && (
        <>
          <section className="panel" aria-labelledby="llid-status">
            <h2 id="llid-status" className="panel__title">
              {data.publishedOn ? `${l.publishedOn}: ${date(data.publishedOn)}` : l.notPublished}
            </h2>
            <dl className="facts" data-testid="llid-status">
              <Row label={l.period} value={`${date(data.from)} – ${date(data.to)}`} />
              <Row label={l.due} value={date(data.dueOn)} />
            </dl>
            <p>
              <span className={`badge badge--${data.late ? 'overdue' : 'ok'}`}>{data.late ? l.late : l.onTime}</span>
            </p>
            {main && mayPublishLlid(data, today) && (
              <ActionForm
                id="llid-publish"
                submitLabel={l.publish}
                onSubmit={async () => {
                  setUpdated(await publishLlid(tenant.slug, year));
                  setNotice(l.published);
                }}
              />
            )}
            {main && !data.publishedOn && <p className="muted">{l.publishHint}</p>}
            <h3>{l.downloads}</h3>
            <FormError message={downloadError} />
            <p className="actions">
              {(['pdf', 'csv'] as const).map((f) => (
                <button key={f} type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void get(f)}>
                  {l.download(f.toUpperCase())}
                </button>
              ))}
            </p>
            {busy && <p role="status">{l.downloading}</p>}
            {data.publishedOn && (
              <p>
                <LetterDownload label={l.coverLetter} onDownload={() => downloadLlidCover(tenant.slug, year)} />
              </p>
            )}
          </section>
          {data.publishedOn && (
            <section className="panel" aria-labelledby="llid-deliveries">
              <h2 id="llid-deliveries" className="panel__title">
                {l.deliveries}
              </h2>
              {(data.deliveries ?? []).length === 0 ? (
                <p className="muted">{l.noDeliveries}</p>
              ) : (
                <ul data-testid="llid-deliveries">
                  {(data.deliveries ?? []).map((d) => (
                    <li key={d.recipient}>
                      {l.recipients[d.recipient]}: {date(d.deliveredOn)} · {l.vias[d.via]} · {d.reference}
                    </li>
                  ))}
                </ul>
              )}
              {main && (
                <ActionForm
                  id="llid-delivery"
                  submitLabel={l.recordDelivery}
                  secondary
                  fields={[
                    {
                      kind: 'select',
                      name: 'recipient',
                      label: l.recipient,
                      initial: 'BUPATI',
                      options: Object.keys(l.recipients).map((r) => ({ value: r, label: l.recipients[r] ?? r })),
                    },
                    { kind: 'text', name: 'deliveredOn', label: l.deliveredOn, hint: 'YYYY-MM-DD', initial: today },
                    {
                      kind: 'select',
                      name: 'via',
                      label: l.via,
                      initial: 'LETTER',
                      options: Object.keys(l.vias).map((v) => ({ value: v, label: l.vias[v] ?? v })),
                    },
                    { kind: 'text', name: 'reference', label: l.reference, hint: l.referenceHint },
                  ]}
                  onSubmit={async (v) => {
                    setUpdated(await recordLlidDelivery(tenant.slug, year, { recipient: String(v.recipient), deliveredOn: String(v.deliveredOn), via: String(v.via), reference: String(v.reference ?? '') }));
                    setNotice(l.delivered);
                  }}
                />
              )}
            </section>
          )}
          <Figures figures={data.requests} />
          <section className="panel" aria-labelledby="llid-objections">
            <h2 id="llid-objections" className="panel__title">
              {l.objections}: {data.objections.total}
            </h2>
            <Counts caption={l.objections} rows={countRows(data.objections.byGround)} labels={p.grounds} />
            <h2 className="panel__title">
              {l.disputes}: {data.disputes.total}
            </h2>
            <Counts caption={l.disputes} rows={countRows(data.disputes.byOutcome)} labels={p.dispute.outcomes} />
            <Counts caption={l.compliance} rows={countRows(data.disputes.byCompliance ?? {})} labels={l.complianceWords} />
            <p>
              {l.courtCases}: {data.disputes.courtCases}
            </p>
          </section>
          <Sections key={`${year}|${data.publishedOn ?? ''}`} llid={data} editable={main} onSaved={(x) => {
            setUpdated(x);
            setNotice(l.saved);
          }} />
          <PerRequest rows={data.perRequest} total={data.perRequestTotal} />
        </>
      )}
    </>
  );
}

/** The request counts (Pasal 18(3)b-e), shared with the PPID Pembantu report. */
export function Figures({ figures }: { figures: RequestFigures }) {
  const a = usePpidAdminText();
  const p = usePpidText();
  const info = useInformationText();
  const l = a.llid;
  const f = figures;
  return (
    <section className="panel" aria-labelledby="llid-figures">
      <h2 id="llid-figures" className="panel__title">
        {l.figures}
      </h2>
      <dl className="facts" data-testid="llid-figures">
        <Row label={l.total} value={String(f.total)} />
        <Row label={l.grantedFull} value={String(f.grantedFull)} />
        <Row label={l.grantedPart} value={String(f.grantedPart)} />
        <Row label={l.refused} value={String(f.refused)} />
        <Row label={l.notHeld} value={String(f.notHeld)} />
        <Row label={l.lapsed} value={String(f.lapsed)} />
        <Row label={l.pending} value={String(f.pending)} />
        <Row label={l.extended} value={String(f.extended)} />
        <Row label={l.lateCount} value={String(f.late)} />
        <Row label={l.average} value={f.averageWorkingDays == null ? '–' : f.averageWorkingDays.toFixed(1)} />
      </dl>
      <Counts caption={l.byChannel} rows={countRows(f.byChannel)} labels={p.channels} />
      <Counts caption={l.byRequesterType} rows={countRows(f.byRequesterType)} labels={info.request.requesterTypes} />
      <Counts caption={l.exemptionGrounds} rows={countRows(f.exemptionGrounds)} labels={p.notice.grounds} />
      {Object.keys(f.timeByOutcome ?? {}).length > 0 && (
        <CardTable>
          <caption>{l.timeByOutcome}</caption>
          <thead>
            <tr>
              <th scope="col">{l.classification}</th>
              <th scope="col">{l.notices}</th>
              <th scope="col">{l.average}</th>
              <th scope="col">{l.longest}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(f.timeByOutcome).map(([k, v]) => (
              <tr key={k}>
                <Cell label={l.classification}>{p.notice.decisions[k] ?? (k === 'NOT_HELD' ? p.notice.heldNo : k)}</Cell>
                <Cell label={l.notices}>{v.notices}</Cell>
                <Cell label={l.average}>{v.averageWorkingDays == null ? '–' : v.averageWorkingDays.toFixed(1)}</Cell>
                <Cell label={l.longest}>{v.longestWorkingDays ?? '–'}</Cell>
              </tr>
            ))}
          </tbody>
        </CardTable>
      )}
      <dl className="facts">
        <Row label={l.releasedDocuments} value={String(f.releasedDocuments ?? 0)} />
      </dl>
    </section>
  );
}

function Counts({ caption, rows, labels }: { caption: string; rows: [string, number][]; labels?: Record<string, string> }) {
  const l = usePpidAdminText().llid;
  if (rows.length === 0) return null;
  return (
    <CardTable>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{l.key}</th>
            <th scope="col">{l.count}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, n]) => (
            <tr key={k}>
              <Cell label={l.key}>{labels?.[k] ?? k}</Cell>
              <Cell label={l.count}>{n}</Cell>
            </tr>
          ))}
        </tbody>
    </CardTable>
  );
}

function Sections({ llid, editable, onSaved }: { llid: Llid; editable: boolean; onSaved: (l: Llid) => void }) {
  const tenant = useTenant();
  const a = usePpidAdminText();
  const l = a.llid;
  const errorText = useErrorText();
  const [values, setValues] = useState<Record<keyof LlidSections, string>>(
    () => Object.fromEntries(SECTIONS.map((s) => [s, llid.sections[s] ?? ''])) as Record<keyof LlidSections, string>,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const body = Object.fromEntries(SECTIONS.map((s) => [s, values[s].trim() || null])) as unknown as LlidSections;
      onSaved(await saveLlidSections(tenant.slug, llid.fiscalYear, body));
    } catch (e) {
      setErrors(fieldErrorsOf(e, SECTIONS, errorText));
    } finally {
      setBusy(false);
    }
  };
  if (!editable) {
    return (
      <section className="panel" aria-labelledby="llid-sections">
        <h2 id="llid-sections" className="panel__title">
          {l.sectionsTitle}
        </h2>
        <dl className="facts">
          {SECTIONS.map((s) => (
            <Row key={s} label={l.sections[s] ?? s} value={llid.sections[s]} />
          ))}
        </dl>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="llid-sections">
      <h2 id="llid-sections" className="panel__title">
        {l.sectionsTitle}
      </h2>
      <form className="form" noValidate onSubmit={submit} aria-busy={busy} aria-labelledby="llid-sections">
        <FormError message={errors['']} />
        {SECTIONS.map((s) => (
          <TextField
            key={s}
            id={`llid-${s}`}
            label={l.sections[s] ?? s}
            multiline
            value={values[s]}
            onChange={(v) => setValues((x) => ({ ...x, [s]: v }))}
            error={errors[s]}
          />
        ))}
        <button type="submit" className="button" disabled={busy}>
          {l.save}
        </button>
      </form>
    </section>
  );
}

export function PerRequest({ rows, total }: { rows: RequestTime[]; total: number }) {
  const { t } = useI18n();
  const a = usePpidAdminText();
  const p = usePpidText();
  const l = a.llid;
  if (rows.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="llid-per-request">
      <h2 id="llid-per-request" className="panel__title">
        {l.perRequest}
      </h2>
      {total > rows.length && <p className="muted">{l.perRequestShown(rows.length, total)}</p>}
      <CardTable>
          <thead>
            <tr>
              <th scope="col">{l.number}</th>
              <th scope="col">{l.received}</th>
              <th scope="col">{l.outcome}</th>
              <th scope="col">{l.days}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.registrationNumber}>
                <Cell label={l.number}>{r.registrationNumber}</Cell>
                <Cell label={l.received}>{formatLongDate(r.receivedOn, t.locale)}</Cell>
                <Cell label={l.outcome}>{r.outcome ?? p.statuses[r.status] ?? r.status}</Cell>
                <Cell label={l.days}>
                  {r.workingDays ?? '–'}
                  {r.late && (
                    <>
                      {' '}
                      <span className="badge badge--overdue">{l.late}</span>
                    </>
                  )}
                </Cell>
              </tr>
            ))}
          </tbody>
      </CardTable>
    </section>
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
