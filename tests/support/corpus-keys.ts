/** The project's corpus articles (tests/corpus/articles), block by block, in key form (lib/text/normalize.ts): what the trie tests walk. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitBlocks } from '../../lib/annotate';
import { normalizeKey } from '../../lib/text/normalize';

const ARTICLES = join(import.meta.dirname, '..', 'corpus', 'articles');

export function corpusKeyTexts(): string[] {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => splitBlocks(readFileSync(join(ARTICLES, f), 'utf8')).map((b) => normalizeKey(b.text)));
}
