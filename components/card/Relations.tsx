/**
 * Relations in a glance: a person's role at the article's date, an organisation's
 * parent, subsidiaries and successor names, one line each with its period.
 */
import type { LocalText, RelationLine } from '../../lib/rank/types';
import type { T } from '../i18n';
import { pick, type Lang } from './FactItem';

const KEYS: Record<RelationLine['kind'], string> = {
  role: 'cardRole',
  parent: 'cardParent',
  subsidiary: 'cardSubsidiary',
  successor: 'cardSuccessor',
  predecessor: 'cardPredecessor',
  'part-of': 'cardPartOf',
};

function period(r: RelationLine, t: T): string {
  if (r.from && r.to) return `${r.from} – ${r.to}`;
  if (r.from) return t('cardSince', [r.from]);
  if (r.to) return t('cardUntil', [r.to]);
  return '';
}

export function Relations({ lines, names, lang, t }: { lines: RelationLine[]; names: Record<string, LocalText>; lang: Lang; t: T }) {
  if (!lines.length) return null;
  return (
    <ul class="relations" aria-label={t('cardRelations')}>
      {lines.map((r, i) => {
        const nameOf = (id: string) => (names[id] ? pick(names[id]!, lang) : id);
        const other = r.entity ? [r.entity, ...(r.more ?? [])].map(nameOf).join(lang === 'ja' ? '、' : ', ') : undefined;
        // a role's title names its organisation already (総務大臣, LINEヤフー 代表取締役社長CEO)
        const what = r.kind === 'role' ? (r.title ? pick(r.title, lang) : (other ?? '')) : (other ?? '');
        const when = period(r, t);
        return (
          <li key={i} class={`relation rel-${r.kind}`}>
            <span class="rel-kind">{t(KEYS[r.kind])}</span> {what}
            {when ? <span class="rel-when"> ({when})</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
