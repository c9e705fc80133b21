#!/usr/bin/env node
// Peer latency benchmark: runs MiniSearch and FlexSearch over the same
// section-level documents and queries as the KnowledgeBase C# search engine.
//
//   node --expose-gc bench.mjs --docs docs.jsonl --queries queries.jsonl \
//        [--warmup 2] [--repeat 5] [--top 10] [--engines minisearch,flexsearch]
//
// Prints ONE JSON object on stdout; progress and warnings go to stderr.
// See README.md for the option choices that make the engines comparable.

import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import v8 from 'node:v8';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------
// Shared text pipeline (identical for both engines)
// ---------------------------------------------------------------------------

/** Terms are maximal runs of letters and digits (Unicode-aware). */
const SPLIT = /[^\p{L}\p{N}]+/u;
const DIACRITIC = /\p{Diacritic}/gu;
/** Diacritic folding + case folding: "Doručení" -> "doruceni", "Ёлка" -> "елка". */
const fold = (s) => s.normalize('NFD').replace(DIACRITIC, '').toLowerCase();

const BOOST = { title: 3, heading: 2, text: 1 };
const FIELDS = ['title', 'heading', 'text'];

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------

const USAGE = `usage: node [--expose-gc] bench.mjs --docs FILE --queries FILE
         [--warmup N=2] [--repeat N=5] [--top N=10]
         [--engines minisearch,flexsearch]   (also: flexsearch-tolerant)
         [--flex-limit N=top*20]  per-field candidate limit for FlexSearch
         [--results FILE]         write each engine's top docs per query (JSONL)`;

