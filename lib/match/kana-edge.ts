/**
 * kuromoji sometimes glues a particle to a name that starts or ends in hiragana: には
 * りそな銀行 reads に|はり|そ|な|銀行 and ぐるなびの reads ぐる|な|びの, so the name's edge
 * is not a token boundary and the matcher, which wants one, finds nothing. At such an
 * edge a particle on the other side stands in for the boundary.
 */
const isHiragana = (c: number) => c >= 0x3041 && c <= 0x3096; // ぁ-ゖ
/** Case particles and the like: what stands right before or after a name in a sentence. */
const PARTICLES = new Set([...'はがをにでともへやの'].map((c) => c.charCodeAt(0)));
/** Read by UTF-16 unit: the matcher asks at nearly every position of a block. */
const isParticle = (c: number) => PARTICLES.has(c);

/**
 * Shortest alias (UTF-16 units) whose edge may fall inside a token this way: a two-kana
 * name inside a longer word (な|びの in はなびの) is too likely to be part of that word.
 */
export const MIN_KANA_EDGE_ALIAS = 3;

/** A name starting at `at` in hiragana, right after a particle. */
export function kanaEdgeBefore(text: string, at: number): boolean {
  return isHiragana(text.charCodeAt(at)) && isParticle(text.charCodeAt(at - 1));
}

/** A name ending at `end` in hiragana, right before a particle. */
export function kanaEdgeAfter(text: string, end: number): boolean {
  return isHiragana(text.charCodeAt(end - 1)) && isParticle(text.charCodeAt(end));
}
