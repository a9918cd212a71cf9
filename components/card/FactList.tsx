/**
 * The card's facts, ranked for the article (lib/rank, computed in the background):
 * the first screen holds the defining fact, the (up to) three that matter most and, where the
 * story went on after the article, its latest state; the story, the rest of the facts
 * and what happened since sit behind one disclosure (a click, or Enter on its summary).
 */
import { isAfter } from '../../lib/time/dates';
import type { CardFact, RankedCard } from '../../lib/rank/types';
import type { T } from '../i18n';
import { FactItem, pick, type Lang } from './FactItem';
import { Story } from './Story';

export function FactList({ ranked, hovered, published, lang, t }: { ranked: RankedCard; hovered: string; published?: string | undefined; lang: Lang; t: T }) {
  const owner = (f: CardFact) => (f.entity !== hovered && ranked.names[f.entity] ? pick(ranked.names[f.entity]!, lang) : undefined);
  const item = (f: CardFact, i: number, cls?: string) => <FactItem key={i} fact={f.fact} lang={lang} t={t} owner={owner(f)} {...(cls ? { class: cls } : {})} />;
  const shown = ranked.lead;
  const first = ranked.facts.slice(0, shown);
  const rest = ranked.facts.slice(shown);
  const latest = ranked.story?.latest;
  const latestAfter = latest && published && isAfter(latest.fact.date, published) ? latest : undefined;
  const more = rest.length + ranked.later.length + (ranked.story ? 1 : 0);
  return (
    <>
      {first.length ? (
        <section class="facts" aria-label={t('cardFacts')}>
          <h3>{t('cardFacts')}</h3>
          <ul>{first.map((f, i) => item(f, i, ranked.defining && i === 0 ? 'defining' : undefined))}</ul>
        </section>
      ) : null}
      {latestAfter ? (
        <section class="later latest-state" aria-label={t('cardLatestState')}>
          <h3>{t('cardLatestState')}</h3>
          <ul>{item(latestAfter, 0, 'latest')}</ul>
        </section>
      ) : null}
      {more ? (
        <details class="more">
          <summary>{t('cardMore')}</summary>
          {ranked.story ? <Story story={ranked.story} names={ranked.names} lang={lang} t={t} /> : null}
          {rest.length ? (
            <section aria-label={t('cardMoreFacts')}>
              <h3>{t('cardMoreFacts')}</h3>
              <ul>{rest.map((f, i) => item(f, i))}</ul>
            </section>
          ) : null}
          {ranked.later.length ? (
            <section class="later" aria-label={t('cardLater')}>
              <h3>{t('cardLater')}</h3>
              <ul>{ranked.later.map((f, i) => item(f, i))}</ul>
            </section>
          ) : null}
        </details>
      ) : null}
    </>
  );
}
