/** A kanji (CJK ideograph, compatibility ideograph, or the marks 々 and 〆). */
const KANJI = /[\u3400-\u9fff\uf900-\ufaff々〆]/;

/** Whether the character is a kanji; false for undefined (before a text's start or after its end). */
export function isKanji(ch: string | undefined): boolean {
  return ch !== undefined && KANJI.test(ch);
}
