// Renders the real Card component with the real stylesheet and dataset in an ordinary
// page, so axe-core can audit it (the extension mounts it in a closed shadow root,
// which no audit tool can enter).
import { render } from 'preact';
import { Card } from '../../../components/card/Card';
import { CARD_CSS } from '../../../components/card/styles';
import type { CompiledKb } from '../../../lib/kb/types';
import { findFigures } from '../../../lib/numbers/parse';
import { compareFigure } from '../../../lib/updates/compare';

const MESSAGES = window as unknown as { __messages: Record<string, string>; __messagesEn: Record<string, string> };
const LANG = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ja';
const TABLE = LANG === 'en' ? MESSAGES.__messagesEn : MESSAGES.__messages;
const t = (k: string, subs?: string[]) => (TABLE[k] ?? k).replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? '');

async function main() {
  const params = new URLSearchParams(location.search);
  const kb = (await (await fetch('/kb.json')).json()) as CompiledKb;
  const entity = kb.entities.find((e) => e.id === (params.get('entity') ?? 'per-idezawa')) ?? kb.entities[0];
  const claim = params.get('claim') ? kb.claims.find((c) => c.id === params.get('claim')) : undefined;
  // ?update=STATEMENT: the note the real engine makes for a figure in that statement
  const said = params.get('update');
  const fig = said ? findFigures(said)[0] : undefined;
  const update = fig && entity ? compareFigure(fig, entity, params.get('published') ?? '2021-03-27', said!) : undefined;
  document.documentElement.lang = LANG;
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  document.head.append(style);
  const root = document.getElementById('root')!;
  root.dataset.theme = params.get('theme') ?? 'light';
  root.dataset.size = 'medium';
  render(
    <Card
      {...(claim ? { claim } : { entity })}
      {...(update ? { update } : {})}
      published={params.get('published') ?? '2021-03-27'}
      lang={LANG}
      version={kb.version}
      t={t}
      pinned={false}
      onPin={() => {}}
      onClose={() => {}}
    />,
    root,
  );
  document.body.dataset.ready = '1';
}
void main();
