/**
 * Where the extension's memory is, for `npm run bench` (scripts/bench-browser.ts): per
 * process of the benched browser (the extension's: its extension process and the
 * tokenizer's sandboxed page's own process) (RSS, PSS, private dirty from /proc, grouped by process
 * type) and, inside the extension's process, per owner from Chromium's own memory dump
 * (ArrayBuffers, JS heaps of the workers and of the pages, malloc, Blink's GC heap), plus
 * each extension context's JS heap (service worker, offscreen document) over the DevTools
 * protocol. On Chrome the service worker and the offscreen document share one extension
 * process: only the owners tell them apart; the tokenizer's page runs in one of its own.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession } from '@playwright/test';

interface Proc {
  pid: number;
  ppid: number;
  rssKb: number;
  args: string;
}

/** Every process of the browser started on `profileDir` (the browser and its children). */
export function browserProcesses(profileDir: string): Proc[] {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
  const procs = out
    .split('\n')
    .map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rssKb: Number(m[3]), args: m[4]! }));
  const ours = new Set(procs.filter((p) => p.args.includes(`--user-data-dir=${profileDir}`) && !p.args.includes('--type=')).map((p) => p.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) if (!ours.has(p.pid) && ours.has(p.ppid)) grew = ours.add(p.pid).size > 0;
  }
  return procs.filter((p) => ours.has(p.pid));
}

/**
 * Processes of the extension's frames that Chromium runs apart from its extension process
 * (the tokenizer's sandboxed page: an opaque origin gets a renderer of its own, with no
 * --extension-process flag). Remembered once seen, so one still alive later still counts.
 */
const framePids = new Set<number>();

/**
 * The process of every frame of the offscreen document (its own and its child frames'),
 * from the frame list a trace of that document starts with (TracingStartedInBrowser).
 */
async function offscreenFramePids(context: BrowserContext): Promise<number[]> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    const target = targetInfos.find(isOffscreen);
    if (!target) return [];
    // as in askContexts: no complete trace in time, a new session and the trace again
    for (const t0 = Date.now(); Date.now() - t0 < CONTEXT_REPLY_MS;) {
      const attached = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false }).catch(() => undefined)) as
        { sessionId: string } | undefined;
      if (!attached) return [];
      const pids = await traceFrames(cdp, attached.sessionId);
      await cdp.send('Target.detachFromTarget', { sessionId: attached.sessionId }).catch(() => {});
      if (pids) return pids;
    }
    return [];
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** One short trace on `sessionId`: its frames' processes, or undefined if it did not complete in CONTEXT_ATTEMPT_MS. */
async function traceFrames(cdp: CDPSession, sessionId: string): Promise<number[] | undefined> {
  const pids: number[] = [];
  let onMessage: ((e: { sessionId: string; message: string }) => void) | undefined;
  let started: () => void = () => {};
  const start = new Promise<true>((resolve) => (started = () => resolve(true)));
  const complete = new Promise<boolean>((resolve) => {
    onMessage = (e) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as {
        id?: number;
        method?: string;
        params?: { value?: { name: string; args?: { data?: { frames?: { processId?: number }[] } } }[] };
      };
      if (m.id === 1) started();
      if (m.method === 'Tracing.dataCollected') {
        for (const ev of m.params?.value ?? [])
          if (ev.name === 'TracingStartedInBrowser') for (const f of ev.args?.data?.frames ?? []) if (f.processId) pids.push(f.processId);
      }
      if (m.method === 'Tracing.tracingComplete') resolve(true);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
  });
  const send = (id: number, method: string, params: object = {}) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
  try {
    const late = new Promise<false>((r) => setTimeout(() => r(false), CONTEXT_ATTEMPT_MS));
    await send(1, 'Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline'] } });
    // the end only once the start is done (an end sent at once stops a trace not yet begun)
    if (!(await Promise.race([start, late]))) return undefined;
    await send(2, 'Tracing.end');
    return (await Promise.race([complete, late])) ? pids : undefined;
  } finally {
    cdp.off('Target.receivedMessageFromTarget', onMessage!);
  }
}

/**
 * Every process of the extension in the browser started on `profileDir`: its extension
 * process(es) and its frames' processes of their own (the sandboxed tokenizer page).
 */
export async function extensionProcesses(context: BrowserContext, profileDir: string): Promise<Proc[]> {
  for (const pid of await offscreenFramePids(context)) framePids.add(pid);
  return browserProcesses(profileDir).filter((p) => kind(p) === 'extension');
}

/** extension (its extension process and its frames' own processes), gpu, utility, renderer (tabs), browser (and zygotes) */
function kind(p: Proc): string {
  if (p.args.includes('--extension-process') || framePids.has(p.pid)) return 'extension';
  const type = p.args.match(/--type=(\S+)/)?.[1];
  if (type === 'gpu-process') return 'gpu';
  if (type === 'utility') return 'utility';
  if (type === 'renderer') return 'renderer';
  return 'browser';
}

