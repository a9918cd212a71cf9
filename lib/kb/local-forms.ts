/**
 * The prefecture-less (or city-less) second mention news writes for a body named after
 * its local government: 滋賀県病院事業庁 is 県病院事業庁, 神奈川県警 is 県警, 浦安市教育委員会 is
 * 市教育委員会, once the article has said which prefecture or city it is about. Generated
 * from the aliases, as derived forms: such a form stands for its body only where the
 * document names the body otherwise or contains its local government's name (the anchor);
 * of several bodies at one form (every prefecture's 県警), the one the document points to
 * (lib/match/matcher.ts resolveDerived).
 */
import { isKanji } from '../text/kanji';
import type { CompiledAlias } from './types';

/** What the generated form keeps of the local government's name: its kind (県, 市 …). */
const KIND = /[都道府県市区町村]$/;
/** Shortest rest worth a form: two characters (県教委, 市役所); of one, only the police's 警 (県警, 府警) names a body (県立 names none). */
const MIN_REST = 2;
const ONE_CHARACTER_RESTS = ['警'];
/**
 * How the rest of a local government's own bodies begins: its police, board of education,
 * offices, assembly, public hospitals and schools (県警, 県教委, 市役所, 県立〇〇病院). A company
 * or a paper named after a place is not written so (北海道銀行 is never 道銀行).
 */
const BODY_HEADS = ['警', '教育', '教委', '立', '営', '役所', '役場', '庁', '議会', '病院', '選挙管理', '選管', '公安委員会', '水道', '交通局', '消防'];
/**
 * Bodies whose name is a word of its own, which news also writes after の: 市の選挙管理委員会,
 * 県の教育委員会 (a development article, dev7-sakai). Not 県の警察 or 市の病院, which are
 * descriptions, not names.
 */
const OF_HEADS = ['教育委員会', '選挙管理委員会', '公安委員会'];

/**
 * The local forms of every entry's aliases. `localNames`: the names of local governments
 * (aliases ruled by the local-government sense); `taken`: keys that are some alias already.
 */
export function localForms(aliases: readonly CompiledAlias[], localNames: readonly string[], taken: ReadonlySet<string>): CompiledAlias[] {
  // longest first: 京都府 before 京都 (a city-less 京都市… would be wrong under 京都府)
  const names = [...new Set(localNames.filter((n) => KIND.test(n)))].sort((a, b) => b.length - a.length);
  const out: CompiledAlias[] = [];
  const seen = new Set<string>();
  for (const a of aliases) {
    if (a.derived || a.short || a.context) continue;
    const anchor = names.find((n) => {
      const rest = a.text.slice(n.length);
      return a.text.startsWith(n) && (rest.length >= MIN_REST || ONE_CHARACTER_RESTS.includes(rest)) && BODY_HEADS.some((h) => rest.startsWith(h));
    });
    if (!anchor || !a.key.startsWith(anchor)) continue;
    const kind = anchor.slice(-1);
    const rest = a.text.slice(anchor.length);
    const keyRest = a.key.slice(anchor.length);
    const key = kind + keyRest;
    if (taken.has(key) || seen.has(`${a.entity}\u0000${key}`)) continue;
    seen.add(`${a.entity}\u0000${key}`);
    out.push({ key, entity: a.entity, text: kind + rest, derived: true, anchor });
    const ofKey = `${kind}の${keyRest}`;
    if (OF_HEADS.some((h) => rest.startsWith(h)) && !taken.has(ofKey))
      out.push({ key: ofKey, entity: a.entity, text: `${kind}の${rest}`, derived: true, anchor });
  }
  return out;
}

/** Whether the document names the anchor as a place of its own, not inside a longer kanji word (東京都府中市 holds no 京都府). */
export function namesAnchor(text: string, anchor: string): boolean {
  for (let i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) if (!isKanji(text[i - 1])) return true;
  return false;
}
