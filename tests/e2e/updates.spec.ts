import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { articlePage } from '../../scripts/sample-pages';
import { buildCardHarness } from './harness/build';
import { cardText, expect, highlightTexts, test, textRect, waitForMarks } from './fixtures';

// An article of 2023-11-28 giving the leak's first count; the count rose to 52万 later.
const ARTICLE = articlePage({
  title: 'LINEヤフー、不正アクセスで情報漏えい',
  published: '2023-11-28',
  paragraphs: ['LINEヤフーは27日、利用者や取引先などの情報約44万件が漏えいしたと発表した。', '同社は二次被害の報告はないとしている。'],
});

const EXPECTED = {
  ja: { heading: '数字のその後', now: 'その後 最大52万件に（2024年3月28日）', said: '約44万件', outdated: '記事の時点で古い情報' },
  en: { heading: 'What became of the figure', now: 'Since then: up to 520,000 records (28 Mar 2024)', said: '約44万件', outdated: 'Out of date when written' },
} as const;

async function violations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

for (const lang of ['ja', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${lang}, ${scheme} theme`, () => {
      test.use({ uiLanguage: lang, colorScheme: scheme });

      test('a revised figure gets a wavy mark and a card worded as an update', async ({ context, site }) => {
        site.pages.set('/update.html', ARTICLE);
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(site.url('/update.html'));
        await waitForMarks(page, 2);
        // marked as a correction (the wavy underline), like claim corrections
        await expect.poll(async () => (await highlightTexts(page))['chushaku-correction'] ?? []).toContain('約44万件');
        const at = await textRect(page, '約44万件');
        await page.mouse.move(at!.x, at!.y);
        await expect.poll(async () => (await cardText(page))?.text ?? '').toContain(EXPECTED[lang].now);
        const card = (await cardText(page))!;
        expect(card.text).toContain(EXPECTED[lang].heading);
        expect(card.text).toContain(EXPECTED[lang].said);
        // right on its date: never worded as an error
        expect(card.text).not.toContain(EXPECTED[lang].outdated);
      });

      test('the card with an update has no axe violations', async ({ context, site }) => {
        for (const [path, body] of Object.entries(await buildCardHarness())) site.pages.set(path, body);
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        for (const published of ['2023-11-28', '2024-05-01']) {
          const q = new URLSearchParams({ theme: scheme, lang, entity: 'inc-ly-leak', update: '約44万件', published });
          await page.goto(site.url(`/card.html?${q}`));
          await expect(page.locator('body[data-ready="1"]')).toHaveCount(1);
          const section = page.getByRole('region', { name: lang === 'ja' ? '記事のあとの情報' : 'Since the article' });
          await expect(section).toContainText(EXPECTED[lang].heading);
          // the later article repeats a figure revised before it was written: that one is out of date
          if (published === '2024-05-01') await expect(section).toContainText(EXPECTED[lang].outdated);
          else await expect(section).not.toContainText(EXPECTED[lang].outdated);
          expect(await violations(page), q.toString()).toEqual([]);
        }
      });
    });
  }
}
