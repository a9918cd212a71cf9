/**
 * Styles of the card's ranked facts, story and relations (appended to CARD_CSS in the
 * same shadow root; uses its colour variables, so both themes hold WCAG AA contrast).
 */
export const FACTS_CSS = `
.facts li, .later li, .story li { line-height: 1.35; font-size: 0.9em; }
.fact .sources::before { content: "— "; }
.owner { display: inline-block; max-width: 16em; overflow: hidden; text-overflow: ellipsis; vertical-align: bottom; font-size: 0.8em; padding: 0 5px; border: 1px solid var(--border); border-radius: 8px; color: var(--muted); white-space: nowrap; }
.relations { list-style: none; padding-left: 0; margin: 4px 0; font-size: 0.92em; }
.relations li { margin: 0; }
.rel-kind { font-weight: 600; color: var(--muted); }
.rel-when { color: var(--muted); font-size: 0.9em; }
.defining { list-style: square; }
.latest { background: var(--badge-bg); color: var(--badge-fg); border-radius: 4px; padding: 0 4px; }
.latest time, .latest .sources { color: inherit; }
.latest a { color: inherit; }
.story ol { margin: 0; padding-left: 18px; }
details.more { margin-top: 6px; }
details.more > summary { cursor: pointer; color: var(--link); font-size: 0.9em; }
details.more > summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
`;
