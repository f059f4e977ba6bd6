import { useState, type FormEvent } from 'react';
import { useAsync } from '../../app/useAsync';
import { useOfficeText } from '../../i18n/office';
import { useTenant } from '../portal/TenantContext';
import { deleteSavedFilter, listSavedFilters, saveFilter } from '../identity/office/api';
import { readSavedQuery, savedQuery, type SavedQueue } from './queueSearch';

interface Props {
  queue: SavedQueue;
  /** The queue's tab, words and category now on screen (a phone or e-mail search is never saved). */
  current: { tab: string; q?: string; category?: string };
  onApply: (filter: { tab: string | null; q: string; category: string }) => void;
}

/** The officer's own saved filters of a queue as chips: one tap applies, × deletes, a name saves the current one. */
export function SavedFilterChips({ queue, current, onApply }: Props) {
  const tenant = useTenant();
  const o = useOfficeText();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const { state, reload } = useAsync((signal) => listSavedFilters(tenant.slug, queue, signal), `${tenant.slug}:${queue}`);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    try {
      await saveFilter(tenant.slug, queue, name.trim(), savedQuery(current));
      setName('');
      setMessage(o.savedFilters.saved);
      reload();
    } catch {
      setMessage(o.savedFilters.failed);
    }
  };

  return (
    <section className="saved-filters" aria-label={o.savedFilters.heading}>
      {state.status === 'ok' && state.data.length > 0 && (
        <ul className="chips">
          {state.data.map((f) => (
            <li key={f.id} className="chip">
              <button type="button" className="chip__apply" onClick={() => onApply(readSavedQuery(f.query))}>
                {f.name}
              </button>
              <button
                type="button"
                className="chip__remove"
                aria-label={o.savedFilters.remove(f.name)}
                onClick={async () => {
                  await deleteSavedFilter(tenant.slug, f.id).catch(() => setMessage(o.savedFilters.failed));
                  reload();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="saved-filters__form" onSubmit={save}>
        <label htmlFor={`saved-filter-name-${queue}`}>{o.savedFilters.name}</label>
        <input
          id={`saved-filter-name-${queue}`}
          value={name}
          maxLength={60}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button button--secondary">
          {o.savedFilters.save}
        </button>
      </form>
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
