/**
 * npm run dict:check — proves the shipped tight dictionary (dict/) gives the engine the
 * same tokens as kuromoji's stock dictionary on every corpus text and on 1 MB of
 * generated text (scripts/dict-proof.ts). Exits 1 on the first difference.
 */
import { loadKuromoji } from '../lib/tokenize/kuromoji';
import { fsDictReader, kuromojiDictDir, tightFsReader } from '../lib/tokenize/node-dict';
import { compare, corpus, generated } from './dict-proof';

const t0 = performance.now();
const [stock, tight] = await Promise.all([loadKuromoji(fsDictReader(kuromojiDictDir())), loadKuromoji(tightFsReader())]);
const texts = corpus();
let failed = false;
let chars = 0;
let tokens = 0;
for (const { name, text } of texts) {
  const r = compare(stock, tight, text);
  if (r.diff) {
    console.error(`${name}: ${r.diff}`);
    failed = true;
  }
  chars += r.chars;
  tokens += r.tokens;
}
console.log(`corpus: ${texts.length} texts, ${chars} chars, ${tokens} tokens, ${failed ? 'DIFFERENT' : 'identical'}`);
const g = compare(stock, tight, generated(texts.map((t) => t.text).join('')));
if (g.diff) {
  console.error(`generated text: ${g.diff}`);
  failed = true;
}
console.log(`generated: ${g.chars} chars, ${g.tokens} tokens, ${g.diff ? 'DIFFERENT' : 'identical'} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
