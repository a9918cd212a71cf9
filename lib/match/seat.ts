/**
 * A place in brackets right after another name is where that thing sits: its head office,
 * its seat (百十四銀行（高松市）, 〇〇病院（香川県丸亀市）). Such a place is never its government
 * acting, whatever the sentence says of the thing before it.
 */

/** Longest bracketed address read as a seat: a prefecture, a city and a ward fit in it. */
const MAX_SEAT_CHARS = 16;
const OPEN = /[(（]/;
const CLOSE = /[)）]/;
/** what may not come between the brackets of an address: a sentence's or a list's punctuation */
const NOT_IN_ADDRESS = /[、。，．,!?！？「」『』]/;
/** what before the opening bracket means no name precedes it (a line, a sentence, a list) */
const NO_NAME_BEFORE = /[\s、。，．,「」『』（）()]/;

/** Whether text[start, end) lies inside brackets that follow a name directly. */
export function inSeatBrackets(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - MAX_SEAT_CHARS); i--) {
    const c = text[i]!;
    if (OPEN.test(c)) {
      open = i;
      break;
    }
    if (CLOSE.test(c) || NOT_IN_ADDRESS.test(c)) return false;
  }
  if (open <= 0 || NO_NAME_BEFORE.test(text[open - 1]!)) return false;
  for (let i = end; i < Math.min(text.length, open + 1 + MAX_SEAT_CHARS); i++) {
    const c = text[i]!;
    if (CLOSE.test(c)) return true;
    if (OPEN.test(c) || NOT_IN_ADDRESS.test(c)) return false;
  }
  return false;
}
