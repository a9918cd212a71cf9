/** Facts of one entry dated after an article: "since this article". None without a date. */
import { isAfter } from '../time/dates';
import type { EntityView } from '../kb/types';
import type { Fact } from './types';

export function laterFacts(entity: Pick<EntityView, 'facts'>, published: string | undefined): Fact[] {
  return published ? entity.facts.filter((f) => isAfter(f.date, published)) : [];
}
