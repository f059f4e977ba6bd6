import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import {
  downloadPublic,
  fileObjection,
  extensionPath,
  noticePath,
  releasedPath,
  trackRequest,
  type PublicRequest,
} from '../../../api/information';
import { useErrorText } from '../../../app/ErrorPanel';
import { fieldErrorsOf, FormError, SelectField, TextField, type FieldErrors } from '../../../app/fields';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useInformationText } from '../../../i18n/information';
import { formatActMoment, formatLongDate } from '../../calendar/dates';
import { useTenant } from '../../portal/TenantContext';
import { ReceivedFacts } from '../../calendar/ReceivedFacts';

/**
 * `/{slug}/lacak-permohonan`: the requester follows a request with its registration number and access code (never
 * in the URL), downloads the written notice (Perbup Pasal 22(4)-(5)) and the released documents, and files an
 * objection when the API says a ground has arisen (Pasal 24).
 */
export function TrackRequestPage() {
  const tenant = useTenant();
  const m = useInformationText();
  const tr = m.track;
  const { t } = useI18n();
  const errorText = useErrorText();
  useDocumentTitle(tr.title);
  const [number, setNumber] = useState(() => new URLSearchParams(window.location.search).get('nomor') ?? '');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<{ request: PublicRequest; number: string; code: string } | null>(null);

  const load = async (n: string, c: string) => {
    const request = await trackRequest(tenant.slug, n, c);
    setFound({ request, number: n, code: c });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!number.trim()) local.number = m.request.problems.required!;
    if (!code.trim()) local.code = m.request.problems.required!;
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await load(number, code);
    } catch (error) {
      setFound(null);
      if (error instanceof ApiError && error.status === 404 && error.code !== 'TENANT_NOT_FOUND') setErrors({ '': tr.notFound });
      else setErrors(fieldErrorsOf(error, ['code'], errorText));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{tr.title}</h1>
      <p className="lead">{tr.intro}</p>
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <FormError message={errors['']} />
        <TextField id="number" label={tr.number} required autoComplete="off" value={number} onChange={setNumber} error={errors.number} />
        <TextField id="code" label={tr.code} required autoComplete="off" value={code} onChange={setCode} error={errors.code} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? tr.searching : tr.submit}
        </button>
      </form>
      {found && (
        <RequestStatusView
          request={found.request}
          locale={t.locale}
          onDownload={(path, name) => downloadPublic(path, { code: found.code }, name)}
          onObject={async (ground, reasons) => {
            const o = await fileObjection(tenant.slug, found.number, found.code, ground, reasons);
            await load(found.number, found.code);
            return o.registerNumber;
          }}
        />
      )}
    </>
  );
}

