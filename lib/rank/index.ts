export { firstScreen } from './first-screen';
export { rankKb, type RankKb } from './kb';
export { FIRST_SCREEN_FACTS } from './limits';
export { rankCard } from './rank';
export { relationsAt, roleOn } from './relations';
export type { ArticleContext, CardFact, RankedCard } from './types';
