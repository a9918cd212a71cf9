/**
 * Who may send what: each message the background receives is accepted from one kind of
 * context only, told apart by what the browser itself sets on the sender (never by the
 * message): a content script's messages carry its tab and frame and the page's address;
 * an extension page's carry our own origin and its file; the tokenizer host's, the
 * offscreen document's file. The README's table of sender rules is this one.
 */
import type { BackgroundMap, BackgroundToHost } from './protocol';

export type SenderRule =
  /** a content script in a tab's top frame, on a web page */
  | 'tab'
  /** the popup or the options page (our origin; the options page opens in a tab) */
  | 'extension-page'
  /** the tokenizer host (Chrome's offscreen document) */
  | 'host'
  /** the background (service worker) */
  | 'background';

export const BACKGROUND_SENDERS = {
  hello: 'tab',
  annotate: 'tab',
  card: 'tab',
  'page-report': 'tab',
  status: 'extension-page',
  cache: 'extension-page',
  'site-added': 'extension-page',
  'site-removed': 'extension-page',
  'offscreen-idle': 'host',
} as const satisfies { [K in keyof BackgroundMap]: SenderRule };

export const HOST_SENDERS = {
  'annotate-blocks': 'background',
  stats: 'background',
  warm: 'background',
} as const satisfies { [K in keyof BackgroundToHost]: SenderRule };

/** The parts of runtime.MessageSender the rules read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; incognito?: boolean };
}

/** Our extension: its id and its origin (`chrome-extension://id`, `moz-extension://uuid`). */
export interface Self {
  id: string;
  origin: string;
}

export const EXTENSION_PAGES = ['/popup.html', '/options.html'] as const;
export const HOST_PAGE = '/offscreen.html';
export const BACKGROUND_FILES = ['/background.js', '/_generated_background_page.html'] as const;

/** The sender's file in our origin, or undefined if the sender is not our origin. */
function ownPath(url: string | undefined, self: Self): string | undefined {
  // compared as text: URL parsing gives a non-special scheme (moz-extension:) no origin
  if (!url?.startsWith(`${self.origin}/`)) return undefined;
  return url.slice(self.origin.length).split(/[?#]/)[0];
}

export function senderIs(rule: SenderRule, sender: SenderInfo, self: Self): boolean {
  if (sender.id !== self.id) return false;
  const path = ownPath(sender.url, self);
  switch (rule) {
    case 'tab':
      return sender.tab?.id !== undefined && sender.frameId === 0 && path === undefined && /^https?:/.test(sender.url ?? '');
    case 'extension-page':
      return (EXTENSION_PAGES as readonly string[]).includes(path ?? '') && (sender.frameId ?? 0) === 0;
    case 'host':
      return path === HOST_PAGE && sender.tab === undefined;
    case 'background':
      return (BACKGROUND_FILES as readonly string[]).includes(path ?? '') && sender.tab === undefined;
  }
}
