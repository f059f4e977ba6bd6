import { describe, expect, it } from 'vitest';
import { id } from './id';
import glossary from './glossary-never.json';

/** Every Indonesian dictionary: the portal's (`id`) and each lazily loaded one (office, PPID, reports...). */
const dictionaries = import.meta.glob<Record<string, unknown>>('./*.id.ts', { eager: true });

/** Every string of the Indonesian dictionaries, with its path (functions called with sample arguments). */
function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    const text = (value as (...args: unknown[]) => unknown)('ME-2026-000123', 3, 'Dinas PUPR', 5);
    if (typeof text === 'string') out.push([path + '()', text]);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  }
  return out;
}

/** Words docs/glossary.md puts in the "never" column, with the one phrase each may still appear in. */
const NEVER: [RegExp, string | null][] = glossary.never.map((n: { word: string; flags?: string; except?: string }) => [
  new RegExp(n.word, n.flags ?? ''),
  n.except ?? null,
]);

/** A raw code: upper-case words joined by underscores (RECEIVED_AT, H_PERSONAL_SECRETS), never for a citizen. */
const RAW_CODE = new RegExp(glossary.rawCode);

describe('the Indonesian screens follow docs/glossary.md', () => {
  const all = Object.entries(dictionaries).reduce(
    (out, [file, module]) => strings(module, file, out),
    strings(id, 'id', []),
  );

  it('reads every string of the Indonesian dictionaries', () => {
    expect(all.length).toBeGreaterThan(1000);
  });

  it.each(NEVER.map(([word, except]) => [String(word), word, except] as const))(
    'uses the glossary word instead of %s',
    (_name, word, except) => {
      const offending = all.filter(([, text]) => word.test(except ? text.split(except).join('') : text));
      expect(offending).toEqual([]);
    },
  );

  it('shows no raw code', () => {
    expect(all.filter(([, text]) => RAW_CODE.test(text))).toEqual([]);
  });
});