export function RequestStatusView({
  request: r,
  locale,
  onDownload,
  onObject,
}: {
  request: PublicRequest;
  locale: string;
  onDownload: (path: string, name: string) => Promise<void>;
  onObject: (ground: string, reasons: string) => Promise<string>;
}) {
  const tenant = useTenant();
  const m = useInformationText();
  const tr = m.track;
  const errorText = useErrorText();
  const [downloadError, setDownloadError] = useState<string | undefined>();
  const date = (d: string) => formatLongDate(d, locale);
  const n = r.notice;
  const download = (path: string, name: string) => {
    setDownloadError(undefined);
    onDownload(path, name).catch((e: unknown) => setDownloadError(errorText(e)));
  };
  return (
    <section className="panel" aria-labelledby="request-heading" data-testid="request">
      <h2 id="request-heading" className="panel__title">
        {r.registrationNumber}
      </h2>
      <p>{r.informationWanted}</p>
      <dl className="facts">
        <div className="facts__row">
          <dt>{tr.status}</dt>
          <dd>
            <span className={`badge badge--${r.status === 'NOTICE_ISSUED' ? 'ok' : r.status === 'LAPSED' ? 'overdue' : 'open'}`}>
              {tr.statuses[r.status] ?? r.status}
            </span>{' '}
            {r.late && <span className="badge badge--overdue">{tr.late}</span>}
          </dd>
        </div>
        <ReceivedFacts receivedAt={r.receivedAt} receivedOn={r.receivedOn} countingStartsOn={r.countingStartsOn} />
        <div className="facts__row">
          <dt>{tr.noticeDue}</dt>
          <dd>
            {date(r.noticeDue)}
            {r.extended && ` (${tr.extended})`}
          </dd>
        </div>
        {r.extensionReason && (
          <div className="facts__row">
            <dt>{tr.extensionReason}</dt>
            <dd>{r.extensionReason}</dd>
          </div>
        )}
        {r.extended && (
          <div className="facts__row">
            <dt>{tr.extensionLetter}</dt>
            <dd>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => download(extensionPath(tenant.slug, r.registrationNumber), `perpanjangan-${r.registrationNumber}.pdf`)}
              >
                {tr.downloadExtension}
              </button>
            </dd>
          </div>
        )}
        {r.noticeIssuedOn && (
          <div className="facts__row">
            <dt>{tr.noticeIssuedOn}</dt>
            <dd>{date(r.noticeIssuedOn)}</dd>
          </div>
        )}
        {r.lapsedReason && (
          <div className="facts__row">
            <dt>{tr.lapsed}</dt>
            <dd>{r.lapsedReason}</dd>
          </div>
        )}
      </dl>
      {n && (
        <section aria-labelledby="notice-heading" data-testid="notice">
          <h3 id="notice-heading">{tr.noticeHeading}</h3>
          <dl className="facts">
            <div className="facts__row">
              <dt>{tr.status}</dt>
              <dd>{n.held ? (tr.decisions[n.decision ?? ''] ?? n.decision) : tr.notHeld}</dd>
            </div>
            {n.heldBy && (
              <div className="facts__row">
                <dt>{tr.heldBy}</dt>
                <dd>{n.heldBy}</dd>
              </div>
            )}
            {n.informationGiven && (
              <div className="facts__row">
                <dt>{tr.informationGiven}</dt>
                <dd>{n.informationGiven}</dd>
              </div>
            )}
            {n.exemptionReason && (
              <div className="facts__row">
                <dt>{tr.exemptionReason}</dt>
                <dd>{n.exemptionReason}</dd>
              </div>
            )}
            {n.redactions.length > 0 && (
              <div className="facts__row">
                <dt>{tr.redactions}</dt>
                <dd>
                  <ul>
                    {n.redactions.map((x) => (
                      <li key={x.part}>
                        {x.part}: {x.reason}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {n.cost != null && (
              <div className="facts__row">
                <dt>{tr.cost}</dt>
                <dd>Rp {new Intl.NumberFormat(locale).format(n.cost)}</dd>
              </div>
            )}
          </dl>
          <FormError message={downloadError} />
          <p>
            <button
              type="button"
              className="button"
              onClick={() => download(noticePath(tenant.slug, r.registrationNumber), `pemberitahuan-${r.registrationNumber}.pdf`)}
            >
              {tr.downloadNotice}
            </button>
          </p>
          {r.documents.length > 0 && (
            <>
              <h4>{tr.documents}</h4>
              <ul>
                {r.documents.map((d) => (
                  <li key={d.id}>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => download(releasedPath(tenant.slug, r.registrationNumber, d.id), d.fileName)}
                    >
                      {tr.download(d.fileName)}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {r.objections.length > 0 && (
        <section aria-labelledby="objections-heading">
          <h3 id="objections-heading">{tr.objectionsHeading}</h3>
          <ul>
            {r.objections.map((o) => (
              <li key={o.id} data-testid="objection">
                <strong>{o.registerNumber}</strong>: {tr.grounds[o.ground] ?? o.ground} ·{' '}
                {tr.objectionStatuses[o.status] ?? o.status} · {tr.answerDue} {date(o.answerDue)}
                {o.answer && (
                  <p>
                    {tr.objectionAnswer}: {o.answer}
                  </p>
                )}
                {o.settlement && <p>{o.settlement}</p>}
                {o.disputeFileBy && (
                  <div data-testid="dispute-file-by">
                    <p>
                      <strong>
                        {tr.disputeFileBy}: {date(o.disputeFileBy)}
                      </strong>
                    </p>
                    <p className="field__hint">{tr.disputeFileByHint}</p>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {r.objectionGroundsAvailable.length > 0 && <ObjectionForm grounds={r.objectionGroundsAvailable} onObject={onObject} />}
      <h3>{tr.history}</h3>
      <ol className="history">
        {r.history.map((e, i) => (
          <li key={i}>
            <time dateTime={e.at}>{formatActMoment(e.at, tenant.zoneId, tenant.timeZone, locale)}</time> <strong>{tr.actions[e.action] ?? e.action}</strong>
            {e.note && <p className="history__note">{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ObjectionForm({ grounds, onObject }: { grounds: string[]; onObject: (ground: string, reasons: string) => Promise<string> }) {
  const m = useInformationText();
  const tr = m.track;
  const errorText = useErrorText();
  const [ground, setGround] = useState(grounds[0] ?? '');
  const [reasons, setReasons] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (reasons.trim().length < 5) {
      setErrors({ reasons: m.request.problems.tooShort! });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      setDone(await onObject(ground, reasons));
      setReasons('');
    } catch (error) {
      setErrors(fieldErrorsOf(error, ['ground', 'reasons'], errorText));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="objection-heading" aria-busy={busy}>
      <h3 id="objection-heading">{tr.fileObjection}</h3>
      <p>{tr.objectionIntro}</p>
      {done && (
        <p className="notice" role="status">
          {tr.objectionFiled(done)}
        </p>
      )}
      <FormError message={errors['']} />
      <SelectField
        id="ground"
        label={tr.ground}
        value={ground}
        onChange={setGround}
        options={grounds.map((g) => ({ value: g, label: tr.grounds[g] ?? g }))}
        error={errors.ground}
      />
      <TextField id="reasons" label={tr.reasons} multiline required value={reasons} onChange={setReasons} error={errors.reasons} />
      <button type="submit" className="button" disabled={busy}>
        {tr.objectionSubmit}
      </button>
    </form>
  );
}
