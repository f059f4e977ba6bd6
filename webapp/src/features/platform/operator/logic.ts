import type { ApiProblem } from '../../../api/client';
import type { OperatorTenant, TenantStatus } from '../../../api/schema';

export type { OperatorTenant, TenantStatus };

/** One path of a tenant definition with every problem found there. */
export interface ProblemGroup {
  path: string;
  /** The path in plain words: `$.orgUnits[0].code` → `orgUnits › 1 › code` (1-based, as people count). */
  label: string;
  messages: string[];
}

/**
 * Groups the 422/409 `problems` of a definition by their path, in the order the server found them, so that each
 * place in the definition is listed once with all that is wrong there.
 */
export function problemsByPath(problems: readonly ApiProblem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const path = p.path || '$';
    let g = groups.get(path);
    if (!g) {
      g = { path, label: pathLabel(path), messages: [] };
      groups.set(path, g);
    }
    if (!g.messages.includes(p.message)) g.messages.push(p.message);
  }
  return [...groups.values()];
}

/** A JSON path in plain words; `$` alone is the definition as a whole (returns ''). */
export function pathLabel(path: string): string {
  const body = path.replace(/^\$\.?/, '');
  if (!body) return '';
  return body
    .replace(/\[(\d+)\]/g, (_, n: string) => `.${Number(n) + 1}`)
    .replace(/\[([^\]]+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .join(' › ');
}

/** The media type to send a pasted or uploaded definition with: JSON when it looks like JSON, YAML otherwise. */
export function definitionMediaType(text: string, fileName?: string): 'application/json' | 'application/yaml' {
  if (fileName && /\.json$/i.test(fileName)) return 'application/json';
  if (fileName && /\.ya?ml$/i.test(fileName)) return 'application/yaml';
  // A definition is an object: JSON starts with `{`; YAML (a superset) is sent as YAML otherwise.
  return /^\s*\{/.test(text) ? 'application/json' : 'application/yaml';
}

/** Sorts the list for the operator: by province code, then name. */
export function sortTenants(tenants: readonly OperatorTenant[]): OperatorTenant[] {
  return [...tenants].sort((a, b) => a.province.localeCompare(b.province) || a.name.localeCompare(b.name, 'id'));
}
