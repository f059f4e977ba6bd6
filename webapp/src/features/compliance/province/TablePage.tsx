import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { ErrorPanel, Loading, useErrorText } from '../../../app/ErrorPanel';
import { FormError, TextField } from '../../../app/fields';
import { Link, navigate } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useI18n } from '../../../i18n';
import { useProvinceText } from '../../../i18n/province';
import { downloadTable, getTable } from './api';
import { COLUMNS, formatValue, INDICATORS, weightShares } from './logic';
import { BandBadge, DisclaimerNote, periodFromUrl, periodQuery, Score } from './parts';

/**
 * `/provinsi`: the province's tenants with every indicator, the composite score and its band, the weights and the
 * bands shown, CSV/XLSX/PDF downloads of the same table, and the disclaimer.
 */
export function TablePage() {
  const m = useProvinceText();
  const { lang } = useI18n();
  const errorText = useErrorText();
  useDocumentTitle(m.title);
  const [period, setPeriod] = useState(periodFromUrl);
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const { state, reload } = useAsync((signal) => getTable(period, signal), `${period.from}|${period.to}`);
  const [busy, setBusy] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | undefined>();

  // The period the server chose (1 January to today by default) fills empty date fields.
  useEffect(() => {
    if (state.status !== 'ok') return;
    setFrom((f) => f || state.data.from);
    setTo((t) => t || state.data.to);
  }, [state]);

  const periodError = state.status === 'error' && state.error instanceof ApiError ? state.error.field : null;
  const fieldError = (f: string) => (periodError === f ? errorText(state.status === 'error' ? state.error : null) : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = { from, to };
    setPeriod(next);
    navigate(`/provinsi${periodQuery(next)}`, { replace: true });
  };

  const get = async (format: 'csv' | 'xlsx' | 'pdf') => {
    setBusy(format);
    setDownloadError(undefined);
    try {
      await downloadTable(period, format);
    } catch (e) {
      setDownloadError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const f = { locale: m.locale, ...m.formats };
  return (
    <>
      <h1>{state.status === 'ok' ? m.table.heading(state.data.province) : m.title}</h1>
      {state.status === 'ok' && <DisclaimerNote text={state.data.disclaimer} />}
      <form className="form form--wide" noValidate onSubmit={onSubmit}>
        <div className="field-row">
          <TextField id="from" type="date" label={m.table.from} value={from} onChange={setFrom} error={fieldError('from')} />
          <TextField id="to" type="date" label={m.table.to} value={to} onChange={setTo} error={fieldError('to')} />
        </div>
        <button type="submit" className="button">
          {m.table.show}
        </button>
      </form>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && !periodError && <ErrorPanel error={state.error} onRetry={reload} />}
      {state.status === 'ok' && (
        <>
          <p className="muted">{m.table.period(state.data.from, state.data.to)}</p>
          <section aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{m.table.downloads}</h2>
            <p className="actions">
              {(['csv', 'xlsx', 'pdf'] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  className="button button--secondary"
                  disabled={busy !== null}
                  onClick={() => void get(format)}
                >
                  {m.table.download(format.toUpperCase())}
                </button>
              ))}
            </p>
            <p role="status">{busy ? m.table.downloading : ''}</p>
            <FormError message={downloadError} />
          </section>
          {state.data.tenants.length === 0 ? (
            <p>{m.table.empty}</p>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="compliance-caption">
              <table className="table table--compact">
                <caption id="compliance-caption">{m.table.caption(state.data.tenants.length)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.table.name}</th>
                    <th scope="col" className="num">
                      {m.table.score}
                    </th>
                    <th scope="col">{m.table.band}</th>
                    {COLUMNS.map((c) => (
                      <th key={c.key} scope="col" className="num">
                        {m.columns[c.key]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {state.data.tenants.map((row) => (
                    <tr key={row.slug} data-slug={row.slug}>
                      <th scope="row">
                        <Link href={`/provinsi/kabupaten/${row.slug}${periodQuery(period)}`}>{row.name}</Link>
                      </th>
                      <td className="num">
                        <strong>
                          <Score value={row.score} />
                        </strong>
                      </td>
                      <td>
                        <BandBadge band={row.band} />
                      </td>
                      {COLUMNS.map((c) => (
                        <td key={c.key} className="num">
                          {formatValue(row.indicators[c.key], c.kind, f)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted">{m.noneNote}</p>
          <div className="portal-grid">
            <section aria-labelledby="weights-heading">
              <h2 id="weights-heading">{m.table.weightsHeading}</h2>
              <p>{m.table.weightsIntro}</p>
              <WeightsSummary weights={state.data.weights} />
              <p>
                <Link href="/provinsi/bobot">{m.table.changeWeights}</Link>
              </p>
            </section>
            <section aria-labelledby="bands-heading">
              <h2 id="bands-heading">{m.table.bandsHeading}</h2>
              <ul className="plain-list">
                {state.data.bands.map((b) => (
                  <li key={b.code}>{m.table.bandFloor(lang === 'en' ? b.en : b.id, b.floor)}</li>
                ))}
              </ul>
            </section>
          </div>
        </>
      )}
    </>
  );
}

export function WeightsSummary({ weights }: { weights: Record<string, number> }) {
  const m = useProvinceText();
  const shares = weightShares(weights);
  return (
    <dl className="facts" data-testid="weights">
      {INDICATORS.map((key) => (
        <div key={key} className="facts__row">
          <dt>{m.indicators[key]}</dt>
          <dd>
            {(weights[key] ?? 0).toLocaleString(m.locale)} (
            {m.weights.share((shares[key] ?? 0).toLocaleString(m.locale))})
          </dd>
        </div>
      ))}
    </dl>
  );
}
