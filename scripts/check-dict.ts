/**
 * npm run dict:check — proves the shipped tight dictionary (dict/) gives the engine the
 * same tokens as kuromoji's stock dictionary on every corpus text and on 1 MB of
 * generated text (scripts/dict-proof.ts). Exits 1 on any difference (the first one in each
 * text is printed).
 *
 * The work is CPU-bound (98 s in one process on a 2-core machine), so it is shared
 * between one process per core (at most MAX_PARTS), each loading both dictionaries and
 * comparing every n-th line of every text; this process adds up their counts.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { loadKuromoji } from '../lib/tokenize/kuromoji';
import { fsDictReader, kuromojiDictDir, tightFsReader } from '../lib/tokenize/node-dict';
import { compare, corpus, generated } from './dict-proof';

/** Both dictionaries take ~0.5 GB per process; more parts than this gains little on any machine. */
const MAX_PARTS = 4;

interface PartResult {
  texts: number;
  chars: number;
  tokens: number;
  generatedChars: number;
  generatedTokens: number;
  diffs: string[];
}

/** Compares the lines whose index in their text is `part` modulo `parts`. */
async function runPart(part: number, parts: number): Promise<PartResult> {
  const [stock, tight] = await Promise.all([loadKuromoji(fsDictReader(kuromojiDictDir())), loadKuromoji(tightFsReader())]);
  const take = (line: number) => line % parts === part;
  const texts = corpus();
  const out: PartResult = { texts: texts.length, chars: 0, tokens: 0, generatedChars: 0, generatedTokens: 0, diffs: [] };
  for (const { name, text } of texts) {
    const r = compare(stock, tight, text, take);
    if (r.diff) out.diffs.push(`${name}: ${r.diff}`);
    out.chars += r.chars;
    out.tokens += r.tokens;
  }
  const g = compare(stock, tight, generated(texts.map((t) => t.text).join('')), take);
  if (g.diff) out.diffs.push(`generated text: ${g.diff}`);
  out.generatedChars = g.chars;
  out.generatedTokens = g.tokens;
  return out;
}

/** One part in its own process; its result is the last line it prints. */
function spawnPart(part: number, parts: number): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--part', `${part}/${parts}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1);
      if (code !== 0 || !last) reject(new Error(`dict:check part ${part}/${parts} exited with ${code}`));
      else resolve(JSON.parse(last) as PartResult);
    });
  });
}

const partArg = process.argv.indexOf('--part');
if (partArg >= 0) {
  const [part, parts] = (process.argv[partArg + 1] ?? '').split('/').map(Number);
  console.log(JSON.stringify(await runPart(part!, parts!)));
} else {
  const t0 = performance.now();
  const parts = Math.max(1, Math.min(MAX_PARTS, availableParallelism()));
  const results = await Promise.all(Array.from({ length: parts }, (_, i) => spawnPart(i, parts)));
  const sum = (f: (r: PartResult) => number) => results.reduce((a, r) => a + f(r), 0);
  const diffs = results.flatMap((r) => r.diffs);
  for (const d of diffs) console.error(d);
  const corpusDiffs = diffs.filter((d) => !d.startsWith('generated text:')).length;
  // every part reads the whole corpus and counts its texts and their length: the first part's counts are the totals
  console.log(`corpus: ${results[0]!.texts} texts, ${results[0]!.chars} chars, ${sum((r) => r.tokens)} tokens, ${corpusDiffs ? 'DIFFERENT' : 'identical'}`);
  console.log(
    `generated: ${results[0]!.generatedChars} chars, ${sum((r) => r.generatedTokens)} tokens, ${diffs.length > corpusDiffs ? 'DIFFERENT' : 'identical'} (${parts} processes, ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  process.exit(diffs.length ? 1 : 0);
}