/** Pss and Private_Dirty in kB (0 when the process is gone or unreadable). */
function smaps(pid: number): { pssKb: number; privateKb: number } {
  try {
    const s = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return { pssKb: Number(s.match(/^Pss:\s+(\d+)/m)?.[1] ?? 0), privateKb: Number(s.match(/^Private_Dirty:\s+(\d+)/m)?.[1] ?? 0) };
  } catch {
    return { pssKb: 0, privateKb: 0 };
  }
}

export type Allocators = Record<string, { attrs?: Record<string, { value: string }> }>;

/** Chromium's memory dump (memory-infra): the allocators of every process, by pid. */
export async function allocatorDump(context: BrowserContext): Promise<Map<number, Allocators>> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const events: { ph: string; pid: number; args?: { dumps?: { allocators?: Allocators } } }[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  try {
    // no periodic dumps: one explicit dump, detailed (the allocators' own figures)
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-memory-infra'], memoryDumpConfig: { triggers: [] } } as never });
    await cdp.send('Tracing.requestMemoryDump' as never, { levelOfDetail: 'detailed' } as never);
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    await cdp.detach().catch(() => {});
  }
  const out = new Map<number, Allocators>();
  for (const e of events) if (e.ph === 'v' && e.args?.dumps?.allocators) out.set(e.pid, { ...out.get(e.pid), ...e.args.dumps.allocators });
  return out;
}

const sizeMb = (a: Allocators, name: string) => parseInt(a[name]?.attrs?.size?.value ?? '0', 16) / 1048576;

/**
 * Sends one DevTools command to each extension context `pick` names (the service worker,
 * the offscreen document: the contexts DevTools lists), each in a session of its own (not
 * flattened: Playwright owns the flattened ones); the replies by name, {} for none in time.
 */
async function askContexts(
  context: BrowserContext,
  pick: (t: { type: string; url: string }) => string | undefined,
  method: string,
  params: object = {},
): Promise<Map<string, Record<string, unknown>>> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const out = new Map<string, Record<string, unknown>>();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const replies = new Map<number, (r: Record<string, unknown>) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown> };
      if (m.id !== undefined) replies.get(m.id)?.(m.result ?? {});
    });
    let id = 0;
    for (const t of targetInfos) {
      const name = t.url.startsWith('chrome-extension://') ? pick(t) : undefined;
      if (!name) continue;
      // an answer may never come (a document closed before DevTools' answer left it, or a busy
      // machine): a new session and the command again, within the same time; none if it is gone
      for (let attempt = 0, t0 = Date.now(); !out.has(name) && Date.now() - t0 < CONTEXT_REPLY_MS; attempt++) {
        // gone meanwhile (a first attempt that did run and closed it): no answer
        const attached = (await cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false }).catch(() => undefined)) as
          { sessionId: string } | undefined;
        if (!attached) break;
        const { sessionId } = attached;
        const reply = new Promise<Record<string, unknown>>((r) => replies.set(++id, r));
        await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
        const r = await Promise.race([reply, new Promise<undefined>((r) => setTimeout(r, CONTEXT_ATTEMPT_MS))]);
        if (r) out.set(name, r);
        await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      }
      if (!out.has(name)) out.set(name, {});
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
  return out;
}

