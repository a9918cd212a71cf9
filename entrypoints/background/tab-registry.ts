/**
 * The tabs our content script runs in, with their page's address, so a settings change
 * can be pushed to each as its own view. Without the `tabs` permission the browser does
 * not tell us a tab's address, so each tab's `hello` (and every request after) records
 * it. Kept in storage.session (trusted contexts only), so a restarted service worker
 * still knows them.
 */
const KEY = 'tabs';

export class TabRegistry {
  private tabs: Map<number, string> | undefined;
  private loading: Promise<Map<number, string>> | undefined;

  private async all(): Promise<Map<number, string>> {
    if (this.tabs) return this.tabs;
    this.loading ??= (async () => {
      const got = await browser.storage.session?.get(KEY).catch(() => ({}) as Record<string, unknown>);
      const saved = (got?.[KEY] ?? {}) as Record<string, string>;
      this.tabs ??= new Map(Object.entries(saved).map(([id, url]) => [Number(id), url]));
      return this.tabs;
    })();
    return this.loading;
  }

  private save(tabs: Map<number, string>): void {
    void browser.storage.session?.set({ [KEY]: Object.fromEntries(tabs) }).catch(() => {});
  }

  async set(tabId: number, url: string): Promise<void> {
    const tabs = await this.all();
    if (tabs.get(tabId) === url) return;
    tabs.set(tabId, url);
    this.save(tabs);
  }

  async remove(tabId: number): Promise<void> {
    const tabs = await this.all();
    if (tabs.delete(tabId)) this.save(tabs);
  }

  async entries(): Promise<[number, string][]> {
    return [...(await this.all())];
  }
}
