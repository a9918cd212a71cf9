/**
 * A long article's first screen is asked for apart and marked as soon as its answer is
 * in, then the whole article (entrypoints/reader/chunks.ts): the first marks do not wait
 * for the rest to be tokenised, and the page ends with every mark, as if asked at once.
 */
import { articlePage } from '../../scripts/sample-pages';
import { FIRST_REQUEST_CHARS } from '../../entrypoints/shared/limits';
import { expect, highlightTexts, test, toContent, waitForAllMarks } from './fixtures';

// candidate text (it names an entry), so the blocks go to the background, not only the ones with the names checked below
const FILLER = '金融庁の担当者は記者会見で、今後の対応について説明した。'.repeat(10);

test("a long article's first screen is marked first; the whole article's marks follow, the family name + title resolved across both", async ({
  context,
  site,
  sw,
}) => {
  const paragraphs = ['LINEの出澤剛社長は記者会見で、個人情報保護委員会に報告したと述べた。', ...Array.from({ length: 16 }, () => FILLER)];
  expect(paragraphs.join('').length).toBeGreaterThan(FIRST_REQUEST_CHARS * 2);
  // past the first screen, in a section of its own (a mark per section by default): a
  // family name + title that stands for the person named in the first paragraph
  const late = '<h2>その後</h2><p>出澤社長はまた、総務省にも報告したと述べた。</p></article>';
  site.pages.set('/long.html', articlePage({ title: 'LINE', paragraphs }).replace('</article>', late));
  const page = await context.newPage();
  await page.goto(site.url('/long.html'));
  await waitForAllMarks(sw, page);
  const perf = (await toContent(sw, page, { type: 'stats' }))!.perf!;
  expect(perf.markedAt).toBeGreaterThan(0);
  expect(perf.markedAt).toBeLessThan(perf.allMarkedAt);
  const texts = Object.values(await highlightTexts(page)).flat();
  expect(texts).toEqual(expect.arrayContaining(['出澤剛', '個人情報保護委員会', '出澤社長', '総務省']));
});
