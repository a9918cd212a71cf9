/**
 * A part of the content script packaged as a bundle of its own and imported only when a
 * page needs it: the card (reader-card.js, ./load-card.ts) once a page's first marks are
 * up. It is a web-accessible file (wxt.config.ts) imported with a
 * dynamic import(), which works alike in Chrome and Firefox; the imported module runs in
 * the content script's own world, where it leaves what it provides on the world's global
 * object under `key` (the page's scripts cannot reach that world).
 *
 * Not injected by the background (scripting.executeScript): injection needs host
 * permissions for the default news sites, which the extension does not hold (the content
 * script's matches do not grant them), while a web-accessible file needs none. Chrome
 * gives the file a URL that changes every session (use_dynamic_url), so a page cannot
 * probe for it to detect the extension; Firefox's moz-extension:// addresses are random
 * per install already.
 */
import { browser } from '@wxt-dev/browser';

export interface Bundle<T> {
  /** Called by the bundle when it runs. */
  provide(value: T): void;
  /** What the bundle provides, loading it on the first call (a failed load is tried again on the next). */
  load(): Promise<T>;
}

export function bundle<T>(path: string, key: string): Bundle<T> {
  const world = globalThis as unknown as Record<string, T | undefined>;
  let loading: Promise<T> | undefined;
  return {
    provide: (value) => {
      world[key] = value;
    },
    load: () =>
      (loading ??= (async () => {
        if (!world[key]) await import(/* @vite-ignore */ (browser.runtime.getURL as (p: string) => string)(path));
        const value = world[key];
        if (value === undefined) throw new Error(`${path} did not load`);
        return value;
      })().catch((e: unknown) => {
        loading = undefined;
        throw e;
      })),
  };
}
