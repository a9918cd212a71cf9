/** Bundles the card harness with Vite (the project's own bundler) for the test server. */
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { KB_CARDS_FILE, KB_MATCH_FILE } from '../../../entrypoints/shared/kb-files';
import { decodeCards } from '../../../lib/kb/cards-codec';
import { joinKb } from '../../../lib/kb/halves';
import type { CardsKb, MatchKb } from '../../../lib/kb/types';

const root = join(import.meta.dirname, '..', '..', '..');

const shippedFile = (file: string) => readFileSync(join(root, '.output', 'chrome-mv3', file));
const shipped = <T>(file: string) => JSON.parse(shippedFile(file).toString('utf8')) as T;

export async function buildCardHarness(): Promise<Record<string, string>> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [preact()],
    build: {
      write: false,
      lib: { entry: join(import.meta.dirname, 'card-harness.tsx'), formats: ['iife'], name: 'harness', fileName: () => 'harness.js' },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const output = (Array.isArray(out) ? out[0]! : out).output;
  const js = output.find((o) => o.type === 'chunk')!.code;
  // the messages as chrome.i18n gives them: named placeholders ($WHAT$) become $1, $2 …
  type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  const flatten = (lang: string) => {
    const messages = JSON.parse(readFileSync(join(root, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Messages;
    return Object.fromEntries(
      Object.entries(messages).map(([k, v]) => [k, v.message.replace(/\$(\w+)\$/g, (m, n: string) => v.placeholders?.[n.toLowerCase()]?.content ?? m)]),
    );
  };
  const flat = flatten('ja');
  const flatEn = flatten('en');
  const page = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>card</title></head>
<body style="margin:16px;background:#fff"><div id="root"></div>
<script>window.__messages = ${JSON.stringify(flat).replace(/</g, '\\u003c')}; window.__messagesEn = ${JSON.stringify(flatEn).replace(/</g, '\\u003c')};</script>
<script src="/harness.js"></script></body></html>`;
  return {
    '/card.html': page,
    '/harness.js': js,
    // the whole dataset, joined from the built extension's two halves as its background joins them
    '/kb.json': JSON.stringify(joinKb(shipped<MatchKb>(KB_MATCH_FILE), decodeCards(shippedFile(KB_CARDS_FILE)) as CardsKb)),
  };
}
