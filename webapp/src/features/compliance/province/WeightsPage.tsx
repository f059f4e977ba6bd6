import { useEffect, useState, type FormEvent } from 'react';
import { ErrorPanel, Loading, useErrorText } from '../../../app/ErrorPanel';
import { FormError, TextField } from '../../../app/fields';
import { Link } from '../../../app/router';
import { useAsync } from '../../../app/useAsync';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useProvinceText } from '../../../i18n/province';
import { getWeights, saveWeights } from './api';
import { checkWeights, INDICATORS, weightErrorsFromApi, weightShares, weightsToInput } from './logic';

/** `/provinsi/bobot`: the province's weights of the composite score, editable; errors next to each weight. */
export function WeightsPage() {
  const m = useProvinceText();
  const w = m.weights;
  useDocumentTitle(w.heading);
  const errorText = useErrorText();
  const { state, reload } = useAsync((signal) => getWeights(signal), 'weights');
  const [input, setInput] = useState<Record<string, string> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    if (state.status === 'ok') setInput(weightsToInput(state.data.weights));
  }, [state]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!input) return;
    setSaved('');
    const check = checkWeights(input);
    const local: Record<string, string> = {};
    for (const [key, problem] of Object.entries(check.fields)) local[key] = problem === 'number' ? w.number : w.range;
    if (check.allZero) local[''] = w.allZero;
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const result = await saveWeights(check.values);
      setInput(weightsToInput(result.weights));
      setSaved(w.saved);
    } catch (e) {
      setErrors(weightErrorsFromApi(e, errorText(e)));
    } finally {
      setBusy(false);
    }
  };

  if (state.status === 'loading' || (state.status === 'ok' && !input)) return <Loading />;
  if (state.status === 'error') return <ErrorPanel error={state.error} onRetry={reload} />;
  const current = input ?? {};
  const preview = checkWeights(current);
  const shares = weightShares(preview.values);
  return (
    <>
      <h1>{w.heading}</h1>
      <p className="lead">{w.intro}</p>
      <form className="form form--wide" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <FormError message={errors['']} />
        <div className="weights-list">
          {INDICATORS.map((key) => (
            <TextField
              key={key}
              id={`weight-${key}`}
              label={m.indicators[key]}
              hint={
                preview.fields[key]
                  ? w.hint
                  : `${w.hint}. ${w.share((shares[key] ?? 0).toLocaleString(m.locale))}`
              }
              inputMode="decimal"
              value={current[key] ?? ''}
              error={errors[key]}
              onChange={(v) => setInput({ ...current, [key]: v })}
            />
          ))}
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? w.saving : w.save}
        </button>
        <p role="status">{saved}</p>
      </form>
      <p>
        <Link href="/provinsi">{m.drill.back}</Link>
      </p>
    </>
  );
}
