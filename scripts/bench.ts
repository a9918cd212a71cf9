/**
 * npm run bench — engine speed, as ratios against a baseline measured in the same run
 * so machine noise cancels. Text: the two seed articles repeated to 100 000 characters.
 * BENCH_NODE_ONLY=1 stops after the engine's figures (no extension build, no browser).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotate, splitBlocks } from '../lib/annotate';
import { prepareDoc } from '../lib/text/doc';
import { compileKb } from '../lib/kb/compile';
import { KbIndex } from '../lib/kb/index';
import { loadKbFromDir } from '../tools/kb/load-node';
import type { EntitySource } from '../lib/kb/schema';
import { findMentions } from '../lib/match/matcher';
import { loadKuromoji } from '../lib/tokenize/kuromoji';
import { tightFsReader } from '../lib/tokenize/node-dict';
import { normalizeKey, normalizeText } from '../lib/text/normalize';
import { rng } from '../tools/random';
import { median } from './median';

/** Characters of text the figures are measured on (the size). */
const TEXT_CHARS = 100_000;
/** Timed repetitions per figure; the median is reported, so one GC pause does not skew it. */
const ROUNDS = 7;
const ALIAS_COUNTS = [100, 1_000, 10_000, 100_000];

function corpusText(): string {
  const shared = resolve(process.env.CHUSHAKU_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
  let seed: string;
  try {
    seed = ['seed-000.txt', 'seed-001.txt'].map((f) => readFileSync(join(shared, 'corpus', f), 'utf8')).join('\n');
  } catch {
    seed = readFileSync(join(import.meta.dirname, '..', 'tests', 'fixtures', 'pages', 'article.html'), 'utf8');
  }
  let text = '';
  while (text.length < TEXT_CHARS) text += `${seed}\n`;
  return text.slice(0, TEXT_CHARS);
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * N aliases: the same 100 words of the text at every size (so every KB finds the same
 * mentions, and the figure isolates the cost of the alias count), plus N-100
 * distractors that never occur in the text but are drawn from its own characters and
 * start with its own prefixes: the worst case for a trie, since walks go deep.
 */
function syntheticKb(text: string, n: number): KbIndex {
  const rand = rng(42);
  const words = [...new Set(text.match(/[\p{Script=Han}\p{Script=Katakana}ー]{2,6}/gu) ?? [])].slice(0, 100);
  const aliases = new Set<string>(words);
  const key = normalizeText(text).key;
  while (aliases.size < n) {
    const len = 3 + Math.floor(rand() * 6);
    let alias = '';
    // characters drawn by their frequency in the text: names made of common characters
    while (alias.length < len) alias += text[Math.floor(rand() * text.length)];
    if (!/\s/.test(alias) && !key.includes(normalizeKey(alias))) aliases.add(alias);
  }
  const entities: EntitySource[] = [...aliases].map((alias, i) => ({
    id: `syn-${i}`,
    category: 'organization',
    names: { ja: alias },
    aliases: [alias],
    summary: { ja: alias },
    related: [],
    facts: [{ date: '2021', text: { ja: 'x' }, sources: [{ publisher: 'bench' }], status: 'verified' }],
  }));
  return new KbIndex(compileKb(entities, [], '2026-01-01'));
}

const text = corpusText();
const t0 = performance.now();
const tokenizer = await loadKuromoji(tightFsReader());
const loadMs = performance.now() - t0;
const { kb } = loadKbFromDir();

// Baseline: kuromoji alone on exactly what annotate tokenises (the same blocks, NFKC).
// Warm up (JIT), then interleave the two so drift hits both alike.
const blocks = splitBlocks(text).map((b) => b.text.normalize('NFKC'));
const tokenizeAll = () => {
  for (const b of blocks) tokenizer.tokenize(b);
};
tokenizeAll();
annotate(text, kb, tokenizer);
const tok: number[] = [];
const ann: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  tok.push(time(tokenizeAll));
  ann.push(time(() => annotate(text, kb, tokenizer)));
}
const tokMs = median(tok);
const annMs = median(ann);
const cps = (ms: number) => Math.round(text.length / (ms / 1000));

console.log(
  `text: ${text.length} chars (seed articles repeated); dataset: ${kb.kb.entities.length} entities, ${kb.kb.aliases.length} aliases, ${kb.kb.claims.length} claims`,
);
console.log(`dictionary load: ${loadMs.toFixed(0)} ms`);
console.log(`tokenise (kuromoji alone): ${cps(tokMs)} chars/s (${tokMs.toFixed(1)} ms)`);
console.log(`annotate (normalise + tokenise + match + claims): ${cps(annMs)} chars/s (${annMs.toFixed(1)} ms)`);
console.log(`annotate / tokenise cost ratio: ${(annMs / tokMs).toFixed(2)}x (target <= 1.3x)`);
// each round's own ratio (its two halves ran back to back): how much the machine moved while
// the figure above was taken (one of three runs read 1.64 where the others read 1.15–1.20, 2026-12-01)
const roundRatios = tok.map((t, r) => +(ann[r]! / t).toFixed(3));
console.log(`  each round's ratio: ${roundRatios.join(', ')}; tokenise ${tok.map((t) => t.toFixed(0)).join(', ')} ms`);

const doc = prepareDoc(text, tokenizer);
const kbs = ALIAS_COUNTS.map((n) => ({ n, kb: syntheticKb(text, n) }));
const times = new Map<number, number[]>(ALIAS_COUNTS.map((n) => [n, []]));
for (const { kb: k } of kbs) findMentions(doc, k);
for (let r = 0; r < ROUNDS * 2; r++) {
  for (const { n, kb: k } of kbs) times.get(n)!.push(time(() => findMentions(doc, k)));
}
const base = median(times.get(ALIAS_COUNTS[0]!)!);
for (const { n, kb: k } of kbs) {
  const ms = median(times.get(n)!);
  const found = findMentions(doc, k).length;
  console.log(
    `matcher, ${String(n).padStart(6)} aliases: ${((ms * 1e6) / text.length).toFixed(1)} ns/char, ${found} mentions, ${(ms / base).toFixed(2)}x the ${ALIAS_COUNTS[0]}-alias time`,
  );
}
const ratio = median(times.get(ALIAS_COUNTS.at(-1)!)!) / base;
console.log(`matcher ${ALIAS_COUNTS.at(-1)} / ${ALIAS_COUNTS[0]} aliases: ${ratio.toFixed(2)}x (target <= 1.5x)`);

/** `--json FILE`: every figure under a stable key, for the tables and for comparison across runs. */
const jsonAt = process.argv.indexOf('--json');
const jsonFile = jsonAt > 0 ? process.argv[jsonAt + 1] : undefined;
/**
 * BENCH_NODE_ONLY=1: the engine's figures alone, without building the extension (wxt zip) or
 * driving the browser (./bench-browser.ts), for iterating on lib/ in seconds instead of minutes.
 */
const nodeOnly = process.env.BENCH_NODE_ONLY === '1';
const nodeFigures = {
  dictionaryLoadMs: Math.round(loadMs),
  tokenizeCharsPerSec: cps(tokMs),
  annotateCharsPerSec: cps(annMs),
  annotateOverTokenize: +(annMs / tokMs).toFixed(3),
  annotateOverTokenizeRounds: roundRatios,
  matcher100kOver100: +ratio.toFixed(3),
};
const writeFigures = (figures: object) => {
  if (!jsonFile) return;
  writeFileSync(jsonFile, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`figures written to ${jsonFile}`);
};
if (nodeOnly) {
  writeFigures(nodeFigures);
  process.exit(0);
}

// what the reader downloads: the dictionary as shipped, and the Chrome package (wxt zip also builds)
const root = join(import.meta.dirname, '..');
execFileSync('npx', ['--no-install', 'wxt', 'zip'], { cwd: root, stdio: 'ignore' });
const dictDir = join(root, '.output', 'chrome-mv3', 'dict');
const dictionaryBytes = readdirSync(dictDir).reduce((n, f) => n + statSync(join(dictDir, f)).size, 0);
const dictionaryGzipBytes = readdirSync(join(root, 'dict'))
  .filter((f) => f.endsWith('.gz'))
  .reduce((n, f) => n + statSync(join(root, 'dict', f)).size, 0);
const zip = readdirSync(join(root, '.output')).find((f) => f.endsWith('-chrome.zip'));
const zipBytes = zip ? statSync(join(root, '.output', zip)).size : 0;
console.log(
  `dictionary in the extension: ${dictionaryBytes} bytes (${dictionaryGzipBytes} gzipped, as checked in); Chrome zip: ${zipBytes} bytes (target <= 10 MB)`,
);

const { benchBrowser } = await import('./bench-browser');
const browserFigures = await benchBrowser();
writeFigures({ ...nodeFigures, ...browserFigures, dictionaryBytes, dictionaryGzipBytes, zipBytes });
