/**
 * Where the extension's memory is, for `npm run bench` (scripts/bench-browser.ts): per
 * process of the benched browser (RSS, PSS, private dirty from /proc, grouped by process
 * type) and, inside the extension's process, per owner from Chromium's own memory dump
 * (ArrayBuffers, JS heaps of the workers and of the pages, malloc, Blink's GC heap), plus
 * the service worker's JS heap (which holds the tokenizer on Chrome) over the DevTools
 * protocol.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import type { HostProbe } from '../entrypoints/background/host';
import type { ServiceStats } from '../lib/service';

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

/** Every process of the extension in the browser started on `profileDir` (its extension process). */
export function extensionProcesses(profileDir: string): Proc[] {
  return browserProcesses(profileDir).filter((p) => kind(p) === 'extension');
}

/** extension, gpu, utility, renderer (tabs), browser (and zygotes) */
function kind(p: Proc): string {
  if (p.args.includes('--extension-process')) return 'extension';
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
 * Sends one DevTools command to each extension context `pick` names (the service worker:
 * the contexts DevTools lists), each in a session of its own (not
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

/** JS heap in use (MB) of the service worker. */
async function serviceWorkerHeap(context: BrowserContext): Promise<number> {
  const r = await askContexts(context, (t) => (t.type === 'service_worker' ? 'serviceWorker' : undefined), 'Runtime.getHeapUsage');
  return Number(r.get('serviceWorker')?.usedSize ?? 0) / 1048576;
}

/**
 * The product's release, now rather than after DICTIONARY_IDLE_MS: what the service's idle
 * timer does (entrypoints/background/host.ts), through the hook the background leaves on
 * its global for the bench and the e2e suite (entrypoints/background/index.ts). Throws if
 * no dictionary is loaded.
 */
export async function releaseAsIdle(context: BrowserContext): Promise<void> {
  if (!(await dictionaryLoaded(context))) throw new Error('release: no dictionary loaded');
  await context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as { chushakuHost: HostProbe }).chushakuHost.releaseAsIdle());
}

/** Whether the tokenizer host holds the dictionary (or is loading it). */
export async function dictionaryLoaded(context: BrowserContext): Promise<boolean> {
  const stats = await hostStats(context);
  return Boolean(stats?.loaded || stats?.loading);
}

/** Whether the background holds (or is reading) the dataset. */
export function datasetHeld(context: BrowserContext): Promise<boolean> {
  return context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as { chushakuHost: HostProbe }).chushakuHost.datasetHeld());
}

/** The tokenizer host's figures (lib/service.ts ServiceStats), undefined before its first load. */
export function hostStats(context: BrowserContext): Promise<ServiceStats | undefined> {
  return context.serviceWorkers()[0]!.evaluate(() => (globalThis as unknown as { chushakuHost: HostProbe }).chushakuHost.stats());
}

/**
 * The extension's processes' RSS (MB) once its service worker is stopped, as Chrome stops
 * an idle one (30 s without an event; never on its own here, DevTools being attached to
 * it): the dictionary released first if it is loaded, the worker stopped over DevTools,
 * then the processes read until they are gone or STOPPED_SETTLE_MS has passed.
 */
export async function rssAfterServiceWorkerStops(context: BrowserContext, profileDir: string): Promise<number> {
  if (context.serviceWorkers()[0] && (await dictionaryLoaded(context))) await releaseAsIdle(context);
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
    kb = extensionProcesses(profileDir).reduce((n, p) => n + p.rssKb, 0);
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
  const procs = browserProcesses(profileDir);
  const dump = await allocatorDump(context);
  const swHeap = await serviceWorkerHeap(context);
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
  add('ServiceWorkerHeapMB', swHeap);
  return f;
}

/** One line per stage: the extension process's private memory and its owners. */
export function printBreakdown(f: Record<string, number>): void {
  for (const stage of ['memoryEmpty', 'memoryLoaded', 'memoryReleased']) {
    const g = (k: string) => f[`${stage}${k}`] ?? 0;
    console.log(
      `    ${stage.slice(6).toLowerCase()}: extension process(es) ${g('ExtensionProcesses')}: RSS ${g('ExtensionRssMB')} MB, PSS ${g('ExtensionPssMB')}, private ${g('ExtensionPrivateMB')}; ` +
        `ArrayBuffers ${g('ArrayBuffersMB')}, JS heap of workers ${g('JsHeapWorkersMB')} (service worker in use ${g('ServiceWorkerHeapMB')}) and pages ${g('JsHeapPagesMB')}, ` +
        `malloc ${g('MallocMB')}, Blink GC ${g('BlinkGcMB')}; other processes: GPU ${g('GpuRssMB')}, utility ${g('UtilityRssMB')}, tabs ${g('RendererRssMB')}, browser ${g('BrowserRssMB')} MB RSS`,
    );
  }
}

/**
 * A full garbage collection in the service worker, as V8 does on its own in an idle worker
 * (its memory reducer, seconds after the last work). Right after the release the worker's
 * heap still holds the dataset it let go as garbage (15–18 MB, with 6 MB of array buffers:
 * npm run bench, 2026-11-30), so a figure read then says when V8 last collected, not what
 * the extension holds. The loaded figures are read after one too: one article page left
 * the extension's processes 225-228 MB of RSS 1 s and 12 s after it, and 192 MB 30 s
 * after it, once V8 had collected on its own (npm run bench:memory, SETTLE=30000,
 * 2026-12-01, when the tokenizer still ran in an offscreen document). The bench prints both.
 */
export async function collectServiceWorkerGarbage(context: BrowserContext): Promise<void> {
  await askContexts(context, (t) => (t.type === 'service_worker' ? 'serviceWorker' : undefined), 'HeapProfiler.collectGarbage');
}
