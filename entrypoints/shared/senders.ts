/**
 * Who may send what: each message the background receives is accepted from one kind of
 * context only, told apart by what the browser itself sets on the sender (never by the
 * message): a content script's messages carry its tab and frame and the page's address;
 * an extension page's carry our own origin and its file. The README's table of sender
 * rules is this one.
 */
import type { BackgroundMap } from './protocol';

export type SenderRule =
  /** a content script in a tab's top frame, on a web page */
  | 'tab'
  /** the popup or the options page (our origin; the options page opens in a tab) */
  | 'extension-page';

export const BACKGROUND_SENDERS = {
  hello: 'tab',
  annotate: 'tab',
  card: 'tab',
  'page-report': 'tab',
  status: 'extension-page',
  cache: 'extension-page',
  'site-added': 'extension-page',
  'site-removed': 'extension-page',
} as const satisfies { [K in keyof BackgroundMap]: SenderRule };

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
  }
}
