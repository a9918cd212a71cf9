/**
 * Words that make a sentence a plan or forecast, or a hedged (provisional) statement.
 * Matched on NFKC text. Written from the dev half of tests/corpus (upd-*).
 */

/** Plan / forecast / intention: 予定, 方針, 見通し, 検討, 目指す, a verb's plain form before と/。 */
export const PLAN =
  /」?へ(?=[\s\u3000]|$)|(?:廃止|終了|移転|完了|返金|補償)(?=[\s\u3000]|$)|予定|方針|見通し|計画|検討し|検討中|検討を|目指|めど|目途|目標|見込み|意向|考えだ|考えを示|(?<!てい|てお|られ|され)(?:[うくすつぬむるぐぶ]|する)(?=と(?:し|発表|説明|明らか|述べ|表明|の)|。|」|ことに|方向)/u;

/** Hedges: 可能性がある, とみられる, 疑い, おそれ, 調査中, 〜か (headline). */
export const HEDGE =
  /可能性が(?:ある|あり|高い|高く|否定でき)|可能性も|とみられ|と見られ|疑い|おそれ|恐れ|調査中|調べている|確認中|確認を進め|(?:流出|漏えい|漏洩|関与|感染|侵入)か(?=[。、」\s\u3000]|$)/u;

/** The figure belongs to something else the sentence sets apart (ドコモ口座とは別に、…66件). */
export const OTHER_SUBJECT = /とは別/u;

/** The figure is placed in an earlier period (当初は約44万件とされた). */
export const EARLIER = /当初|当時|一時は|最初の発表/u;
