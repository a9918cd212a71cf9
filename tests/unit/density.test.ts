// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/dom/extract';
import { sectionStarts } from '../../lib/dom/sections';
import { firstPerSection } from '../../lib/match/density';
import { rng } from '../../tools/random';

describe('mark density', () => {
  it('keeps the first mention of each entity per section, in text order whatever the input order', () => {
    const m = [
      { start: 50, entity: 'a' },
      { start: 10, entity: 'a' },
      { start: 20, entity: 'b' },
      { start: 120, entity: 'a' },
      { start: 130, entity: 'a' },
    ];
    expect(firstPerSection(m, [100])).toEqual([false, true, true, true, false]);
    // without headings the article is one section
    expect(firstPerSection(m, [])).toEqual([false, true, true, false, false]);
    expect(firstPerSection([], [5])).toEqual([]);
  });

  it('agrees with the rule written plainly on generated answers, in text order or not', () => {
    const r = rng(1130);
    const plain = (ms: { start: number; entity: string }[], starts: number[]) => {
      const sectionOf = (p: number) => starts.filter((s) => s <= p).length;
      return ms.map((m) => !ms.some((o) => o.entity === m.entity && sectionOf(o.start) === sectionOf(m.start) && o.start < m.start));
    };
    for (let n = 0; n < 100; n++) {
      const starts = Array.from({ length: Math.floor(r() * 4) }, () => Math.floor(r() * 500));
      const ms = Array.from({ length: Math.floor(r() * 30) }, (_, i) => ({ start: i * 17 + Math.floor(r() * 10), entity: 'abcd'[Math.floor(r() * 4)]! }));
      expect(firstPerSection(ms, starts)).toEqual(plain(ms, starts));
      const shuffled = [...ms].sort(() => r() - 0.5);
      expect(firstPerSection(shuffled, starts)).toEqual(plain(shuffled, starts));
    }
  });

  it('finds sections at headings in a page (a heading in several text nodes starts one section)', () => {
    const el = (tag: string, ...kids: (string | Node)[]) => {
      const e = document.createElement(tag);
      e.append(...kids);
      return e;
    };
    document.body.replaceChildren(el('article', el('h1', '見出し'), el('p', '総務省は…総務省'), el('h2', '第', el('b', '二'), '節'), el('p', '総務省')));
    const ex = extractText(document.body);
    const starts = sectionStarts(ex.segments);
    expect(starts.map((s) => ex.text.slice(s, s + 2))).toEqual(['見出', '第二']);
    const at = (i: number) => ex.text.indexOf('総務省', i);
    const mentions = [at(0), at(at(0) + 1), at(ex.text.indexOf('節'))].map((start) => ({ start, entity: 'gov-mic' }));
    expect(firstPerSection(mentions, starts)).toEqual([true, false, true]);
  });
});
