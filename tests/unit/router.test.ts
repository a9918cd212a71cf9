/**
 * The background's sender rules (lib/senders.ts), through the router with
 * fake senders: every message is handled from the context its rule names and refused
 * from every other; the README's table says the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter, MALFORMED, NOT_ALLOWED, type Handlers } from '../../entrypoints/background/router';
import { BACKGROUND_SENDERS, type SenderInfo, type SenderRule } from '../../entrypoints/shared/senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const self = { id: ID, origin: `chrome-extension://${ID}` };
const ext = (path: string) => `${self.origin}${path}`;

const SENDERS: Record<string, { sender: SenderInfo; is: SenderRule | undefined }> = {
  'content script, top frame': { sender: { id: ID, url: 'https://www.nhk.or.jp/news/1.html', frameId: 0, tab: { id: 5 } }, is: 'tab' },
  'content script, subframe': { sender: { id: ID, url: 'https://www.nhk.or.jp/ad.html', frameId: 3, tab: { id: 5 } }, is: undefined },
  'content script without a tab': { sender: { id: ID, url: 'https://www.nhk.or.jp/news/1.html', frameId: 0 }, is: undefined },
  'toolbar popup': { sender: { id: ID, url: ext('/popup.html') }, is: 'extension-page' },
  'popup opened in a tab': { sender: { id: ID, url: ext('/popup.html?tab=5'), frameId: 0, tab: { id: 9 } }, is: 'extension-page' },
  'options page (a tab)': { sender: { id: ID, url: ext('/options.html'), frameId: 0, tab: { id: 8 } }, is: 'extension-page' },
  // no longer shipped (the tokenizer runs in the service worker): nothing is accepted from it
  'offscreen document': { sender: { id: ID, url: ext('/offscreen.html') }, is: undefined },
  'service worker': { sender: { id: ID, url: ext('/background.js') }, is: undefined },
  'another extension page': { sender: { id: ID, url: ext('/kb.json') }, is: undefined },
  'another extension, popup path': { sender: { id: 'x'.repeat(32), url: 'chrome-extension://xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/popup.html' }, is: undefined },
  'a page at the extension path on a web origin': { sender: { id: ID, url: 'https://evil.example/popup.html', frameId: 0, tab: { id: 5 } }, is: 'tab' },
};

const REQUESTS: { [K in keyof typeof BACKGROUND_SENDERS]: unknown } = {
  hello: { type: 'hello' },
  annotate: { type: 'annotate', blocks: [{ start: 0, text: '総務省' }] },
  card: { type: 'card', entity: 'org-line' },
  'page-report': { type: 'page-report', mentions: 1, corrections: 0, entities: ['org-line'] },
  status: { type: 'status', tabId: 5 },
  cache: { type: 'cache', action: 'clear' },
  'site-added': { type: 'site-added', origin: 'https://example.com' },
  'site-removed': { type: 'site-removed', origin: 'https://example.com' },
};

// handlers that say which one ran (the router's reply type is what they return)
const handlers = Object.fromEntries(Object.keys(REQUESTS).map((t) => [t, async () => ({ ok: true, handled: t })])) as unknown as Handlers;
const route = createRouter(handlers, self);

describe('background router: sender rules', () => {
  for (const [type, rule] of Object.entries(BACKGROUND_SENDERS)) {
    for (const [who, { sender, is }] of Object.entries(SENDERS)) {
      const allowed = is === rule;
      it(`${type} from ${who}: ${allowed ? 'handled' : 'refused'}`, async () => {
        const reply = await route(REQUESTS[type as keyof typeof REQUESTS], sender);
        // another extension's message is not ours to answer at all
        expect(reply).toEqual(allowed ? { ok: true, handled: type } : sender.id === ID ? NOT_ALLOWED : undefined);
      });
    }
  }

  it('ignores other extensions, refuses malformed messages and the old tokenizer host\u2019s', async () => {
    expect(route({ type: 'hello' }, { id: 'other', url: 'https://a.example/', frameId: 0, tab: { id: 1 } })).toBeUndefined();
    expect(await route({ type: 'offscreen-idle' }, SENDERS['offscreen document']!.sender)).toEqual(MALFORMED);
    expect(await route({ target: 'offscreen', type: 'stats' }, SENDERS['toolbar popup']!.sender)).toEqual(MALFORMED);
    expect(await route({ type: 'settings' }, SENDERS['content script, top frame']!.sender)).toEqual(MALFORMED);
    expect(await route({ type: 'status', tabId: 1, extra: 1 }, SENDERS['toolbar popup']!.sender)).toEqual(MALFORMED);
  });

  it('the README table lists every message with its rule', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const rows = new Map([...readme.matchAll(/^\| `([a-z-]+)` +\| [^|]+ \| `([a-z-]+)` +\|/gm)].map((m) => [m[1], m[2]]));
    for (const [type, rule] of Object.entries(BACKGROUND_SENDERS)) expect(rows.get(type), type).toBe(rule);
  });
});
