/**
 * One Firefox launcher for the e2e suite: Debian's firefox-esr driven over WebDriver BiDi
 * with puppeteer-core (Playwright drives only its own patched Firefox, which cannot be
 * downloaded here), the Firefox build installed as a temporary add-on, and pages served
 * at a news site's address through puppeteer's request interception (./puppeteer-serve.ts),
 * as launch.ts and intercept.ts do for Chromium. Nothing reaches the network.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_BUILD = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv2');

/** Why a Firefox spec skips, or undefined when firefox-esr is here. */
export const firefoxMissing = existsSync(FIREFOX_PATH) ? undefined : `needs ${FIREFOX_PATH} (.ci/run installs firefox-esr)`;

/** Headless firefox-esr in Japanese with the Firefox build installed; the add-on's id is what the browser reported. */
export async function launchFirefox(): Promise<{ browser: Browser; addonId: string }> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`build the Firefox extension first (npm run build:firefox): ${FIREFOX_BUILD}`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'intl.locale.requested': 'ja' },
  });
  return { browser, addonId: await browser.installExtension(FIREFOX_BUILD) };
}
