/**
 * The first marks need only the dataset's matching half (entrypoints/background/kb-store.ts):
 * with the background's read of the cards half held back, a page is marked; a card hovered
 * meanwhile waits for that half (never an empty card), and the update notes, which compare
 * the article with the entries' facts, come once it is read.
 */
import type { Worker } from '@playwright/test';
import { articlePage } from '../../scripts/sample-pages';
import { KB_CARDS_FILE } from '../../entrypoints/shared/kb-files';
import { cardText, expect, highlightTexts, test, textRect, waitForMarks } from './fixtures';

// as in ./updates.spec.ts: the leak's first count, which rose to 52万 later
const ARTICLE = articlePage({
  title: 'LINEヤフー、不正アクセスで情報漏えい',
  published: '2023-11-28',
  paragraphs: ['LINEヤフーは27日、利用者や取引先などの情報約44万件が漏えいしたと発表した。', '同社は二次被害の報告はないとしている。'],
});

/** Holds the service worker's reads of `file` until releaseRead(); resolves once installed. */
async function holdRead(sw: Worker, file: string): Promise<void> {
  await sw.evaluate((name) => {
    const g = globalThis as unknown as { fetch: typeof fetch; __release?: () => void; __held?: number };
    const real = g.fetch.bind(g);
    const gate = new Promise<void>((r) => (g.__release = r));
    g.__held = 0;
    g.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input instanceof Request ? input.url : input).endsWith(`/${name}`)) return real(input, init);
      g.__held!++;
      return gate.then(() => real(input, init));
    };
  }, file);
}

const heldReads = (sw: Worker) => sw.evaluate(() => (globalThis as unknown as { __held: number }).__held);
const releaseRead = (sw: Worker) => sw.evaluate(() => (globalThis as unknown as { __release: () => void }).__release());

test('marks come while the cards half is still being read; a card hovered meanwhile waits for it, and the update note follows', async ({
  context,
  site,
  sw,
}) => {
  await holdRead(sw, KB_CARDS_FILE);
  site.pages.set('/update.html', ARTICLE);
  const page = await context.newPage();
  await page.goto(site.url('/update.html'));
  await waitForMarks(page, 1);
  // the background asked for the cards half and is still waiting for it
  expect(await heldReads(sw)).toBe(1);
  const marks = await highlightTexts(page);
  expect(marks['chushaku-organization']).toContain('LINEヤフー');
  expect(marks['chushaku-correction'] ?? []).not.toContain('約44万件');
  // a card asked for now waits: no card opens without its facts
  const at = await textRect(page, 'LINEヤフー');
  await page.mouse.move(at!.x, at!.y);
  await page.waitForTimeout(1000);
  expect(await cardText(page)).toBeUndefined();
  await releaseRead(sw);
  await expect.poll(async () => (await cardText(page))?.text ?? '').toContain('LINEヤフー');
  expect((await cardText(page))!.text.length).toBeGreaterThan('LINEヤフー'.length + 20);
  // the update note, asked for again once the whole dataset is read
  await expect.poll(async () => (await highlightTexts(page))['chushaku-correction'] ?? []).toContain('約44万件');
  // marked again with it, under the resting pointer: the open card stays
  expect((await cardText(page))?.text).toContain('LINEヤフー');
});