/** the tokenizer host (its address may carry a query: entrypoints/shared/protocol.ts LOAD_ON_START) */
const isOffscreen = (t: { url: string }) => t.url.split(/[?#]/)[0]!.endsWith('/offscreen.html');

/** JS heap in use (MB) of the service worker and the offscreen document. */
async function contextHeaps(context: BrowserContext): Promise<{ serviceWorker: number; offscreen: number }> {
  const r = await askContexts(
    context,
    (t) => (t.type === 'service_worker' ? 'serviceWorker' : isOffscreen(t) ? 'offscreen' : undefined),
    'Runtime.getHeapUsage',
  );
  const mb = (k: string) => Number(r.get(k)?.usedSize ?? 0) / 1048576;
  return { serviceWorker: mb('serviceWorker'), offscreen: mb('offscreen') };
}

/**
 * The product's release, now rather than after DICTIONARY_IDLE_MS: the offscreen document
 * tells the background its tokenizer went idle, as it does when the worker reports idle;
 * the background closes the document (so no answer comes back to it) and drops what it
 * held. Resolves once the document is gone.
 */
export async function releaseAsIdle(context: BrowserContext): Promise<void> {
  const sw = context.serviceWorkers()[0]!;
  const openDocuments = () =>
    sw.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).chrome;
      return (await c.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
    });
  if ((await openDocuments()) === 0) throw new Error('release: no offscreen document to send it');
  const expression = `(chrome.runtime.sendMessage({ type: 'offscreen-idle' }).catch(() => {}), true)`;
  // no answer is no failure: the background may close the document before DevTools' answer
  // leaves it (seen about one run in five, main's build too); the document's closing says it worked
  await askContexts(context, (t) => (isOffscreen(t) ? 'offscreen' : undefined), 'Runtime.evaluate', { expression, returnByValue: true });
  for (const t0 = Date.now(); ;) {
    if ((await openDocuments()) === 0) return;
    if (Date.now() - t0 > CONTEXT_REPLY_MS) throw new Error('release: the background did not close the offscreen document');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The extension's processes' RSS (MB) once its service worker is stopped, as Chrome stops
 * an idle one (30 s without an event; never on its own here, DevTools being attached to
 * it): the dictionary released first if it is loaded, the worker stopped over DevTools,
 * then the processes read until they are gone or STOPPED_SETTLE_MS has passed.
 */
export async function rssAfterServiceWorkerStops(context: BrowserContext, profileDir: string): Promise<number> {
  const sw = context.serviceWorkers()[0];
  const open = sw
    ? await sw.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).chrome;
        return (await c.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
      })
    : 0;
  if (open) await releaseAsIdle(context);
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable' as never);
    await cdp.send('ServiceWorker.stopAllWorkers' as never);
  } finally {
    await cdp.detach().catch(() => {});
  }
  let kb = 0;
  for (const t0 = Date.now(); Date.now() - t0 < STOPPED_SETTLE_MS; await new Promise((r) => setTimeout(r, 250))) {
    kb = (await extensionProcesses(context, profileDir)).reduce((n, p) => n + p.rssKb, 0);
    if (kb === 0) break;
  }
  return Math.round(kb / 1024);
}

/** How long a stopped service worker's process may take to exit (it took under 2 s, measured on a busy machine). */
const STOPPED_SETTLE_MS = 10_000;

/** How long a context may take to answer (a busy machine); one that does not answers {} (a heap then reads 0). */
const CONTEXT_REPLY_MS = 5_000;
/** How long one attempt waits for its answer (an answer comes in well under 0.1 s when it comes at all). */
const CONTEXT_ATTEMPT_MS = 1_000;

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * The figures at one moment, keys prefixed with `stage` (e.g. memoryLoaded…): RSS per
 * process kind; the extension process's PSS and private memory; its owners.
 */
export async function memoryBreakdown(context: BrowserContext, profileDir: string, stage: string): Promise<Record<string, number>> {
  await extensionProcesses(context, profileDir);
  const procs = browserProcesses(profileDir);
  const dump = await allocatorDump(context);
  const heaps = await contextHeaps(context);
  const f: Record<string, number> = {};
  const add = (k: string, v: number) => (f[`${stage}${k}`] = round((f[`${stage}${k}`] ?? 0) + v));
  const owners: [string, string][] = [
    ['ArrayBuffersMB', 'partition_alloc/partitions/array_buffer'],
    ['JsHeapWorkersMB', 'v8/workers'],
    ['JsHeapPagesMB', 'v8/main'],
    ['MallocMB', 'malloc'],
    ['BlinkGcMB', 'blink_gc'],
  ];
  // every key present even when its process is gone (the extension's after a release may be)
  for (const k of ['extension', 'gpu', 'utility', 'renderer', 'browser']) add(`${k[0]!.toUpperCase()}${k.slice(1)}RssMB`, 0);
  for (const k of ['ExtensionProcesses', 'ExtensionPssMB', 'ExtensionPrivateMB', ...owners.map(([key]) => key)]) add(k, 0);
  for (const p of procs) {
    const k = kind(p);
    add(`${k[0]!.toUpperCase()}${k.slice(1)}RssMB`, p.rssKb / 1024);
    if (k !== 'extension') continue;
    const s = smaps(p.pid);
    add('ExtensionProcesses', 1);
    add('ExtensionPssMB', s.pssKb / 1024);
    add('ExtensionPrivateMB', s.privateKb / 1024);
    const a = dump.get(p.pid) ?? {};
    for (const [key, name] of owners) add(key, sizeMb(a, name));
  }
  add('ServiceWorkerHeapMB', heaps.serviceWorker);
  add('OffscreenHeapMB', heaps.offscreen);
  return f;
}

