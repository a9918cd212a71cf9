/** Limits and weights of the card's ranking, each with its reason. */

/** Facts on the card's first screen: three fit beside the summary without scrolling at the medium size (measured in the e2e screenshots). */
export const FIRST_SCREEN_FACTS = 3;
/** A fact scoring less than this share of the best one stays off the first screen: it is background, not what matters for this article. */
export const MIN_SHARE_OF_BEST = 0.05;
/** Closeness to the article's date halves every this many days: a news story's context is the last few months. */
export const HALF_LIFE_DAYS = 90;
/** A fact from an entry the article also mentions counts this much of one from the hovered entry. */
export const WEIGHT_MENTIONED = 0.8;
/** A fact of the incident the article is about (the card's story) counts as much as one of the hovered entry: what happened is what a reader of the story needs. */
export const WEIGHT_STORY = 1;
/** ...and from an entry only related to the hovered one (not in the article). */
export const WEIGHT_RELATED = 0.5;
/** Each further article entry a fact touches adds this much (damped: a fact naming four people is not four times as relevant). */
export const WEIGHT_PER_TOUCH = 0.5;
/** A fact that names the hovered entry (or belongs to it) counts this much more. */
export const BONUS_TOUCHES_HOVERED = 1.5;
/** Timeline entries of the story shown up to the article's date; earlier ones are counted, not listed. */
export const STORY_MAX_BEFORE = 4;
/** An incident of the hovered entry that the article does not mention (lib/rank/story.ts says which) is its story if one of its facts is this close to the article's date. */
export const STORY_WINDOW_DAYS = 365;
/** Shortest alias looked for in a fact's text (shorter ones are ordinary words: 党, 国). */
export const MIN_ALIAS_IN_TEXT = 2;
/** Most distinct entities a card request names from its article (a long article has a few dozen). */
export const MAX_CARD_MENTIONS = 500;
