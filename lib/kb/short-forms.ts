/**
 * The short forms news writes for an institution's name, generated from its aliases so
 * no entry has to list them: 〇〇大学 is 〇〇大 (沖縄県立看護大学 → 沖縄県立看護大), 〇〇高等学校
 * is 〇〇高校. A short form keeps its alias's context rule. One that is also another
 * entry's alias, or the short form of two entries, names nobody and is dropped
 * (compile.ts). Irregular short forms (東大, 京大, 電通大) stay the dataset's to list.
 */
import { isKanji } from '../text/kanji';
import type { CompiledAlias } from './types';

/** A full name's ending and what news writes instead, with the shortest stem worth shortening. */
const ENDINGS: readonly { full: string; short: string; minStem: number }[] = [
  // two characters of name at least: 〇〇大学 → 〇〇大 (a one-character stem, 東大, is irregular)
  { full: '大学', short: '大', minStem: 2 },
  { full: '高等学校', short: '高校', minStem: 2 },
];

/**
 * Tags an entry's own listed short forms (神戸大 beside 神戸大学) like the generated ones, so
 * the same word-end test applies to them (神戸大橋 is a bridge). In place; returns the list.
 */
export function tagShortForms(aliases: CompiledAlias[]): CompiledAlias[] {
  const texts = new Set(aliases.map((a) => a.text));
  for (const a of aliases)
    for (const { full, short } of ENDINGS) if (!a.derived && a.text.endsWith(short) && texts.has(a.text.slice(0, -short.length) + full)) a.short = true;
  return aliases;
}

/** The generated short forms of one entry's compiled aliases (not its family name + title forms). */
export function shortForms(aliases: readonly CompiledAlias[]): CompiledAlias[] {
  const out: CompiledAlias[] = [];
  for (const a of aliases) {
    if (a.derived) continue;
    for (const { full, short, minStem } of ENDINGS) {
      if (!a.text.endsWith(full) || a.text.length - full.length < minStem) continue;
      const text = a.text.slice(0, -full.length) + short;
      const key = a.key.endsWith(full) ? a.key.slice(0, -full.length) + short : undefined;
      if (key) out.push({ ...a, key, text, short: true });
    }
  }
  return out;
}

/**
 * Kanji that may follow a short form without making it the head of a longer word: its
 * people, parts and offshoots (九州大教授, 神戸大病院, 東京大生, 京都大発のベンチャー). Any other
 * kanji makes it part of another word: 東京大地震, 神戸大橋, 近畿大会, 日本大使館.
 */
const SHORT_FORM_NEXT: readonly string[] = [
  ...['教授', '准教授', '講師', '助教', '学長', '副学長', '総長', '理事長', '名誉', '特任', '客員', '教員', '職員'],
  ...['学生', '院生', '生', '卒', '出身', '側', '発', '系'],
  ...['病院', '医学部', '附属', '付属', '大学院', '法科大学院', '学部', '研究'],
  ...['法学部', '経済学部', '商学部', '文学部', '理学部', '工学部', '農学部', '薬学部', '教育学部', '看護学部', '情報学部'],
];

/** Whether a short form ending at `at` in `text` ends there as a word (see SHORT_FORM_NEXT). */
export function shortFormEnds(text: string, at: number): boolean {
  if (!isKanji(text[at])) return true;
  return SHORT_FORM_NEXT.some((w) => text.startsWith(w, at));
}

/**
 * Every entry's short forms that name exactly one entry and are nobody's alias already.
 * `explicit`: all compiled aliases (their keys win over any short form).
 */
export function uniqueShortForms(explicit: readonly CompiledAlias[], perEntry: readonly CompiledAlias[][]): CompiledAlias[] {
  const taken = new Set(explicit.map((a) => a.key));
  const owners = new Map<string, Set<string>>();
  for (const list of perEntry) for (const a of list) owners.set(a.key, (owners.get(a.key) ?? new Set()).add(a.entity));
  const seen = new Set<string>();
  const out: CompiledAlias[] = [];
  for (const list of perEntry)
    for (const a of list) {
      if (taken.has(a.key) || owners.get(a.key)!.size > 1 || seen.has(`${a.entity}\u0000${a.key}`)) continue;
      seen.add(`${a.entity}\u0000${a.key}`);
      out.push(a);
    }
  return out;
}
