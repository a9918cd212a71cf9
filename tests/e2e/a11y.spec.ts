import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { buildCardHarness } from './harness/build';
import { expect, test } from './fixtures';

/** axe's findings, as "rule: target" lines so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('popup and options pages have no axe violations', async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.locator('details summary').first().click();
      expect(await violations(page)).toEqual([]);
    });

    test('an open card (entity and correction) has no axe violations', async ({ context, site }) => {
      for (const [path, body] of Object.entries(await buildCardHarness())) site.pages.set(path, body);
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      for (const q of [`theme=${scheme}&entity=per-idezawa`, `theme=${scheme}&claim=e9-letter-sealing-unreadable`, `theme=system&entity=org-line-app`]) {
        await page.goto(site.url(`/card.html?${q}`));
        await expect(page.locator('body[data-ready="1"]')).toHaveCount(1);
        await expect(page.getByRole('dialog')).toBeVisible();
        expect(await violations(page), q).toEqual([]);
      }
    });
  });
}
