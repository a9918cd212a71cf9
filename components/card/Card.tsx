/**
 * The hover card: a non-modal dialog with a proper accessible name. Everything shown
 * comes from the bundled dataset and is rendered as text (Preact escapes it); links
 * open in a new tab and never carry the page's referrer.
 */
import type { EntityView } from '../../lib/kb/types';
import type { ClaimCard } from '../../lib/kb/types';
import type { RankedCard } from '../../lib/rank/types';
import { categoryLabel, verdictLabel, type T } from '../i18n';
import { pick, SourceLinks } from './FactItem';
import { FactList } from './FactList';
import { Relations } from './Relations';
import type { UpdateNote } from '../../lib/updates/types';
import { UpdateSection } from './UpdateNote';

export interface CardData {
  entity?: EntityView;
  claim?: ClaimCard;
  /** the entity's facts ranked for the article, its story and relations (lib/rank, from the background) */
  ranked?: RankedCard;
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

export function Card({ entity, claim, ranked, update, published, lang, version, t, pinned, onPin, onClose }: CardProps) {
  const title = entity ? pick(entity.names, lang) : claim ? verdictLabel(t, claim.verdict) : '';
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
      {entity && ranked ? <Relations lines={ranked.relations} names={ranked.names} lang={lang} t={t} /> : null}
      {entity && ranked ? <FactList ranked={ranked} hovered={entity.id} published={published} lang={lang} t={t} /> : null}
      <footer>
        {published ? `${t('cardArticleDate')} ${published} · ` : entity ? `${t('cardNoDate')} · ` : ''}
        {t('cardDataVersion')} {version}
      </footer>
    </div>
  );
}
