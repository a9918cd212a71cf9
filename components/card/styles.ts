/**
 * The card's styles, inside its closed shadow root. `:host { all: initial }` stops the
 * page's inherited styles (font, colour, line height) from leaking in; sizes are in px
 * of our own, never rem (the page's root font size is not ours). Colours are variables
 * so the theme (system / light / dark) switches them in one place; the palette keeps
 * text contrast at WCAG AA or better on both backgrounds.
 */
import { FACTS_CSS } from './styles-facts';

const LIGHT = `
  --fg: #1f2328; --bg: #ffffff; --border: #d0d7de; --muted: #57606a; --faint: #59636e;
  --link: #0b5cad; --claim-bg: #fff1f2; --claim-line: #e11d48; --verdict: #9f1239;
  --badge-bg: #fef3c7; --badge-fg: #78350f; --badge-line: #d97706; --later: #0d9488; --rule: #eaeef2;
  --shadow: rgba(0,0,0,0.18); --focus: #2563eb;`;
const DARK = `
  --fg: #e6edf3; --bg: #161b22; --border: #30363d; --muted: #9da7b3; --faint: #9da7b3;
  --link: #79c0ff; --claim-bg: #3b1219; --claim-line: #fb7185; --verdict: #fda4af;
  --badge-bg: #3d2e00; --badge-fg: #fcd34d; --badge-line: #b45309; --later: #2dd4bf; --rule: #30363d;
  --shadow: rgba(0,0,0,0.6); --focus: #79c0ff;`;

export const CARD_CSS =
  `
:host { all: initial; }
[data-theme] { ${LIGHT} }
[data-theme="dark"] { ${DARK} }
@media (prefers-color-scheme: dark) { [data-theme="system"] { ${DARK} } }
.card {
  box-sizing: border-box;
  width: max-content;
  max-width: min(420px, calc(100vw - 16px));
  max-height: inherit;
  overflow: auto;
  font: 14px/1.6 system-ui, "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", sans-serif;
  color: var(--fg);
  background: var(--bg);
  border: 1px solid var(--border);
  border-radius: 8px;
  box-shadow: 0 8px 24px var(--shadow);
  padding: 10px 14px 8px;
  text-align: left;
  writing-mode: horizontal-tb;
}
[data-size="small"] .card { font-size: 12px; max-width: min(340px, calc(100vw - 16px)); }
[data-size="large"] .card { font-size: 16px; max-width: min(520px, calc(100vw - 16px)); }
.card:focus { outline: 2px solid var(--focus); outline-offset: 2px; }
header { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
h2 { font-size: 1.15em; margin: 0; font-weight: 700; }
h3 { font-size: 0.86em; margin: 8px 0 2px; color: var(--muted); font-weight: 600; }
.category { font-size: 0.86em; color: var(--muted); }
.actions { margin-left: auto; display: flex; gap: 4px; }
button { font: inherit; background: transparent; border: 1px solid transparent; border-radius: 4px; cursor: pointer; color: inherit; min-width: 24px; min-height: 24px; }
button:hover, button:focus-visible { border-color: var(--muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ul { margin: 0; padding-left: 18px; }
li { margin: 2px 0; }
time { font-variant-numeric: tabular-nums; color: var(--muted); }
.summary { margin: 6px 0; }
.claim { margin: 6px 0; padding: 6px 8px; border-left: 4px solid var(--claim-line); background: var(--claim-bg); }
.claim p { margin: 2px 0; }
.verdict strong { color: var(--verdict); }
.badge { display: inline-block; margin-left: 6px; padding: 0 6px; font-size: 0.8em; border-radius: 8px; background: var(--badge-bg); color: var(--badge-fg); border: 1px solid var(--badge-line); }
.sources { font-size: 0.86em; color: var(--muted); }
.source + .source::before { content: " / "; }
a { color: var(--link); }
.meta, footer { font-size: 0.8em; color: var(--faint); }
footer { margin-top: 6px; border-top: 1px solid var(--rule); padding-top: 4px; }
.later { border-left: 3px solid var(--later); padding-left: 6px; }
.update { margin: 6px 0; padding: 6px 8px; border-left: 4px solid var(--later); }
.update p { margin: 2px 0; }
.update.outdated { border-left-color: var(--claim-line); background: var(--claim-bg); }
` + FACTS_CSS;
