/**
 * The hover card: a non-modal dialog with a proper accessible name. Everything shown
 * comes from the bundled dataset and is rendered as text (Preact escapes it); links
 * open in a new tab and never carry the page's referrer.
 */
import type { EntityView } from '../../lib/kb/types';
import type { ClaimCard } from '../../lib/kb/types';
import { isAfter } from '../../lib/time/dates';
import { CARD_MAX_FACTS } from '../../entrypoints/shared/timing';
import { categoryLabel, verdictLabel, type T } from '../i18n';
import type { UpdateNote } from '../../lib/updates/types';
import { UpdateSection } from './UpdateNote';

type Fact = EntityView['facts'][number];
type Source = Fact['sources'][number];

export interface CardData {
  entity?: EntityView;
  claim?: ClaimCard;
  /** a figure, plan or suspicion the article stated, and what is known now (shown with its entity) */
  update?: UpdateNote;
  /** the article's publication date, if known */
  published?: string;
  lang: 'ja' | 'en';
  version: string;
}

export interface CardProps extends CardData {
  t: T;
  pinned: boolean;
  onPin: () => void;
  onClose: () => void;
}

function pick(text: { ja: string; en?: string | undefined }, lang: 'ja' | 'en'): string {
  return lang === 'en' && text.en ? text.en : text.ja;
}

export function SourceLinks({ sources, t }: { sources: Source[]; t: T }) {
  return (
    <span class="sources">
      {sources.map((s, i) => {
        const label = [s.publisher, s.title, s.date].filter(Boolean).join(' · ');
        return (
          <span key={i} class="source">
            {s.url && /^https?:\/\//.test(s.url) ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {label}
              </a>
            ) : (
              label
            )}
            {s.via ? ` (${t('cardVia')}: ${s.via})` : ''}
          </span>
        );
      })}
    </span>
  );
}

function FactItem({ fact, lang, t }: { fact: Fact; lang: 'ja' | 'en'; t: T }) {
  return (
    <li class={fact.status === 'unverified' ? 'fact unverified' : 'fact'}>
      <time dateTime={fact.date}>{fact.date}</time> {pick(fact.text, lang)}
      {fact.status === 'unverified' ? (
        <span class="badge" title={t('cardUnverifiedNote')}>
          {t('cardUnverified')}
        </span>
      ) : null}
      <br />
      <SourceLinks sources={fact.sources} t={t} />
    </li>
  );
}

export function Card({ entity, claim, update, published, lang, version, t, pinned, onPin, onClose }: CardProps) {
  const title = entity ? pick(entity.names, lang) : claim ? verdictLabel(t, claim.verdict) : '';
  const facts = entity ? [...entity.facts].sort((a, b) => a.date.localeCompare(b.date)) : [];
  const before = published ? facts.filter((f) => !isAfter(f.date, published)) : facts;
  const later = published ? facts.filter((f) => isAfter(f.date, published)) : [];
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby="chushaku-title" tabIndex={-1}>
      <header>
        <h2 id="chushaku-title">{title}</h2>
        <span class="category">{categoryLabel(t, claim && !entity ? 'correction' : (entity?.category ?? 'correction'))}</span>
        <span class="actions">
          <button type="button" class="pin" aria-pressed={pinned} onClick={onPin} title={pinned ? t('cardUnpin') : t('cardPin')}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <path
                d="M10.5 1.5 14.5 5.5 12 6.5 9.5 9 10 12.5 8.5 14 6 11.5 2.5 15 1 15 1 13.5 4.5 10 2 7.5 3.5 6 7 6.5 9.5 4z"
                fill={pinned ? 'currentColor' : 'none'}
                stroke="currentColor"
                stroke-width="1.2"
                stroke-linejoin="round"
              />
            </svg>
            <span class="sr">{pinned ? t('cardUnpin') : t('cardPin')}</span>
          </button>
          <button type="button" class="close" onClick={onClose} aria-label={t('cardClose')}>
            ×
          </button>
        </span>
      </header>
      {claim ? (
        <section class={`claim verdict-${claim.verdict}`} aria-label={t('cardCorrection')}>
          <p class="verdict">
            <strong>{verdictLabel(t, claim.verdict)}</strong>
            {claim.status === 'unverified' ? <span class="badge">{t('cardUnverified')}</span> : null}
          </p>
          <p class="correction">{pick(claim.correction, lang)}</p>
          <p class="meta">
            {t('cardSources')}: <SourceLinks sources={claim.sources} t={t} /> · {t('cardReviewed')} {claim.reviewed}
          </p>
        </section>
      ) : null}
      {update ? <UpdateSection note={update} lang={lang} t={t} /> : null}
      {entity ? <p class="summary">{pick(entity.summary, lang)}</p> : null}
      {before.length ? (
        <section aria-label={t('cardFacts')}>
          <h3>{t('cardFacts')}</h3>
          <ul>
            {before.slice(-CARD_MAX_FACTS).map((f, i) => (
              <FactItem key={i} fact={f} lang={lang} t={t} />
            ))}
          </ul>
        </section>
      ) : null}
      {later.length ? (
        <section class="later" aria-label={t('cardLater')}>
          <h3>{t('cardLater')}</h3>
          <ul>
            {later.map((f, i) => (
              <FactItem key={i} fact={f} lang={lang} t={t} />
            ))}
          </ul>
        </section>
      ) : null}
      <footer>
        {published ? `${t('cardArticleDate')} ${published} · ` : entity ? `${t('cardNoDate')} · ` : ''}
        {t('cardDataVersion')} {version}
      </footer>
    </div>
  );
}
