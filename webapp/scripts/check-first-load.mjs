// Fails the build when the citizen portal's first load grows past its budget (issue 15, item 6: a cheap phone on
// slow 3G). Reads the built index.html, gzips every script and stylesheet it names (as the server sends them) and
// compares the first load's scripts (the entry and every chunk it preloads: Vite moves code shared with a lazy
// chunk into chunks of its own, which still load first) with the budget. Run by `npm run build`, so by the Maven build too.
//
//   node scripts/check-first-load.mjs [outDir]     (default: Vite's outDir, target/classes/META-INF/resources)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip bytes the first load's scripts may have: the whole portal home, React included, in about 30 s of slow 3G. */
export const ENTRY_BUDGET_BYTES = 100_000;

const outDir = process.argv[2] ?? 'target/classes/META-INF/resources';
const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const named = [...html.matchAll(/<(script|link)\b[^>]*\b(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
  (m) => ({ tag: m[1], path: m[2] }),
);
const entry = named.find((f) => f.tag === 'script' && /\/index-[^/]+\.js$/.test(f.path));
if (!entry) {
  console.error(`check-first-load: no entry script (assets/index-*.js) named in ${join(outDir, 'index.html')}`);
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
let total = Buffer.byteLength(html);
let totalGzip = gzipSync(html).length;
console.log(`first load: index.html ${kB(total)} (gzip ${kB(totalGzip)})`);
let scriptsGzip = 0;
for (const f of named) {
  const bytes = readFileSync(join(outDir, f.path));
  const gzip = gzipSync(bytes).length;
  total += bytes.length;
  totalGzip += gzip;
  if (f.path.endsWith('.js')) scriptsGzip += gzip;
  console.log(`first load: ${f.path} ${kB(bytes.length)} (gzip ${kB(gzip)})`);
}
console.log(`first load: total ${kB(total)} (gzip ${kB(totalGzip)})`);
if (scriptsGzip > ENTRY_BUDGET_BYTES) {
  console.error(
    `check-first-load: the first load's scripts (entry ${entry.path} and its preloads) are ${kB(scriptsGzip)} gzip, over the budget of ` +
      `${kB(ENTRY_BUDGET_BYTES)}. Load the new code with React.lazy or import() where it is first needed ` +
      `(see webapp/README.md, First load).`,
  );
  process.exit(1);
}
console.log(`first load: scripts within the budget (${kB(scriptsGzip)} of ${kB(ENTRY_BUDGET_BYTES)} gzip)`);
