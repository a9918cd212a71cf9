import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeSet, scoreArticle } from '../../tools/corpus/score';
import { runCorpus, type Annotator } from '../../tools/corpus/run';

const text = 'LINEヤフーの出澤剛社長は、ソフトバンクホークスの試合を見た。';
const gold = {
  text: 'x.txt',
  mentions: [
    { surface: 'LINEヤフー', entity: 'org-ly' },
    { surface: '出澤剛', entity: 'per-idezawa' },
  ],
  forbidden: [{ surface: 'ソフトバンクホークス', why: 'a team' }],
  claims: [{ quote: '試合を見た', kind: 'claim' as const }],
};
const at = (s: string, entity: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, entity });

describe('corpus scorer', () => {
  it('counts a mention found only when the same entity overlaps its surface', () => {
    const r = scoreArticle(gold, text, [at('LINEヤフー', 'org-ly'), at('出澤', 'org-ly')], []);
    expect(r.found).toBe(1);
    expect(r.missed).toEqual(['出澤剛 -> per-idezawa']);
  });
  it('reports a mark inside a forbidden surface, and a claim not corrected', () => {
    const r = scoreArticle(gold, text, [at('ソフトバンク', 'org-sb')], []);
    expect(r.forbidden).toHaveLength(1);
    expect(r.claimsMissed).toHaveLength(1);
  });
  it('flags a gold surface that is not in the text', () => {
    const r = scoreArticle({ ...gold, mentions: [{ surface: '川邊', entity: 'per-kawabe' }] }, text, [], []);
    expect(r.absent).toEqual(['川邊']);
  });
  it('needs full recall per dev article; on the test half it reports recall and fails on a forbidden match or a gold error', () => {
    const s = (found: number, mentions: number, forbidden: string[] = [], absent: string[] = []) => ({
      mentions,
      found,
      missed: [],
      absent,
      forbidden,
      claims: 0,
      claimsFound: 0,
      claimsMissed: [],
    });
    const scores = [
      { id: 'a', score: s(9, 10) },
      { id: 'b', score: s(10, 10) },
    ];
    expect(judgeSet('dev', scores).passed).toBe(false);
    expect(judgeSet('test', scores)).toMatchObject({ passed: true, recall: 0.95 });
    expect(judgeSet('test', [{ id: 'a', score: s(2, 10) }])).toMatchObject({ passed: true, recall: 0.2 });
    expect(judgeSet('test', [{ id: 'a', score: s(10, 10, ['総務省 inside 総務省令']) }]).passed).toBe(false);
    expect(judgeSet('test', [{ id: 'a', score: s(10, 10, [], ['LINE']) }]).passed).toBe(false);
  });
  it('runs a folder: dev articles, the test half and look-alike sentences each count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    for (const d of ['articles', 'gold', 'lookalikes']) mkdirSync(join(dir, d));
    writeFileSync(join(dir, 'articles', 'a.txt'), text);
    writeFileSync(join(dir, 'gold', 'a.json'), JSON.stringify({ ...gold, text: 'articles/a.txt', split: 'test' }));
    writeFileSync(join(dir, 'gold', 'broken.json'), '{"text": 1}');
    writeFileSync(join(dir, 'lookalikes', 'x.txt'), '# comment\n生産ラインが止まった。\n');
    const fake: Annotator = (t) => ({
      mentions:
        t.includes('ライン') && !t.includes('LINE')
          ? [{ start: 2, end: 5, entity: 'org-line-app' }]
          : [at('LINEヤフー', 'org-ly'), at('出澤剛', 'per-idezawa')],
      corrections: [],
    });
    const rep = runCorpus(dir, fake);
    expect(rep.test.recall).toBe(1);
    expect(rep.errors).toHaveLength(1);
    expect(rep.lookalikes.filter((l) => l.marks.length)).toHaveLength(1);
    expect({ passed: rep.passed, failed: rep.failed }).toEqual({ passed: 1, failed: 2 });
  });
});
