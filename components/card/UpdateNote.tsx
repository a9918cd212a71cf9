/**
 * The card's update section: what the article said (a figure, a plan, a suspicion) and
 * what is known now, with its date and sources. Worded as an update ("その後 …"); only a
 * note whose newer fact was known before the article says the article was out of date.
 */
import { formatQuantity } from '../../lib/numbers/format';
import type { UpdateNote } from '../../lib/updates/types';
import { formatDate } from '../../lib/updates/wording';
import { resultLabel, updateKindLabel, type T } from '../i18n';
import { SourceLinks } from './Card';

export function UpdateSection({ note, lang, t }: { note: UpdateNote; lang: 'ja' | 'en'; t: T }) {
  const { now } = note;
  const what = now.quantity ? formatQuantity(now.quantity, lang) : resultLabel(t, now.result ?? 'revised');
  const when = formatDate(now.date, lang);
  const key = note.verdict ? 'cardUpdateAlready' : now.quantity ? 'cardUpdateSinceFigure' : 'cardUpdateSince';
  const detail = now.text ? (lang === 'en' && now.text.en ? now.text.en : now.text.ja) : undefined;
  return (
    <section class={note.verdict ? 'update outdated' : 'update'} aria-label={t('cardUpdate')}>
      <h3>{updateKindLabel(t, note.kind)}</h3>
      {note.verdict ? (
        <p class="verdict">
          <strong>{t('cardUpdateOutdated')}</strong>
        </p>
      ) : null}
      <p class="said">{t('cardUpdateSaid', [note.said])}</p>
      <p class="now">
        <strong>{t(key, [what, when])}</strong>
      </p>
      {detail ? <p class="detail">{detail}</p> : null}
      <p class="meta">
        {t('cardSources')}: <SourceLinks sources={now.sources} t={t} />
      </p>
    </section>
  );
}
