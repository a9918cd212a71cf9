/**
 * kuromoji sometimes glues a particle to a name that starts or ends in hiragana: には
 * りそな銀行 reads に|はり|そ|な|銀行 and ぐるなびの reads ぐる|な|びの, so the name's edge
 * is not a token boundary and the matcher, which wants one, finds nothing. At such an
 * edge a particle on the other side stands in for the boundary.
 */
const HIRAGANA = /^[ぁ-ゖ]$/;
/** Case particles and the like: what stands right before or after a name in a sentence. */
const PARTICLE = /^[はがをにでともへやの]$/;

/**
 * Shortest alias (UTF-16 units) whose edge may fall inside a token this way: a two-kana
 * name inside a longer word (な|びの in はなびの) is too likely to be part of that word.
 */
export const MIN_KANA_EDGE_ALIAS = 3;

/** A name starting at `at` in hiragana, right after a particle. */
export function kanaEdgeBefore(text: string, at: number): boolean {
  return HIRAGANA.test(text[at] ?? '') && PARTICLE.test(text[at - 1] ?? '');
}

/** A name ending at `end` in hiragana, right before a particle. */
export function kanaEdgeAfter(text: string, end: number): boolean {
  return HIRAGANA.test(text[end - 1] ?? '') && PARTICLE.test(text[end] ?? '');
}
