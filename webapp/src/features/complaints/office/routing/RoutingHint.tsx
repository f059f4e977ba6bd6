import { useAsync } from '../../../../app/useAsync';
import { useRoutingText } from '../../../../i18n/routing';
import { getRoutingSuggestion } from '../api';

/**
 * The agency the regency's model proposes for a report, with its confidence, above the dispatch form (issue 17
 * item 3). Only a hint: the officer picks the units. Nothing is shown while it loads or when it cannot be had.
 */
export function RoutingHint({ slug, caseId }: { slug: string; caseId: string }) {
  const r = useRoutingText();
  const { state } = useAsync((signal) => getRoutingSuggestion(slug, caseId, signal), `${slug}:${caseId}`);
  if (state.status !== 'ok' || !state.data.orgUnit) return null;
  const s = state.data;
  const name = s.name ?? s.orgUnit ?? '';
  const others = s.alternatives.filter((a) => a.orgUnit !== s.orgUnit);
  return (
    <aside aria-label={r.label} className="muted">
      <p>
        {s.confidence === null ? r.byCategory(name) : r.suggestion(name, Math.round(s.confidence * 100))}{' '}
        {others.length > 0 &&
          `${r.alternatives} ${others.map((a) => `${a.name} (${Math.round(a.confidence * 100)}%)`).join(', ')}.`}
      </p>
      <p>
        {s.model.basis === 'HISTORY' ? r.basis.HISTORY(s.model.historySize) : r.basis.CATEGORY_MAP(s.model.minHistory)}{' '}
        {r.decides}
      </p>
    </aside>
  );
}
