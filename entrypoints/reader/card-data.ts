/**
 * A card's data for a mark: asked of the background when the card first opens (the
 * page's answer stays small), kept per entity or claim until the article changes.
 */
import type { ClaimCard, EntityView } from '../../lib/kb/types';
import type { RankedCard } from '../../lib/rank/types';
import { MAX_CARD_MENTIONS } from '../../lib/rank/limits';
import type { CardData } from '../../components/card/Card';
import type { PageAnswer, Send } from './handoff';
import type { Mark } from './build-marks';

type Got = { entity?: EntityView; claim?: ClaimCard; ranked?: RankedCard } | undefined;

export class CardSource {
  private cards = new Map<string, Promise<Got>>();
  private answer: PageAnswer | undefined;
  private published: string | undefined;

  constructor(
    private readonly send: Send,
    private readonly lang: 'ja' | 'en',
  ) {}

  /** The article changed: cards are ranked for the article, so they are asked again. */
  article(answer: PageAnswer | undefined, published: string | undefined): void {
    this.answer = answer;
    this.published = published;
    this.cards.clear();
  }

  /** The card for a mark; undefined if there is none (or the background failed: asked again next time). */
  async forMark(m: Pick<Mark, 'entity' | 'claim' | 'note'>): Promise<CardData | undefined> {
    const a = this.answer;
    if (!a) return undefined;
    const entity = m.note?.entity ?? m.entity;
    const claim = m.note ? undefined : m.claim;
    const key = claim ? `c:${claim}` : `e:${entity}`;
    let data = this.cards.get(key);
    if (!data) {
      data = this.send(claim ? { type: 'card', claim } : { type: 'card', entity: entity ?? '', ...this.articleContext() })
        .then((r) => (r?.ok ? r : undefined))
        .catch(() => undefined);
      this.cards.set(key, data);
    }
    const got = await data;
    if (!got?.entity && !got?.claim) {
      this.cards.delete(key);
      return undefined;
    }
    return {
      lang: this.lang,
      version: a.version,
      ...(this.published ? { published: this.published } : {}),
      ...(got.entity ? { entity: got.entity } : {}),
      ...(got.claim ? { claim: got.claim } : {}),
      ...(got.ranked ? { ranked: got.ranked } : {}),
      ...(m.note ? { update: m.note } : {}),
    };
  }

  /** What the background ranks a card's facts for: the article's date and the entities it mentions (marked or not). */
  private articleContext(): { published?: string; mentions: [string, number][] } {
    const counts = new Map<string, number>();
    for (const m of this.answer?.annotations.mentions ?? []) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    return { ...(this.published ? { published: this.published } : {}), mentions: [...counts].slice(0, MAX_CARD_MENTIONS) };
  }
}
