/**
 * Page objects for the e2e suite: an article page (its marks, where they sit, whether
 * the page's text is as it was), the popup and the options page, so specs say what a
 * reader sees rather than how to find it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { pageUnchanged } from './in-page';

export interface MarkPlace {
  text: string;
  highlight: string;
  /** inside one of the elements the test calls the article */
  inArticle: boolean;
}

export class ArticlePage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, url: string): Promise<ArticlePage> {
    const page = await context.newPage();
    await page.goto(url);
    return new ArticlePage(page);
  }

  /** Every mark (not the focused-mark highlight), and whether it lies inside `articleSelectors`. */
  marks(articleSelectors: string[]): Promise<MarkPlace[]> {
    return this.page.evaluate((sels) => {
      const article = sels.flatMap((s) => [...document.querySelectorAll(s)]);
      const out: { text: string; highlight: string; inArticle: boolean }[] = [];
      // the registry holds static copies under per-page names (chushaku-person-<random>)
      const text = (r: AbstractRange) => {
        const x = document.createRange();
        x.setStart(r.startContainer, r.startOffset);
        x.setEnd(r.endContainer, r.endOffset);
        return x.toString();
      };
      for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
        if (name.startsWith('chushaku-active')) continue;
        for (const r of hl)
          out.push({
            text: text(r),
            highlight: name.replace(/^(chushaku-[a-z]+)-[a-z0-9]+$/, '$1'),
            inArticle: article.some((a) => a.contains(r.startContainer) && a.contains(r.endContainer)),
          });
      }
      return out;
    }, articleSelectors);
  }

  async markTexts(): Promise<string[]> {
    return (await this.marks([])).map((m) => m.text);
  }

  /** Waits until the marks' texts include all of `texts`. */
  async waitForTexts(texts: string[], timeout = 20_000): Promise<void> {
    await this.page.waitForFunction(
      (want) => {
        const seen = new Set<string>();
        for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
          if (name.startsWith('chushaku-active')) continue;
          for (const r of hl) {
            const x = document.createRange();
            x.setStart(r.startContainer, r.startOffset);
            x.setEnd(r.endContainer, r.endOffset);
            seen.add(x.toString());
          }
        }
        return want.every((t) => seen.has(t));
      },
      texts,
      { timeout },
    );
  }

  /** The page's text and markup equal what the page recorded at DOMContentLoaded (window.__initialText/__initialHtml). */
  unchanged(): Promise<{ text: boolean; html: boolean }> {
    return this.page.evaluate(pageUnchanged);
  }
}

export class PopupPage {
  private constructor(readonly page: Page) {}

  /** The popup as the toolbar opens it, for the tab `tabId`. */
  static async open(context: BrowserContext, extensionId: string, tabId: number): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return new PopupPage(page);
  }

  /** The found list's entries (each button's text). */
  found(): Promise<string[]> {
    return this.page.locator('details li button').allInnerTexts();
  }

  /** Waits until the found list has come in (the popup asks the tab after it has drawn its heading). */
  async waitForItems(): Promise<void> {
    await this.page.locator('details li button').first().waitFor();
  }

  async openAllGroups(): Promise<void> {
    for (const d of await this.page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
  }

  text(): Promise<string> {
    return this.page.locator('main').innerText();
  }
}

export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new OptionsPage(page);
  }

  category(name: string) {
    return this.page.getByRole('checkbox', { name });
  }

  /** Marks every mention, not only the first per section (the default density); waits until it is saved. */
  async markEveryMention(): Promise<void> {
    await this.page.locator('input[name="mark-every"]').check();
    await this.page.locator('p[role="status"]').filter({ hasText: /./ }).waitFor();
  }
}
