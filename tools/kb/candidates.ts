/**
 * npm run data:candidates -- DIR: the names articles use that the dataset lacks. Proper
 * nouns by kuromoji's IPADIC tags (名詞-固有名詞-組織 / 人名 / 地域) and runs of katakana or
 * Latin letters, minus anything the annotator already marks, ranked by how many
 * articles use them, each with one example sentence.
 */
import type { IpadicFeatures } from 'kuromoji';
import { sentences } from '../../lib/text/segment';

export type CandidateKind = 'organization' | 'person' | 'place' | 'proper' | 'katakana/latin';

/** The few tags a candidate needs from a kuromoji token. */
export type RawToken = Pick<IpadicFeatures, 'surface_form' | 'pos' | 'pos_detail_1' | 'pos_detail_2' | 'word_type'>;

export interface Candidate {
  term: string;
  kind: CandidateKind;
  articles: number;
  count: number;
  example: string;
  file: string;
}

/** Katakana runs of 3+ (with ー and ・), or Latin words that are capitalised or all caps. */
const KANA_LATIN = /[\p{Script=Katakana}ー・]{3,}|\b[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*\b|\b[A-Z][a-z]{2,}\b/gu;
/** An example is cut to this many characters either side of the term: enough to judge the sense. */
const EXAMPLE_SIDE = 40;
/**
 * Names first, then new words, places last: a place name (日本, 韓国) is rarely missing
 * from the dataset on purpose, while one unknown company is worth adding.
 */
const KIND_RANK: Record<CandidateKind, number> = { organization: 0, person: 1, proper: 2, 'katakana/latin': 3, place: 4 };

const KIND_OF: Record<string, CandidateKind> = { 組織: 'organization', 人名: 'person', 地域: 'place' };

interface Span {
  start: number;
  end: number;
  term: string;
  kind: CandidateKind;
}

/**
 * Proper-noun spans: consecutive 固有名詞 tokens joined (姓 + 名, 国 + 組織), plus
 * katakana / Latin runs. Offsets are into `text`; tokens must concatenate to it.
 */
export function properNounSpans(text: string, tokens: RawToken[]): Span[] {
  const out: Span[] = [];
  let pos = 0;
  let cur: Span | undefined;
  const unknownAt: [number, number][] = [];
  for (const t of tokens) {
    const start = pos;
    pos += t.surface_form.length;
    if (t.word_type === 'UNKNOWN') unknownAt.push([start, pos]);
    // kuromoji tags any unknown Latin word 固有名詞-組織 (jp, MENU); those go through the
    // katakana/Latin rule below, which wants capitals and skips web addresses
    const latinUnknown = t.word_type === 'UNKNOWN' && /^[A-Za-z0-9]+$/.test(t.surface_form);
    const proper = t.pos === '名詞' && t.pos_detail_1 === '固有名詞' && !latinUnknown;
    if (proper) {
      const kind = KIND_OF[t.pos_detail_2] ?? 'proper';
      if (cur && cur.end === start) {
        cur.end = pos;
        cur.term = text.slice(cur.start, pos);
        if (cur.kind === 'proper' || cur.kind === 'place') cur.kind = kind;
      } else {
        cur = { start, end: pos, term: t.surface_form, kind };
        out.push(cur);
      }
    } else cur = undefined;
  }
  for (const m of text.matchAll(KANA_LATIN)) {
    const term = m[0].replace(/^・+|・+$/g, '');
    const end = m.index + m[0].length;
    // a word the dictionary knows (データ, アプリ) is vocabulary, not a name to add
    const unknown = unknownAt.some(([s, e]) => s < end && m.index < e);
    const inAddress = /[./@:]/.test(text[m.index - 1] ?? '') || /[./@:]\w/.test(text.slice(end, end + 2));
    if (inAddress) continue;
    if (unknown && term.length >= 3 && !out.some((s) => s.start <= m.index && s.end >= end)) {
      out.push({ start: m.index, end: m.index + m[0].length, term, kind: 'katakana/latin' });
    }
  }
  return out.filter((s) => s.term.length >= 2);
}

export interface ArticleInput {
  file: string;
  text: string;
  tokens: RawToken[];
  /** spans the annotator already marks */
  marked: { start: number; end: number }[];
}

/** Candidates over a set of articles, best first; `known` holds normalised alias keys. */
export function rankCandidates(articles: ArticleInput[], known: (term: string) => boolean): Candidate[] {
  const by = new Map<string, Candidate & { seen: Set<string> }>();
  for (const a of articles) {
    const sents = sentences(a.text);
    for (const s of properNounSpans(a.text, a.tokens)) {
      if (a.marked.some((m) => m.start < s.end && s.start < m.end) || known(s.term)) continue;
      let c = by.get(s.term);
      if (!c) {
        const sent = sents.find((r) => r.start <= s.start && r.end >= s.end) ?? { start: s.start, end: s.end };
        const from = Math.max(sent.start, s.start - EXAMPLE_SIDE);
        const to = Math.min(sent.end, s.end + EXAMPLE_SIDE);
        const example = `${from > sent.start ? '…' : ''}${a.text.slice(from, to).trim()}${to < sent.end ? '…' : ''}`;
        c = { term: s.term, kind: s.kind, articles: 0, count: 0, example, file: a.file, seen: new Set() };
        by.set(s.term, c);
      }
      c.count++;
      if (!c.seen.has(a.file)) {
        c.seen.add(a.file);
        c.articles++;
      }
    }
  }
  return [...by.values()]
    .map(({ seen: _seen, ...c }) => c)
    .sort((x, y) => KIND_RANK[x.kind] - KIND_RANK[y.kind] || y.articles - x.articles || y.count - x.count || x.term.localeCompare(y.term));
}
