/**
 * One browser launcher for the e2e suite, the bench and the demo: Debian's Chromium
 * (Playwright downloads nothing) with an unpacked extension loaded in a fresh profile,
 * no background traffic of its own, and optionally Chromium's net log; and the same
 * browser driven without DevTools on the extension's service worker (launchUnwatched).
 */
import { chromium, type BrowserContext, type BrowserContextOptions } from '@playwright/test';
import { join } from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** the unpacked extension (a folder with manifest.json); none for a bare browser */
  extensionPath?: string;
  /** the profile lives here */
  dir: string;
  uiLanguage?: 'ja' | 'en';
  headless?: boolean;
  /** write Chromium's net log here, to prove what was requested */
  netlogFile?: string;
  viewport?: { width: number; height: number } | null;
  /** more environment (e.g. DISPLAY for a headful browser on its own X server) */
  env?: Record<string, string>;
  args?: string[];
  /** a device to emulate (a phone's viewport and touch screen) */
  device?: Pick<BrowserContextOptions, 'viewport' | 'hasTouch' | 'isMobile' | 'deviceScaleFactor'>;
}

export async function launchBrowser(o: LaunchOptions): Promise<BrowserContext> {
  const lang = o.uiLanguage ?? 'ja';
  return chromium.launchPersistentContext(join(o.dir, 'profile'), {
    ...o.device,
    executablePath: CHROMIUM_PATH,
    headless: o.headless ?? true,
    locale: lang === 'ja' ? 'ja-JP' : 'en-US',
    // Chromium on Linux takes its UI language (chrome.i18n) from LANGUAGE, not --lang
    env: { ...process.env, ...o.env, LANGUAGE: lang },
    ...(o.viewport !== undefined ? { viewport: o.viewport } : {}),
    args: chromiumArgs(o),
  });
}

/** The command line every launch here gives Chromium. */
function chromiumArgs(o: Pick<LaunchOptions, 'uiLanguage' | 'netlogFile' | 'args' | 'extensionPath'>): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${o.uiLanguage ?? 'ja'}`,
    ...(o.netlogFile ? [`--log-net-log=${o.netlogFile}`] : []),
    ...(o.args ?? []),
    ...(o.extensionPath ? [`--disable-extensions-except=${o.extensionPath}`, `--load-extension=${o.extensionPath}`] : []),
  ];
}

/**
 * The same Chromium, driven by puppeteer-core with no DevTools session on any service
 * worker. Playwright attaches to every service worker it sees, and Chromium never stops a
 * worker DevTools is attached to, so only a browser launched this way shows the worker's
 * life as a reader's browser lives it (stopped after 30 s without events). The workers
 * can still be listed (`Target.getTargets` from the browser's own session attaches to none).
 */
export async function launchUnwatched(o: Pick<LaunchOptions, 'dir' | 'extensionPath'>): Promise<PuppeteerBrowser> {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    userDataDir: join(o.dir, 'profile'),
    env: { ...process.env, LANGUAGE: 'ja' } as Record<string, string>,
    args: chromiumArgs(o),
    targetFilter: (t) => t.type() !== 'service_worker',
  });
}
