// The summary of lighthouse.sh: for each page, the run with the median performance score, as Markdown.
//
//   node lighthouse-summary.mjs REPORTS_DIR RUNS "name|/path" ...
//
// Reads REPORTS_DIR/<name with dashes>-run<i>.report.json (Lighthouse's JSON output). Targets of issue 15 item 6:
// performance 90 or more, accessibility 100.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, runsArg, ...pages] = process.argv.slice(2);
const runs = Number(runsArg);
const score = (lhr, category) => {
  const s = lhr.categories[category]?.score;
  return s == null ? null : Math.round(s * 100);
};
const ms = (v) => (v == null ? '—' : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const kB = (v) => (v == null ? '—' : `${(v / 1000).toFixed(1)} kB`);
const audit = (lhr, id) => lhr.audits[id]?.numericValue;

const rows = [];
const details = [];
for (const page of pages) {
  const [name, path] = page.split('|');
  const slug = name.replaceAll(' ', '-');
  const reports = [];
  const failures = [];
  for (let i = 1; i <= runs; i++) {
    const file = join(dir, `${slug}-run${i}.report.json`);
    if (!existsSync(file)) {
      failures.push(`run ${i}: no report`);
      continue;
    }
    const lhr = JSON.parse(readFileSync(file, 'utf8'));
    if (lhr.runtimeError || score(lhr, 'performance') == null) {
      failures.push(`run ${i}: ${lhr.runtimeError?.code ?? 'no performance score'}`);
      continue;
    }
    reports.push({ i, lhr });
  }
  if (reports.length === 0) {
    rows.push(`| ${name} | \`${path}\` | failed (${failures.join('; ')}) | | | | | | | | | |`);
    continue;
  }
  reports.sort((a, b) => score(a.lhr, 'performance') - score(b.lhr, 'performance'));
  const { i, lhr } = reports[Math.floor((reports.length - 1) / 2)];
  const perf = score(lhr, 'performance');
  const a11y = score(lhr, 'accessibility');
  const scripts = lhr.audits['resource-summary']?.details?.items?.find((it) => it.resourceType === 'script');
  const met = [perf >= 90 ? 'performance met' : 'performance missed', a11y === 100 ? 'accessibility met' : 'accessibility missed'];
  rows.push(
    `| ${name} | \`${path}\` | **${perf}** (runs: ${reports.map((r) => score(r.lhr, 'performance')).sort((x, y) => x - y).join(', ')}) | **${a11y}** | ${score(lhr, 'best-practices')} | ${ms(audit(lhr, 'first-contentful-paint'))} | ${ms(audit(lhr, 'largest-contentful-paint'))} | ${ms(audit(lhr, 'total-blocking-time'))} | ${audit(lhr, 'cumulative-layout-shift')?.toFixed(3) ?? '—'} | ${kB(audit(lhr, 'total-byte-weight'))} | ${kB(scripts?.transferSize)} | ${met.join(', ')} |`,
  );

  const failing = (category) =>
    lhr.categories[category].auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .map((a) => `\`${a.id}\` (${a.title}${a.details?.items?.length ? `; ${a.details.items.length} element(s)` : ''})`);
  const savings = Object.values(lhr.audits)
    .filter((a) => a.details?.type === 'opportunity' && (a.details.overallSavingsMs ?? 0) > 0)
    .sort((a, b) => b.details.overallSavingsMs - a.details.overallSavingsMs)
    .slice(0, 4)
    .map((a) => `\`${a.id}\` ~${ms(a.details.overallSavingsMs)}`);
  const lcpElement = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet;
  details.push(`- **${name}** (median: run ${i}${failures.length ? `; ${failures.join('; ')}` : ''}):`);
  details.push(`  failing accessibility audits: ${failing('accessibility').join(', ') || 'none'};`);
  details.push(`  failing best-practices audits: ${failing('best-practices').join(', ') || 'none'};`);
  details.push(`  performance opportunities (estimated savings): ${savings.join(', ') || 'none'};`);
  details.push(`  Speed Index ${ms(audit(lhr, 'speed-index'))}, Time to Interactive ${ms(audit(lhr, 'interactive'))}, main-thread work ${ms(audit(lhr, 'mainthread-work-breakdown'))}, JS execution ${ms(audit(lhr, 'bootup-time'))}, requests ${lhr.audits['network-requests']?.details?.items?.length ?? '—'};`);
  if (lcpElement) details.push(`  LCP element: \`${lcpElement.replace(/\s+/g, ' ').slice(0, 120)}\``);
  if (lhr.runWarnings?.length) details.push(`  warnings: ${lhr.runWarnings.join(' / ')}`);
}

console.log('| page | path | performance (median; all runs) | accessibility | best practices | FCP | LCP | TBT | CLS | total transfer | JS transfer | targets (≥ 90, 100) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log();
for (const line of details) console.log(line);
