import { useMemo, useState, type FormEvent } from 'react';
import type { OrgUnit } from '../../../../api/types';
import { useErrorText } from '../../../../app/ErrorPanel';
import { fieldErrorsOf, FormError, TextField, type FieldErrors } from '../../../../app/fields';
import { useI18n } from '../../../../i18n';
import { useVerifyText } from '../../../../i18n/verify';
import type { DispatchSuggestion } from '../api';
import { dispatchTree, filterTree, type TreeUnit } from './tree';
import type { DispatchRequest } from '../../../../api/schema';

export type { DispatchRequest };

/**
 * Dispatch (issue 17 item 2): the tenant's units as a searchable tree (agencies; kecamatan with their desa and
 * kelurahan), the category's agency and the area's unit proposed and ticked, a note for the agencies and a due date
 * no later than the regency's standard (the server refuses a later one next to the field).
 */
export function DispatchTree({
  units,
  suggestions,
  initial,
  today,
  onSubmit,
}: {
  units: OrgUnit[];
  suggestions: DispatchSuggestion[];
  /** The units ticked at first (the category's agency, for a report not yet dispatched). */
  initial: string[];
  /** Today on the regency's calendar, the earliest due date. */
  today: string;
  onSubmit: (request: DispatchRequest) => Promise<void>;
}) {
  const { lang } = useI18n();
  const v = useVerifyText();
  const errorText = useErrorText();
  const tree = useMemo(() => dispatchTree(units, lang), [units, lang]);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string[]>(initial);
  const [note, setNote] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // A proposed unit is offered once, in its own group above the tree.
  const proposed = suggestions.map((s) => s.orgUnit);
  const rest = {
    agencies: tree.agencies.filter((u) => !proposed.includes(u.code)),
    districts: tree.districts
      .filter((d) => !proposed.includes(d.code) || d.villages.length > 0)
      .map((d) => ({ ...d, villages: d.villages.filter((u) => !proposed.includes(u.code)) })),
  };
  const shown = filterTree(rest, query);
  const toggle = (code: string) => setChosen((c) => (c.includes(code) ? c.filter((x) => x !== code) : [...c, code]));
  const box = (u: TreeUnit) => (
    <label className="check" key={u.code}>
      <input type="checkbox" checked={chosen.includes(u.code)} onChange={() => toggle(u.code)} /> {u.name}
    </label>
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      await onSubmit({ units: chosen, note: note.trim() || null, dueOn: dueOn || null });
    } catch (error) {
      setErrors(fieldErrorsOf(error, ['units', 'note', 'dueOn'], errorText));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form dispatch-tree" noValidate onSubmit={submit} aria-busy={busy} aria-label={v.dispatch.heading}>
      <FormError message={errors['']} />
      {suggestions.length > 0 && (
        <fieldset>
          <legend>{v.dispatch.suggested}</legend>
          {suggestions.map((s) => (
            <label className="check" key={`${s.basis}-${s.orgUnit}`}>
              <input type="checkbox" checked={chosen.includes(s.orgUnit)} onChange={() => toggle(s.orgUnit)} /> {s.name} (
              {s.basis === 'CATEGORY' ? v.dispatch.byCategory : v.dispatch.byArea})
            </label>
          ))}
        </fieldset>
      )}
      <TextField id="dispatch-search" label={v.dispatch.search} hint={v.dispatch.searchHint} type="search" value={query} onChange={setQuery} />
      {errors.units && (
        <p className="field__error" role="alert">
          {errors.units}
        </p>
      )}
      <div className="dispatch-tree__groups">
        {shown.agencies.length > 0 && (
          <fieldset>
            <legend>{v.dispatch.agencies}</legend>
            {shown.agencies.map(box)}
          </fieldset>
        )}
        {shown.districts.length > 0 && (
          <fieldset>
            <legend>{v.dispatch.districts}</legend>
            <ul className="plain-list">
              {shown.districts.map((d) => (
                <li key={d.code}>
                  {proposed.includes(d.code) ? <span>{d.name}</span> : box(d)}
                  {d.villages.length > 0 && <div className="dispatch-tree__villages">{d.villages.map(box)}</div>}
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        {shown.agencies.length === 0 && shown.districts.length === 0 && <p>{v.dispatch.nothingFound}</p>}
      </div>
      <p role="status">{v.dispatch.chosen(chosen.length)}</p>
      <TextField id="dispatch-note" label={v.dispatch.note} hint={v.dispatch.noteHint} multiline value={note} onChange={setNote} error={errors.note} maxLength={2000} />
      <div className="field">
        <label htmlFor="dispatch-due">{v.dispatch.dueOn}</label>
        <p id="dispatch-due-hint" className="field__hint">
          {v.dispatch.dueOnHint}
        </p>
        {errors.dueOn && (
          <p id="dispatch-due-error" className="field__error">
            {errors.dueOn}
          </p>
        )}
        <input
          id="dispatch-due"
          type="date"
          min={today}
          value={dueOn}
          aria-invalid={errors.dueOn ? true : undefined}
          aria-describedby={errors.dueOn ? 'dispatch-due-hint dispatch-due-error' : 'dispatch-due-hint'}
          onChange={(e) => setDueOn(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {v.dispatch.submit}
      </button>
    </form>
  );
}