function parseArgs(argv) {
  const opts = {
    docs: null, queries: null, warmup: 2, repeat: 5, top: 10,
    engines: 'minisearch,flexsearch', flexLimit: null, results: null,
  };
  const num = (name, v, min) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) die(`--${name} must be an integer >= ${min}, got ${JSON.stringify(v)}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let v;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { v = a.slice(eq + 1); a = a.slice(0, eq); }
    const next = () => {
      if (v !== undefined) return v;
      if (i + 1 >= argv.length) die(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--docs': opts.docs = next(); break;
      case '--queries': opts.queries = next(); break;
      case '--warmup': opts.warmup = num('warmup', next(), 0); break;
      case '--repeat': opts.repeat = num('repeat', next(), 1); break;
      case '--top': opts.top = num('top', next(), 1); break;
      case '--engines': opts.engines = next(); break;
      case '--flex-limit': opts.flexLimit = num('flex-limit', next(), 1); break;
      case '--results': opts.results = next(); break;
      case '-h': case '--help': process.stderr.write(USAGE + '\n'); process.exit(0); break;
      default: die(`unknown argument ${JSON.stringify(a)}\n${USAGE}`);
    }
  }
  if (!opts.docs || !opts.queries) die(`--docs and --queries are required\n${USAGE}`);
  opts.engines = opts.engines.split(',').map((s) => s.trim()).filter(Boolean);
  if (!opts.engines.length) die('--engines is empty');
  for (const e of opts.engines) if (!ENGINES[e]) die(`unknown engine ${JSON.stringify(e)}; known: ${Object.keys(ENGINES).join(', ')}`);
  if (new Set(opts.engines).size !== opts.engines.length) die('--engines lists an engine twice');
  if (opts.flexLimit == null) opts.flexLimit = opts.top * 20;
  return opts;
}

function die(msg) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(2);
}

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

// ---------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------

const MAX_WARNINGS = 20;

function warner(file) {
  let count = 0;
  const fn = (lineNo, msg) => {
    count++;
    if (count <= MAX_WARNINGS) log(`warning: ${path.basename(file)}:${lineNo}: ${msg}; line skipped`);
    else if (count === MAX_WARNINGS + 1) log(`warning: ${path.basename(file)}: further warnings suppressed`);
  };
  fn.count = () => count;
  return fn;
}

async function* jsonLines(file, warn) {
  let stream;
  try {
    await fs.promises.access(file, fs.constants.R_OK);
    stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  } catch (e) {
    die(`cannot read ${file}: ${e.message}`);
  }
  const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (let line of rl) {
    lineNo++;
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1); // BOM
    if (!line.trim()) continue; // blank lines are not an error
    let obj;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      warn(lineNo, `invalid JSON (${e.message})`);
      continue;
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      warn(lineNo, 'not a JSON object');
      continue;
    }
    yield [lineNo, obj];
  }
}

const optString = (v) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : null);

async function loadDocs(file) {
  const warn = warner(file);
  const docs = [];
  const seen = new Set();
  for await (const [lineNo, o] of jsonLines(file, warn)) {
    if (typeof o.id !== 'string' || !o.id) { warn(lineNo, 'missing or non-string "id"'); continue; }
    let doc = o.doc;
    if (doc === undefined || doc === null || doc === '') {
      const hash = o.id.indexOf('#');
      doc = hash >= 0 ? o.id.slice(0, hash) : o.id;
    } else if (typeof doc !== 'string') { warn(lineNo, 'non-string "doc"'); continue; }
    const title = optString(o.title), heading = optString(o.heading), text = optString(o.text);
    if (title === null || heading === null || text === null) { warn(lineNo, 'non-string title/heading/text'); continue; }
    if (seen.has(o.id)) { warn(lineNo, `duplicate id ${JSON.stringify(o.id)}`); continue; }
    seen.add(o.id);
    docs.push({ id: o.id, doc, title, heading, text });
    if (docs.length % 50000 === 0) log(`loaded ${docs.length} docs...`);
  }
  return { docs, skipped: warn.count() };
}

const KINDS = new Set(['pair', 'prefix', 'typo', 'none']);

async function loadQueries(file) {
  const warn = warner(file);
  const queries = [];
  let oddKinds = 0;
  for await (const [lineNo, o] of jsonLines(file, warn)) {
    if (typeof o.q !== 'string') { warn(lineNo, 'missing or non-string "q"'); continue; }
    let kind = typeof o.kind === 'string' && o.kind ? o.kind : 'unknown';
    if (!KINDS.has(kind) && oddKinds++ < MAX_WARNINGS) {
      log(`warning: ${path.basename(file)}:${lineNo}: unexpected kind ${JSON.stringify(kind)}; kept, reported under that name`);
    }
    queries.push({ q: o.q, kind });
  }
  return { queries, skipped: warn.count() };
}

// ---------------------------------------------------------------------------
// Engines. build(docs, opts) returns { search(q) -> array of distinct doc keys,
// dispose() -> drops the index }.
// Search = engine query + grouping to the top N distinct articles (timed).
// ---------------------------------------------------------------------------

function pkgVersion(name) {
  // Walk up from the resolved entry point to the package's own package.json
  // (exports maps may hide "./package.json").
  let dir = path.dirname(require.resolve(name));
  while (dir !== path.dirname(dir)) {
    const p = path.join(dir, 'package.json');
    if (fs.existsSync(p)) {
      const pkg = JSON.parse(fs.readFileSync(p, 'utf8'));
      if (pkg.name === name) return pkg.version;
    }
    dir = path.dirname(dir);
  }
  return 'unknown';
}

/** First `top` distinct docs of an already ranked result list. */
function groupTop(results, top, docOf) {
  const out = [];
  if (!results.length) return out;
  const seen = new Set();
  for (let i = 0; i < results.length; i++) {
    const d = docOf(results[i]);
    if (!seen.has(d)) {
      seen.add(d);
      out.push(d);
      if (out.length === top) break;
    }
  }
  return out;
}

async function buildMiniSearch(docs, opts) {
  const { default: MiniSearch } = await import('minisearch');
  let ms = new MiniSearch({
    idField: 'n',
    fields: FIELDS,
    storeFields: ['doc'],
    extractField: (d, f) => (f === 'n' ? d.n : d.o[f]),
    tokenize: (s) => s.split(SPLIT),
    processTerm: (t) => (t ? fold(t) || null : null),
    searchOptions: {
      boost: BOOST,
      prefix: (term, i, terms) => i === terms.length - 1,
      fuzzy: 0.2,
      combineWith: 'OR',
    },
  });
  // Numeric ids (the line ordinal) for both engines; the string id is not indexed.
  for (let i = 0; i < docs.length; i++) ms.add({ n: i, o: docs[i] });
  const top = opts.top;
  const docOf = (r) => r.doc;
  return {
    search(q) {
      return groupTop(ms.search(q), top, docOf);
    },
    dispose() { ms = null; },
  };
}

async function buildFlexSearch(docs, opts, { tolerant }) {
  const { Document, Encoder } = await import('flexsearch');
  const encoder = new Encoder({
    normalize: fold,    // same folding as MiniSearch
    split: SPLIT,       // same term definition as MiniSearch
    numeric: false,     // do not split numbers into 3-digit chunks
    dedupe: false,      // do not collapse repeated letters ("ll" -> "l")
    cache: false,       // no encoder memo: repeated queries must not get cheaper
  });
  const field = [
    { field: 'title' },
    { field: 'heading' },
    { field: 'text' },
  ];
  if (tolerant) {
    // Shadow fields indexed with the typo-tolerant tokenizer (swapped or missing
    // letter). Listed after the prefix fields, so they rank below them.
    for (const f of FIELDS) field.push({ field: `${f}~typo`, custom: (d) => d[f], tokenize: 'tolerant' });
  }
  let index = new Document({
    tokenize: 'forward',
    encoder,
    document: { id: 'id', index: field, store: ['doc'] },
  });
  for (let i = 0; i < docs.length; i++) index.add(i, docs[i]);
  const top = opts.top;
  const searchOpts = { limit: opts.flexLimit, suggest: true, enrich: true, merge: true };
  const docOf = (r) => r.doc.doc;
  return {
    search(q) {
      return groupTop(index.search(q, searchOpts), top, docOf);
    },
    dispose() { index = null; },
  };
}

const ENGINES = {
  minisearch: { pkg: 'minisearch', build: buildMiniSearch },
  flexsearch: { pkg: 'flexsearch', build: (d, o) => buildFlexSearch(d, o, { tolerant: false }) },
  'flexsearch-tolerant': { pkg: 'flexsearch', build: (d, o) => buildFlexSearch(d, o, { tolerant: true }) },
};

// ---------------------------------------------------------------------------
// Measurement
// ---------------------------------------------------------------------------

function getGc() {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc');
    if (typeof gc === 'function') return gc;
  } catch { /* fall through */ }
  return null;
}

const r3 = (x) => Math.round(x * 1000) / 1000;
const mb = (bytes) => Math.round((bytes / (1 << 20)) * 10) / 10;

function stats(samples) {
  if (!samples.length) return { p50Ms: null, p99Ms: null, meanMs: null };
  const s = Float64Array.from(samples).sort();
  const pct = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  let sum = 0;
  for (const x of s) sum += x;
  return { p50Ms: r3(pct(50)), p99Ms: r3(pct(99)), meanMs: r3(sum / s.length) };
}

async function runEngine(name, docs, queries, opts, gc, resultsOut) {
  const spec = ENGINES[name];
  const version = pkgVersion(spec.pkg);
  const out = { version };
  gc?.(); gc?.();
  const heapBefore = process.memoryUsage().heapUsed;

  log(`${name} ${version}: building over ${docs.length} docs...`);
  let engine;
  const t0 = performance.now();
  try {
    engine = await spec.build(docs, opts);
  } catch (e) {
    log(`${name}: build failed: ${e.stack || e}`);
    return { version, error: `build failed: ${e.message || e}` };
  }
  out.buildMs = r3(performance.now() - t0);
  gc?.(); gc?.();
  const mem = process.memoryUsage();
  const heapAfter = mem.heapUsed;
  out.heapMb = mb(heapAfter);
  out.indexHeapMb = mb(heapAfter - heapBefore);
  out.rssMb = mb(mem.rss);
  log(`${name}: built in ${(out.buildMs / 1000).toFixed(1)} s, heap ${out.heapMb} MB (index ~${out.indexHeapMb} MB)`);

  const n = queries.length;
  let errors = 0;
  let firstError = null;
  let sink = 0;
  const call = (q) => {
    try {
      return engine.search(q);
    } catch (e) {
      errors++;
      if (!firstError) firstError = String(e && e.message || e);
      return [];
    }
  };

  for (let w = 0; w < opts.warmup; w++) {
    for (let i = 0; i < n; i++) sink += call(queries[i].q).length;
  }
  if (opts.warmup) log(`${name}: warmup done (${opts.warmup} x ${n} queries)`);
  errors = 0; // warmup errors are repeated in the timed runs; count those only

  // Timed runs: round-robin over the query list `repeat` times, so consecutive
  // samples are different queries (no same-query cache warmth between them).
  const samples = new Float64Array(n * opts.repeat);
  const firstResult = new Array(n);
  for (let r = 0; r < opts.repeat; r++) {
    for (let i = 0; i < n; i++) {
      const q = queries[i].q;
      const t = performance.now();
      const res = call(q);
      samples[r * n + i] = performance.now() - t;
      sink += res.length;
      if (r === 0) firstResult[i] = res;
    }
    log(`${name}: timed pass ${r + 1}/${opts.repeat} done`);
  }

  Object.assign(out, stats(samples));
  const byKind = {};
  const kindIdx = new Map();
  queries.forEach((q, i) => {
    if (!kindIdx.has(q.kind)) kindIdx.set(q.kind, []);
    kindIdx.get(q.kind).push(i);
  });
  let zero = 0;
  for (let i = 0; i < n; i++) if (!firstResult[i].length) zero++;
  for (const [kind, idx] of kindIdx) {
    const ks = [];
    for (let r = 0; r < opts.repeat; r++) for (const i of idx) ks.push(samples[r * n + i]);
    const st = stats(ks);
    byKind[kind] = {
      queries: idx.length,
      p50Ms: st.p50Ms, p99Ms: st.p99Ms, meanMs: st.meanMs,
      zeroResults: idx.filter((i) => !firstResult[i].length).length,
    };
  }
  out.byKind = byKind;
  out.zeroResults = zero;
  out.samples = samples.length;
  if (errors) { out.errors = errors; out.firstError = firstError; }

  if (resultsOut) {
    for (let i = 0; i < n; i++) {
      resultsOut.write(JSON.stringify({ engine: name, q: queries[i].q, kind: queries[i].kind, docs: firstResult[i] }) + '\n');
    }
  }
  log(`${name}: p50 ${out.p50Ms} ms, p99 ${out.p99Ms} ms, mean ${out.meanMs} ms, zero-result queries ${zero}/${n} (sink ${sink})`);
  // Drop the index explicitly: a pending JIT job for search() can keep the
  // closure (and so the whole index) reachable even after engine = null.
  engine.dispose();
  engine = null;
  return out;
}

// ---------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const gc = getGc();
  if (!gc) log('warning: gc() not available; heap numbers include garbage (run node --expose-gc)');

  const tLoad = performance.now();
  const { docs, skipped: skippedDocs } = await loadDocs(opts.docs);
  const { queries, skipped: skippedQueries } = await loadQueries(opts.queries);
  log(`loaded ${docs.length} docs (${skippedDocs} skipped) and ${queries.length} queries (${skippedQueries} skipped) in ${((performance.now() - tLoad) / 1000).toFixed(1)} s`);
  if (!docs.length) log('warning: no documents loaded; every query will have zero results');
  if (!queries.length) log('warning: no queries loaded; latency figures will be null');

  gc?.(); gc?.();
  const result = {
    docs: docs.length,
    queries: queries.length,
    skippedDocs,
    skippedQueries,
    warmup: opts.warmup,
    repeat: opts.repeat,
    top: opts.top,
    node: process.version,
    gcExposed: !!gc,
    corpusHeapMb: mb(process.memoryUsage().heapUsed),
    engines: {},
  };

  const resultsOut = opts.results ? fs.createWriteStream(opts.results) : null;
  for (const name of opts.engines) {
    // Each engine's index lives only inside runEngine; once it returns the
    // index is unreachable and the gc() at the start of the next run frees it.
    result.engines[name] = await runEngine(name, docs, queries, opts, gc, resultsOut);
  }
  if (resultsOut) await new Promise((res, rej) => resultsOut.end((e) => (e ? rej(e) : res())));

  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  process.stderr.write(`bench: fatal: ${e && e.stack || e}\n`);
  process.exit(1);
});
