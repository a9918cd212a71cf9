/**
 * nfkcLayer (lib/text/normalize.ts) stands in for a second normalisation of a block's NFKC
 * form: it must equal it exactly, layer by layer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../lib/annotate';
import { nfkcLayer, normalizeText, type NormText } from '../../lib/text/normalize';

const plain = (n: NormText) => ({
  ...n,
  nfkcStart: [...n.nfkcStart],
  nfkcEnd: [...n.nfkcEnd],
  keyStart: [...n.keyStart],
  keyEnd: [...n.keyEnd],
  keyNfkc: [...n.keyNfkc],
});
const agrees = (text: string) => {
  const norm = normalizeText(text);
  expect(plain(nfkcLayer(norm))).toEqual(plain(normalizeText(norm.nfkc)));
};

describe('nfkcLayer', () => {
  it('equals normalising the NFKC form again, on odd text', () => {
    for (const t of [
      'ＬＩＮＥ\u3000Ｐａｙ（ラインペイ）は１２５万件',
      'ﾗｲﾝﾍﾟｲとｶﾞｰﾄﾞ',
      '㈱ヤフーと㍻の件',
      '出澤(いでざわ)剛社長と慎(シン)ジュンホ氏',
      'e\u0301te\u0301 「引用」『二重』',
      '𠮷野家と😀の件',
      '',
    ])
      agrees(t);
  });

  it('equals normalising the NFKC form again, on every corpus block', () => {
    const dir = join(import.meta.dirname, '..', 'corpus', 'articles');
    let changed = 0;
    for (const f of readdirSync(dir))
      for (const b of splitBlocks(readFileSync(join(dir, f), 'utf8'))) {
        if (normalizeText(b.text).nfkc !== b.text) changed++;
        agrees(b.text);
      }
    // the case it is for: Japanese articles' full-width brackets and digits
    expect(changed).toBeGreaterThan(100);
  });
});
