import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { EXTENSION_DIR } from './fixtures';

test('the built manifest asks for the fewest permissions and sets a strict CSP', () => {
  const m = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect([...m.permissions].sort()).toEqual(['activeTab', 'offscreen', 'scripting', 'storage']);
  expect(m.host_permissions ?? []).toEqual([]);
  expect(JSON.stringify(m)).not.toContain('<all_urls>');
  expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  const csp = m.content_security_policy.extension_pages as string;
  expect(csp.split('; ')[0]).toBe("default-src 'self'");
  // frames: only our own pages (the offscreen document frames the tokenizer's sandboxed page)
  for (const d of ["script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-src 'self'", "form-action 'none'"])
    expect(csp.split('; ')).toContain(d);
  // the one sandboxed page (the tokenizer, in a process of its own): scripts only, our own files only, nothing else
  expect(m.sandbox).toEqual({ pages: ['tokenizer.html'] });
  const sandbox = (m.content_security_policy.sandbox as string).split('; ');
  expect(sandbox[0]).toBe('sandbox allow-scripts');
  expect(sandbox[1]).toBe("default-src 'none'");
  for (const d of ["script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-src 'none'", "form-action 'none'"])
    expect(sandbox).toContain(d);
  expect(sandbox.join('; ')).not.toMatch(/unsafe|allow-same-origin|allow-popups|allow-forms|allow-top-navigation|allow-modals/);
  // one web-accessible file: the content script's marks, imported by it once a page has
  // something to mark (entrypoints/reader/load-marks.ts), at a per-session address
  expect(m.web_accessible_resources).toEqual([{ resources: ['reader-marks.js'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }]);
  // no other extension or web page may connect (an absent key would let every extension)
  expect(m.externally_connectable).toEqual({ ids: [] });
  for (const cs of m.content_scripts) expect(cs.matches.every((p: string) => p.startsWith('https://'))).toBe(true);
});

test("the built manifests name no loopback site: the content script never runs on a reader's local servers", () => {
  for (const dir of [EXTENSION_DIR, join(EXTENSION_DIR, '..', 'firefox-mv2')]) {
    const text = readFileSync(join(dir, 'manifest.json'), 'utf8');
    expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
  }
});
