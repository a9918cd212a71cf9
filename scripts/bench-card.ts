/**
 * Card open time for the bench (issue #15: "card open time unchanged within noise"):
 * from the pointer resting on a mark to the card host in the page, on a page whose
 * marks are already painted. It includes the hover intent delay (HOVER_INTENT_MS), the
 * background's ranking of the card's facts (lib/rank) and the card's first render.
 */
import type { BrowserContext } from '@playwright/test';

/** Hovers this many marks, one page load each: the median is reported. */
const HOVERS = 5;
/** A card slower than this is a failure of the run, not a figure. */
const CARD_TIMEOUT_MS = 10_000;

export async function cardOpenMs(context: BrowserContext, url: (i: number) => string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < HOVERS; i++) {
    const page = await context.newPage();
    await page.goto(url(i));
    await page.waitForFunction(() => [...(CSS.highlights as unknown as Map<string, Set<Range>>).values()].some((h) => h.size > 0), null, { timeout: 60_000 });
    // the i-th painted mark's first box, and the watchers of the pointer and the card host
    const at = await page.evaluate((n) => {
      const ranges = [...(CSS.highlights as unknown as Map<string, Set<AbstractRange>>).values()].flatMap((h) => [...h]);
      const r = ranges[n % ranges.length]!;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = live.getClientRects()[0]!;
      const w = window as unknown as { __moved?: number; __opened?: number };
      document.addEventListener('pointermove', (e) => (w.__moved ??= e.timeStamp), { capture: true });
      new MutationObserver(() => {
        if (document.querySelector('chushaku-card-host')) w.__opened ??= performance.now();
      }).observe(document.documentElement, { childList: true });
      return { x: box.left + Math.min(4, box.width / 2), y: box.top + box.height / 2 };
    }, i);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(() => (window as unknown as { __opened?: number }).__opened !== undefined, null, { timeout: CARD_TIMEOUT_MS });
    times.push(
      await page.evaluate(() => (window as unknown as { __opened: number; __moved: number }).__opened - (window as unknown as { __moved: number }).__moved),
    );
    await page.close();
  }
  return times;
}
