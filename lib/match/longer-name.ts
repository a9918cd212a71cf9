/**
 * A name followed by a word that makes it the start of another thing's name: a brand's
 * points or mileage programme, gift card, online shop, publishing house, bank or card
 * company, a venue or a foundation named after it (楽天ポイント, JALマイレージバンク,
 * 朝日新聞出版, イオン銀行 are not the company the first word names), and a prefecture's
 * name at the head of an address (東京都千代田区…) or alone in brackets after a name
 * (名簿業者（東京都）: where a company sits), or with の before a business
 * (京都市の印刷会社): a place, not the government.
 *
 * Where the dataset has the longer name as an alias, the matcher takes it first (longest
 * match); where the hovered entity's own name is the longer form (ゆうちょ → ゆうちょ銀行),
 * the short alias stands for it and the rule does not apply. Named examples list the kind;
 * the rule is the word list, written from the kinds of names, not from any article.
 */

/** Words that, right after a name, begin another thing's name (the name's programme, shop, subsidiary, venue). */
export const NAME_HEADS: readonly string[] = [
  // loyalty, mileage and gift programmes
  'ポイント',
  'マイレージ',
  'ギフト券',
  'ギフトカード',
  '商品券',
  // storefronts and services named after the brand
  '公式オンラインショップ',
  '公式オンラインストア',
  'オンラインショップ',
  '公式ショップ',
  '公式ストア',
  '公式通販',
  'ショッピング',
  '市場',
  // group companies whose names begin with the group's
  '出版',
  '銀行',
  '証券',
  '生命',
  '損保',
  '信託',
  'カード',
  // bodies named after their place (群馬県医師会, 沖縄県労働金庫): not the prefecture or city
  '医師会',
  '歯科医師会',
  '薬剤師会',
  '看護協会',
  '弁護士会',
  '社会福祉協議会',
  '信用組合',
  '労働金庫',
  '漁協',
  '漁業協同組合',
  '農協',
  '農業協同組合',
  '商工会議所',
  // venues and foundations named after a sponsor
  'スタジアム',
  'ドーム',
  '球場',
  'アリーナ',
  '財団',
];

/**
 * A place's name (…都/道/府/県/市/区/町/村) followed by の and a word for a business
 * (京都市の情報処理会社, 大阪府の業者): where the business is, not the government acting.
 * Nothing between but a short noun: 市の委託を受けた会社 (a particle) is the city acting.
 */
const PLACE = /[都道府県市区町村]$/;
const SEAT_OF_BUSINESS =
  /^の[^、。，．をがはにでともへや「」『』（）()]{0,8}?(?:会社|企業|業者|事業者|メーカー|法人|工場|医療機関|病院|医院|クリニック|診療所|大学|学校|団体|組合)/;
/** …unless the words between tie the business to the government: 都の委託業者 is the government's contractor. */
const TIED_TO_GOVERNMENT = /^の[^、。]{0,8}?(?:委託|発注|契約|請負|指定|出資|外郭)/;

/**
 * A facility's name used as a place (北野病院前の交差点, 県庁前で, 病院跡地) and a name followed by a
 * web domain (駿河屋.JP, 楽天.co.jp: the shop site, not the company).
 */
const AS_A_PLACE = /^(?:前(?:の|で|に|を|駅|交差点|停留所|バス停)|跡地|跡の)/;
const WEB_ADDRESS = /^\.(?:jp|com|net|co\.jp|ne\.jp)\b/i;

/**
 * A Latin name followed by a space and a capitalised Latin word (G-Link Lite, Windows Server):
 * in Japanese text, a run of Latin words is one name, and the first word is not its own thing.
 * A legal-form word (Apple Inc., Google LLC) is the company's own name, not another thing's.
 */
const LATIN_END = /[A-Za-z0-9]$/;
const NEXT_LATIN_WORD = /^ (?!(?:Inc|LLC|Ltd|Corp|Corporation|Co|Limited|GmbH|AG|SE|plc|PLC)\b)[A-Z][A-Za-z0-9]*/;

const CITY = /市$/;
const WARD = /^\p{Script=Han}{1,4}区/u;

/** A prefecture's name (…都/道/府/県) directly followed by a municipality: the start of an address. */
const PREFECTURE = /[都道府県]$/;
const MUNICIPALITY = /^(?:\p{Script=Han}{1,5}[区市郡町村]|[ぁ-ゖ]{3,6}市)/u;

/**
 * The words after `text` that make it the start of another thing's name (a brand's
 * programme, a place, a web domain, a longer Latin name), if any: the entity's own name,
 * where it is the longer form, still stands for it.
 */
function headAfter(text: string, after: string): string | undefined {
  const named = NAME_HEADS.find((h) => after.startsWith(h));
  if (named) return named;
  const place = AS_A_PLACE.exec(after) ?? WEB_ADDRESS.exec(after) ?? (LATIN_END.test(text) ? NEXT_LATIN_WORD.exec(after) : null);
  return place?.[0];
}

/**
 * Whether the name `text` (matched for an entity called `entityName`) is here only the
 * start of a longer name of something else, judging by what follows it (`after`).
 */
export function startsLongerName(text: string, entityName: string, before: string, after: string): boolean {
  const head = headAfter(text, after);
  if (head !== undefined) return !entityName.startsWith(text + head);
  if (PLACE.test(text) && SEAT_OF_BUSINESS.test(after) && !TIED_TO_GOVERNMENT.test(after)) return true;
  // a city followed by one of its wards (大阪市北区): the start of an address; the ward, if anything, acts
  if (CITY.test(text) && WARD.test(after)) return true;
  if (!PREFECTURE.test(text)) return false;
  // 広島県三原市 and 広島県の三原市 alike
  return MUNICIPALITY.test(after.replace(/^の/, '')) || (/[(（]$/.test(before) && /^[)）、,]/.test(after));
}
