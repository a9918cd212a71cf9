// Renders the real Card component with the real stylesheet and dataset in an ordinary
// page, so axe-core can audit it (the extension mounts it in a closed shadow root,
// which no audit tool can enter).
import { render } from 'preact';
import { Card } from '../../../components/card/Card';
import { CARD_CSS } from '../../../components/card/styles';
import { SHEET_CSS } from '../../../components/card/sheet';
import type { CompiledKb } from '../../../lib/kb/types';

const JA: Record<string, string> = (window as unknown as { __messages: Record<string, string> }).__messages;
const t = (k: string, subs?: string[]) => (JA[k] ?? k).replace('$1', subs?.[0] ?? '');

async function main() {
  const params = new URLSearchParams(location.search);
  const kb = (await (await fetch('/kb.json')).json()) as CompiledKb;
  const entity = kb.entities.find((e) => e.id === (params.get('entity') ?? 'per-idezawa')) ?? kb.entities[0];
  const claim = params.get('claim') ? kb.claims.find((c) => c.id === params.get('claim')) : undefined;
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
      published="2021-03-27"
      lang="ja"
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