/** One line per stage: the extension process's private memory and its owners. */
export function printBreakdown(f: Record<string, number>): void {
  for (const stage of ['memoryEmpty', 'memoryLoaded', 'memoryReleased']) {
    const g = (k: string) => f[`${stage}${k}`] ?? 0;
    console.log(
      `    ${stage.slice(6).toLowerCase()}: extension process(es) ${g('ExtensionProcesses')}: RSS ${g('ExtensionRssMB')} MB, PSS ${g('ExtensionPssMB')}, private ${g('ExtensionPrivateMB')}; ` +
        `ArrayBuffers ${g('ArrayBuffersMB')}, JS heap of workers ${g('JsHeapWorkersMB')} (service worker in use ${g('ServiceWorkerHeapMB')}) and pages ${g('JsHeapPagesMB')} (offscreen ${g('OffscreenHeapMB')}), ` +
        `malloc ${g('MallocMB')}, Blink GC ${g('BlinkGcMB')}; other processes: GPU ${g('GpuRssMB')}, utility ${g('UtilityRssMB')}, tabs ${g('RendererRssMB')}, browser ${g('BrowserRssMB')} MB RSS`,
    );
  }
}

/**
 * A full garbage collection in the service worker, as V8 does on its own in an idle worker
 * (its memory reducer, seconds after the last work). Right after the release the worker's
 * heap still holds the dataset it let go as garbage (15–18 MB, with 6 MB of array buffers:
 * npm run bench, 2026-11-30), so a figure read then says when V8 last collected, not what
 * the extension holds. The bench prints both.
 */
export async function collectServiceWorkerGarbage(context: BrowserContext): Promise<void> {
  await askContexts(context, (t) => (t.type === 'service_worker' ? 'serviceWorker' : undefined), 'HeapProfiler.collectGarbage');
}

/**
 * The same in every extension context that runs JS: the service worker, the offscreen
 * document and the tokenizer's worker. The loaded figure is read in that state, as the
 * released one is: 1 s after one article page the extension's processes held 225-228 MB
 * of RSS, 12 s after it the same, 30 s after it 192 MB, once V8 had collected on its own
 * (the tokenizer worker's young generation back from 14 MB to 1, 4.7 MB of ArrayBuffers
 * and 4 MB of Blink's string buffers freed; npm run bench:memory, 2026-12-01).
 */
export async function collectExtensionGarbage(context: BrowserContext): Promise<void> {
  await collectServiceWorkerGarbage(context);
  await inOffscreenDocument(context, 'HeapProfiler.collectGarbage');
}

/**
 * Sends one DevTools command to the offscreen document and to each worker it started,
 * and waits for their answers (each at most CONTEXT_REPLY_MS). A dedicated worker takes
 * no command from a session of its own (attached from the browser, it never answers):
 * it is reached through the document's session, which attaches to it (Target.setAutoAttach).
 * Returns how many contexts answered; 0 when no document is open.
 */
async function inOffscreenDocument(context: BrowserContext, method: string): Promise<number> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const doc = targetInfos.find((t) => t.url.startsWith('chrome-extension://') && isOffscreen(t));
    if (!doc) return 0;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: doc.targetId, flatten: false })) as { sessionId: string };
    const workers: string[] = [];
    const replies = new Map<number, () => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; method?: string; params?: { sessionId?: string; message?: string; targetInfo?: { type: string } } };
      if (m.method === 'Target.attachedToTarget' && m.params?.targetInfo?.type === 'worker') workers.push(m.params.sessionId!);
      // a worker's answer comes wrapped in the document's session
      const inner = m.method === 'Target.receivedMessageFromTarget' ? (JSON.parse(m.params!.message!) as { id?: number }) : m;
      if (inner.id !== undefined) replies.get(inner.id)?.();
    });
    let id = 0;
    const ask = async (wrap: (id: number) => object) => {
      const n = ++id;
      const reply = new Promise<boolean>((r) => replies.set(n, () => r(true)));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(wrap(n)) });
      return Promise.race([reply, new Promise<false>((r) => setTimeout(() => r(false), CONTEXT_REPLY_MS))]);
    };
    // the workers it has are attached (and announced) before this answer
    await ask((n) => ({ id: n, method: 'Target.setAutoAttach', params: { autoAttach: true, waitForDebuggerOnStart: false, flatten: false } }));
    let answered = (await ask((n) => ({ id: n, method }))) ? 1 : 0;
    for (const worker of workers) {
      // the wrapper's own answer and the worker's both come back; the worker's is awaited
      const inner = ++id;
      const done = new Promise<boolean>((r) => replies.set(inner, () => r(true)));
      await ask((n) => ({ id: n, method: 'Target.sendMessageToTarget', params: { sessionId: worker, message: JSON.stringify({ id: inner, method }) } }));
      if (await Promise.race([done, new Promise<false>((r) => setTimeout(() => r(false), CONTEXT_REPLY_MS))])) answered++;
    }
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    return answered;
  } finally {
    await cdp.detach().catch(() => {});
  }
}
