import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/launch';
const ext = process.env.EXT ?? join(process.cwd(), '.output', 'chrome-mv3');
for (let round = 0; round < 3; round++) {
  const ctx = await launchBrowser({ dir: mkdtempSync(join(tmpdir(), 'probe-')), extensionPath: ext });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  await new Promise((r) => setTimeout(r, 1500));
  const r = await sw.evaluate(async () => {
    const c = (globalThis as any).chrome;
    const t0 = performance.now();
    await c.offscreen.createDocument({ url: '/offscreen.html', reasons: ['WORKERS'], justification: 'x' });
    const t1 = performance.now();
    let res;
    for (let i = 0; i < 200; i++) {
      res = await c.runtime.sendMessage({ target: 'offscreen', type: 'warm' }).catch(() => undefined);
      if (res) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    const t2 = performance.now();
    let st;
    for (let i = 0; i < 400; i++) {
      await new Promise((r) => setTimeout(r, 25));
      st = await c.runtime.sendMessage({ target: 'offscreen', type: 'stats' });
      if (st?.lastLoadPhases?.readMs) break;
    }
    const t3 = performance.now();
    return { create: t1 - t0, firstAnswer: t2 - t1, loaded: t3 - t2, res, phases: st?.lastLoadPhases };
  });
  console.log(JSON.stringify(r));
  await ctx.close();
}
