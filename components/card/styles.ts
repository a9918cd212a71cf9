/**
 * The card's styles, inside its closed shadow root. `:host { all: initial }` stops the
 * page's inherited styles (font, colour, line height) from leaking in; sizes are in px
 * and em of our own root, never rem (the page's root font size is not ours).
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box;
  width: max-content;
  max-width: min(420px, calc(100vw - 16px));
  max-height: min(70vh, 560px);
  overflow: auto;
  font: 14px/1.6 system-ui, "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", sans-serif;
  color: #1f2328;
  background: #ffffff;
  border: 1px solid #d0d7de;
  border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0,0,0,0.18);
  padding: 10px 14px 8px;
  text-align: left;
  writing-mode: horizontal-tb;
}
.card:focus { outline: 2px solid #2563eb; outline-offset: 2px; }
header { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
h2 { font-size: 16px; margin: 0; font-weight: 700; }
h3 { font-size: 12px; margin: 8px 0 2px; color: #57606a; font-weight: 600; }
.category { font-size: 12px; color: #57606a; }
.actions { margin-left: auto; display: flex; gap: 4px; }
button { font: inherit; background: transparent; border: 1px solid transparent; border-radius: 4px; cursor: pointer; color: inherit; min-width: 24px; min-height: 24px; }
button:hover, button:focus-visible { border-color: #8c959f; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ul { margin: 0; padding-left: 18px; }
li { margin: 2px 0; }
time { font-variant-numeric: tabular-nums; color: #57606a; }
.summary { margin: 6px 0; }
.claim { margin: 6px 0; padding: 6px 8px; border-left: 4px solid #e11d48; background: #fff1f2; }
.claim p { margin: 2px 0; }
.verdict strong { color: #be123c; }
.badge { display: inline-block; margin-left: 6px; padding: 0 6px; font-size: 11px; border-radius: 8px; background: #fef3c7; color: #92400e; border: 1px solid #f59e0b; }
.unverified { opacity: 0.9; }
.sources { font-size: 12px; color: #57606a; }
.source + .source::before { content: " / "; }
a { color: #0b5cad; }
.meta, footer { font-size: 11px; color: #6e7781; }
footer { margin-top: 6px; border-top: 1px solid #eaeef2; padding-top: 4px; }
.later { border-left: 3px solid #0d9488; padding-left: 6px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; box-shadow: 0 8px 24px rgba(0,0,0,0.6); }
  h3, .category, time, .sources, .meta, footer { color: #9da7b3; }
  .claim { background: #3b1219; border-left-color: #fb7185; }
  .verdict strong { color: #fda4af; }
  .badge { background: #3d2e00; color: #fcd34d; border-color: #b45309; }
  a { color: #79c0ff; }
  footer { border-top-color: #30363d; }
  .later { border-left-color: #2dd4bf; }
}
`;
