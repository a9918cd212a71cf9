// Renders the real Card component with the real stylesheet and dataset in an ordinary
// page, so axe-core can audit it (the extension mounts it in a closed shadow root,
// which no audit tool can enter).
import { render } from 'preact';
import { Card } from '../../../components/card/Card';
import { CARD_CSS } from '../../../components/card/styles';
import { KbIndex } from '../../../lib/kb/index';
import { SHEET_CSS } from '../../../components/card/sheet';
import type { CompiledKb } from '../../../lib/kb/types';
import { findFigures } from '../../../lib/numbers/parse';
import { compareFigure } from '../../../lib/updates/compare';
import { rankCard, rankKb } from '../../../lib/rank';

const MESSAGES = window as unknown as { __messages: Record<string, string>; __messagesEn: Record<string, string> };
const LANG = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ja';
const TABLE = LANG === 'en' ? MESSAGES.__messagesEn : MESSAGES.__messages;
const t = (k: string, subs?: string[]) => (TABLE[k] ?? k).replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? '');

async function main() {
  const params = new URLSearchParams(location.search);
  const kb = (await (await fetch('/kb.json')).json()) as CompiledKb;
  const entity = kb.entities.find((e) => e.id === (params.get('entity') ?? 'per-idezawa')) ?? kb.entities[0];
  const claim = params.get('claim') ? kb.claims.find((c) => c.id === params.get('claim')) : undefined;
  // the facts ranked as the background ranks them, for an article of this date mentioning these entries
  const published = params.get('published') ?? '2021-03-27';
  const mentions = (params.get('mentions') ?? '')
    .split(',')
    .filter(Boolean)
    .map((id) => [id, 1] as const);
  const ranked = entity && !claim ? rankCard(rankKb(new KbIndex(kb)), entity.id, { published, mentions }) : undefined;
  // ?update=STATEMENT: the note the real engine makes for a figure in that statement
  const said = params.get('update');
  const fig = said ? findFigures(said)[0] : undefined;
  const update = fig && entity ? compareFigure(fig, entity, published, said!) : undefined;
  document.documentElement.lang = LANG;
  const style = document.createElement('style');
  style.textContent = CARD_CSS + SHEET_CSS;
  document.head.append(style);
  const root = document.getElementById('root')!;
  root.dataset.theme = params.get('theme') ?? 'light';
  root.dataset.size = 'medium';
  // layout=sheet: the small-screen bottom sheet (components/card/sheet.ts)
  if (params.get('layout')) root.dataset.layout = params.get('layout')!;
  render(
    <Card
      {...(claim ? { claim } : { entity })}
      {...(ranked ? { ranked } : {})}
      {...(update ? { update } : {})}
      published={published}
      lang={LANG}
      version={kb.version}
      t={t}
      pinned={false}
      onPin={() => {}}
      onClose={() => {}}
    />,
    root,
  );
  // the disclosure open, so an audit sees the story and the rest of the facts too
  if (params.get('open')) root.querySelector('details')?.setAttribute('open', '');
  document.body.dataset.ready = '1';
}
void main();
