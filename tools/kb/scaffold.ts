/**
 * npm run data:add -- NAME: a YAML skeleton for a new entry, with TODO markers that
 * data:check rejects (tools/kb/todo.ts) until every one is filled in.
 */
import type { CategoryName } from '../../lib/kb/vocabulary';

/** The marker data:check looks for; also invalid as an id, a date and a URL. */
export const TODO = 'TODO';

/** A guess from the name's ending; the maintainer can pass --category instead. */
export function guessCategory(name: string): CategoryName {
  if (/(法|法律|条例|指針|ガイドライン|規則)$/u.test(name)) return 'law';
  if (/(省|庁|委員会|局|室|本部|機構|センター|財務局|警察)$/u.test(name)) return 'government';
  if (/(漏えい|漏洩|流出|攻撃|被害|事件|事案|障害|不正アクセス|乗っ取り)$/u.test(name)) return 'incident';
  return 'organization';
}

const PREFIX: Record<CategoryName, string> = {
  organization: 'org',
  government: 'gov',
  person: 'per',
  law: 'law',
  product: 'feat',
  incident: 'inc',
};

/** JSON strings are valid YAML scalars: a name with `:` or `#` stays one string. */
const q = (s: string) => JSON.stringify(s);

export function scaffold(name: string, category: CategoryName = guessCategory(name)): string {
  const n = q(name);
  const lines = [
    `- id: ${TODO}-${PREFIX[category]}-id   # lower-case words joined by -, e.g. ${PREFIX[category]}-acme; never renamed later`,
    `  category: ${category}`,
    `  names: { ja: ${n}, en: ${TODO} }`,
    `  aliases:                    # every form articles use; an ordinary word needs a context rule (data/README.md)`,
    `    - ${n}`,
  ];
  if (category === 'person') lines.push(`  person: { family: [${TODO}] }   # family name(s), e.g. [出澤, 出沢]`);
  lines.push(
    `  summary:`,
    `    ja: ${TODO} 一文か二文で、事実だけ。`,
    `    en: ${TODO}`,
    `  asOf: "${TODO}"              # the date the summary was last checked as true (YYYY-MM-DD)`,
    `  related: []`,
  );
  if (category === 'incident') {
    lines.push(
      `  links:                      # the actors: the company, the contractor at fault, the attacker, the regulator`,
      `    - { rel: actor, id: ${TODO} }`,
      `    - { rel: regulator, id: ${TODO} }`,
    );
  }
  if (category === 'person') {
    lines.push(
      `  roles:`,
      `    - title: { ja: ${TODO}, en: ${TODO} }`,
      `      org: ${TODO}              # entity id of the organisation`,
      `      from: "${TODO}"`,
      `      sources: [{ publisher: ${TODO}, title: ${TODO}, date: "${TODO}", url: ${TODO} }]`,
    );
  }
  lines.push(
    `  facts:                      # dated, sourced, in your own words; for an incident, its timeline`,
    `    - date: "${TODO}"           # when it happened: YYYY, YYYY-MM or YYYY-MM-DD`,
    `      text: { ja: ${TODO}, en: ${TODO} }`,
    `      sources: [{ publisher: ${TODO}, title: ${TODO}, date: "${TODO}", url: ${TODO} }]   # a URL only if you saw the page`,
    `      status: unverified        # verified only once you read it in the source`,
  );
  return `${lines.join('\n')}\n`;
}
