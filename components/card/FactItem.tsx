/**
 * One dated fact with its sources, and the source list itself: shared by the card's
 * fact list, its story and its later facts. Dataset strings are rendered as text; only
 * http(s) sources become links, opened in a new tab without the referrer.
 */
import type { EntityView } from '../../lib/kb/types';
import type { T } from '../i18n';

type Fact = EntityView['facts'][number];
type Source = Fact['sources'][number];
export type Lang = 'ja' | 'en';

export function pick(text: { ja: string; en?: string | undefined }, lang: Lang): string {
  return lang === 'en' && text.en ? text.en : text.ja;
}

export function SourceLinks({ sources, t }: { sources: Source[]; t: T }) {
  return (
    <span class="sources">
      {sources.map((s, i) => {
        // the publisher is shown; title, date and where it was read are one hover (or screen reader) away
        const full = [s.publisher, s.title, s.date].filter(Boolean).join(' · ') + (s.via ? ` (${t('cardVia')}: ${s.via})` : '');
        const label = s.publisher;
        return (
          <span key={i} class="source">
            {s.url && /^https?:\/\//.test(s.url) ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer" title={full} aria-label={full}>
                {label}
              </a>
            ) : (
              <span title={full}>
                {label}
                {full !== label ? <span class="sr"> {full}</span> : null}
              </span>
            )}
          </span>
        );
      })}
    </span>
  );
}

/** A fact; `owner` names the entry it belongs to when that is not the hovered one. */
export function FactItem({ fact, lang, t, owner, class: cls }: { fact: Fact; lang: Lang; t: T; owner?: string | undefined; class?: string }) {
  const classes = ['fact', fact.status === 'unverified' ? 'unverified' : '', cls ?? ''].filter(Boolean).join(' ');
  return (
    <li class={classes}>
      <time dateTime={fact.date}>{fact.date}</time>{' '}
      {owner ? (
        <span class="owner" title={owner}>
          {owner}
        </span>
      ) : null}
      {owner ? ' ' : ''}
      {pick(fact.text, lang)}
      {fact.status === 'unverified' ? (
        <span class="badge" title={t('cardUnverifiedNote')}>
          {t('cardUnverified')}
        </span>
      ) : null}{' '}
      <SourceLinks sources={fact.sources} t={t} />
    </li>
  );
}
