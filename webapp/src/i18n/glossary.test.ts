/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { id } from './id';
import glossary from './glossary-never.json';

/** Every Indonesian dictionary: the portal's (`id`) and each lazily loaded one (office, PPID, reports...). */
const dictionaries = import.meta.glob<Record<string, unknown>>('./*.id.ts', { eager: true });

/** The dictionaries of the citizens' pages: the portal, reports and tracking, PPID requests, public figures. */
const CITIZEN_FILES = ['id', './citizen.id.ts', './information.id.ts', './reports.id.ts', './statistics.id.ts'];

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

interface Never {
  term: string;
  word: string;
  flags?: string;
  except?: string;
  scope?: 'citizen';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text without the one phrase the word may still appear in (in the word's own case rule). */
function withoutException(text: string, n: Never): string {
  return n.except ? text.replace(new RegExp(escape(n.except), (n.flags ?? '') + 'g'), '') : text;
}

/** A raw code: upper-case words joined by underscores (RECEIVED_AT, H_PERSONAL_SECRETS), never for a citizen. */
const RAW_CODE = new RegExp(glossary.rawCode);
/** A configuration key in camel case (verifyDispatchWorkingDays): a word no screen should show. */
const RAW_KEY = new RegExp(glossary.rawKey);

/**
 * The "never" column of docs/glossary.md, term by term: cells split at commas outside parentheses, each term with
 * whether the doc limits it to citizen screens.
 */
function docTerms(): { term: string; citizen: boolean }[] {
  const doc = readFileSync(resolve(process.cwd(), '../docs/glossary.md'), 'utf8');
  const rows = doc.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| thing'));
  const terms: { term: string; citizen: boolean }[] = [];
  for (const row of rows) {
    const cell = row.split('|')[4]?.trim() ?? '';
    let depth = 0;
    let current = '';
    const parts: string[] = [];
    for (const ch of cell) {
      if (ch === '(') depth++;
      if (ch === ')') depth--;
      if (ch === ',' && depth === 0) {
        parts.push(current);
        current = '';
      } else current += ch;
    }
    parts.push(current);
    for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
      terms.push({
        term: part.replace(/\(.*\)/, '').trim(),
        citizen: /\(on citizen screens/.test(part),
      });
    }
  }
  return terms;
}

describe('the Indonesian screens follow docs/glossary.md', () => {
  const all = Object.entries(dictionaries).reduce(
    (out, [file, module]) => strings(module, file, out),
    strings(id, 'id', []),
  );
  const never = glossary.never as Never[];

  it('reads every string of the Indonesian dictionaries', () => {
    expect(all.length).toBeGreaterThan(1000);
    expect(all.some(([path]) => path.startsWith('./citizen.id.ts'))).toBe(true);
  });

  it('lists exactly the terms of the glossary\'s "never" column, each with the doc\'s scope', () => {
    const inDoc = docTerms();
    const inFile = [...never.map((n) => n.term), ...glossary.unchecked.map((u) => u.term)];
    expect([...new Set(inFile)].sort()).toEqual([...new Set(inDoc.map((t) => t.term))].sort());
    for (const t of inDoc) {
      const n = never.find((x) => x.term === t.term);
      if (n) expect({ term: t.term, citizen: n.scope === 'citizen' }).toEqual(t);
    }
  });

  it.each(never.map((n) => [n.term, n] as const))('uses the glossary word instead of "%s"', (_term, n) => {
    const word = new RegExp(n.word, n.flags ?? '');
    const checked = n.scope === 'citizen' ? all.filter(([path]) => CITIZEN_FILES.some((f) => path.startsWith(f))) : all;
    const offending = checked.filter(([, text]) => word.test(withoutException(text, n)));
    expect(offending).toEqual([]);
  });

  it('finds what it looks for', () => {
    const officer = never.find((n) => n.term === 'Administrator pusat')!;
    expect(new RegExp(officer.word, officer.flags).test('Diteruskan oleh administrator pusat')).toBe(true);
    expect(new RegExp(officer.word, officer.flags).test('Diteruskan oleh Admin pusat')).toBe(false);
    const banding = never.find((n) => n.term === 'banding')!;
    const re = new RegExp(banding.word, banding.flags);
    expect(re.test(withoutException('Ajukan banding atas keputusan PPID', banding))).toBe(true);
    expect(re.test(withoutException('Banding ke pengadilan tata usaha negara', banding))).toBe(false);
    expect(RAW_KEY.test('verifyDispatchWorkingDays: 3')).toBe(true);
    expect(RAW_KEY.test('WhatsApp, SP4N-LAPOR!, e-mail')).toBe(false);
  });

  it('shows no raw code and no configuration key', () => {
    expect(all.filter(([, text]) => RAW_CODE.test(text))).toEqual([]);
    expect(all.filter(([, text]) => RAW_KEY.test(text))).toEqual([]);
  });
});
