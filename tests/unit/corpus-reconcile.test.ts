import { describe, expect, it } from 'vitest';
import { aliasOwners, applyRelinks, relinks } from '../../tools/corpus/reconcile';
import type { GoldFile } from '../../tools/corpus/gold';

const gold = (mentions: [string, string][]): GoldFile => ({ text: 'a.txt', mentions: mentions.map(([surface, entity]) => ({ surface, entity })) });

describe('relinking gold placeholders to entries added later', () => {
  const owners = aliasOwners([
    { id: 'org-7pay', aliases: ['セブン・ペイ', '７ｐａｙ'] },
    { id: 'org-a', aliases: ['同名'] },
    { id: 'org-b', aliases: ['同名'] },
  ]);
  const known = new Set(['org-7pay', 'org-a', 'org-b']);

  it('relinks a placeholder whose surface is, normalised, the alias of exactly one entry', () => {
    const g = gold([
      ['セブン・ペイ', 'org-seven-pay'],
      ['7PAY', 'org-seven-pay'],
    ]);
    const links = relinks('g.json', g, known, owners);
    expect(links).toEqual([{ file: 'g.json', surface: 'セブン・ペイ', from: 'org-seven-pay', to: 'org-7pay' }]);
    expect(applyRelinks(g, links).mentions.map((m) => m.entity)).toEqual(['org-7pay', 'org-7pay']);
  });

  it('leaves ids the dataset has, names two entries share, and names no entry has', () => {
    const g = gold([
      ['セブン・ペイ', 'org-a'],
      ['同名', 'org-x'],
      ['ゾフ', 'org-zoff'],
    ]);
    expect(relinks('g.json', g, known, owners)).toEqual([]);
  });
});
