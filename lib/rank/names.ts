/**
 * Which entries a fact's text names. A surface inside a longer surface of another entry
 * does not name its own entry: 「LINEヤフー」 names the company, not the LINE app, and
 * 「NAVERクラウド」 names the cloud subsidiary, not NAVER (longest match, as the annotator).
 */
import type { RankKb } from './kb';

/** True when the text holds one of the entry's surfaces outside any longer surface of another entry. */
export function textNames(kb: RankKb, text: string, id: string): boolean {
  return kb.surfaces(id).some((s) => {
    const longer = kb.longer(s);
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
      const covered = longer.some((l) => {
        // every place the longer surface could start and still cover this occurrence
        for (let from = Math.max(0, at - l.length + s.length); from <= at; from++)
          if (text.startsWith(l, from) && from + l.length >= at + s.length) return true;
        return false;
      });
      if (!covered) return true;
    }
    return false;
  });
}
