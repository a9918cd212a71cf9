/**
 * The story so far: the incident's timeline up to the article's date, then "since this
 * article"; the latest known state (figures, outcomes) is highlighted.
 */
import type { CardFact, LocalText, StoryView } from '../../lib/rank/types';
import type { T } from '../i18n';
import { FactItem, pick, type Lang } from './FactItem';

const same = (a: CardFact, b: CardFact | undefined) => !!b && a.entity === b.entity && a.fact === b.fact;

export function Story({ story, names, lang, t }: { story: StoryView; names: Record<string, LocalText>; lang: Lang; t: T }) {
  const name = names[story.entity];
  const item = (f: CardFact, i: number) => <FactItem key={i} fact={f.fact} lang={lang} t={t} {...(same(f, story.latest) ? { class: 'latest' } : {})} />;
  return (
    <section class="story" aria-label={t('cardStory')}>
      <h3>
        {t('cardStory')}
        {name ? `: ${pick(name, lang)}` : ''}
      </h3>
      {story.omitted ? <p class="meta">{t('cardStoryOmitted', [String(story.omitted)])}</p> : null}
      <ol>{story.before.map(item)}</ol>
      {story.after.length ? (
        <>
          <h3 class="since">{t('cardLater')}</h3>
          <ol class="later">{story.after.map(item)}</ol>
        </>
      ) : null}
    </section>
  );
}
