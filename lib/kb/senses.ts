/**
 * Named context rules shared by many aliases, defined once. An alias's `context.sense`
 * brings in the sense's words; its own `requires` / `excludes` add to them (a local
 * look-alike: a shrine, a team, a campus named after the place).
 */

/**
 * A prefecture, city, ward, town or village is a mention only where its government acts
 * (県が発表した, 市の職員が誤送付), not as a place: an address, a residence, a seat, where a
 * suspect lives. The words are the union of the per-entry rules the dataset's earlier
 * rounds wrote for 39 local governments, kept to the generic ones. Not 住所 among the
 * excludes: a leaked address (DV被害者の住所を漏らした) is what local governments' stories are
 * about; an address heading a company is lib/match/longer-name.ts's business.
 */
const LOCAL_GOVERNMENT = {
  requires: [
    // it announces, reports, apologises
    '発表',
    '公表',
    '報告',
    '謝罪',
    'おわび',
    '記者会見',
    '情報公開',
    // its people and offices
    '職員',
    '元職員',
    '知事',
    '副知事',
    '市長',
    '区長',
    '町長',
    '村長',
    '県庁',
    '都庁',
    '府庁',
    '市役所',
    '区役所',
    '役場',
    '庁舎',
    '窓口',
    '教育委員会',
    '市議会',
    // it contracts, settles, disciplines, investigates
    '委託',
    '契約',
    '入札',
    '和解',
    '提訴',
    '処分',
    '懲戒',
    '第三者委員会',
    '調査委員会',
    // what happened to the data it holds
    '漏えい',
    '漏洩',
    '流出',
    '紛失',
    '持ち出',
    '誤送付',
    '誤送信',
    '誤交付',
    '誤公開',
  ],
  excludes: ['在住', '本社', '本店', '所在地', '会社員', '無職', '容疑者', '被告', '出身', '自称'],
} as const;

const SENSES = { 'local-government': LOCAL_GOVERNMENT } as const;
type SenseName = keyof typeof SENSES;
export const SENSE_NAMES = Object.keys(SENSES) as [SenseName, ...SenseName[]];

interface Rule {
  sense?: SenseName;
  requires?: readonly string[];
  excludes?: readonly string[];
}

/** A rule's words with its sense's brought in (compile and the dataset check read rules through this). */
export function ruleWords(ctx: Rule): { requires?: string[]; excludes?: string[] } {
  const sense = ctx.sense ? SENSES[ctx.sense] : undefined;
  const requires = [...new Set([...(sense?.requires ?? []), ...(ctx.requires ?? [])])];
  const excludes = [...new Set([...(sense?.excludes ?? []), ...(ctx.excludes ?? [])])];
  return { ...(requires.length ? { requires } : {}), ...(excludes.length ? { excludes } : {}) };
}
