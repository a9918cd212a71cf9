import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { EXTENSION_DIR } from './fixtures';

test('the built manifest asks for the fewest permissions and sets a strict CSP', () => {
  const m = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  expect(m.host_permissions ?? []).toEqual([]);
  expect(JSON.stringify(m)).not.toContain('<all_urls>');
  expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  const csp = m.content_security_policy.extension_pages as string;
  expect(csp.split('; ')[0]).toBe("default-src 'self'");
  for (const d of ["script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-src 'none'", "form-action 'none'"])
    expect(csp.split('; ')).toContain(d);
  // one web-accessible file, at a per-session address: the content script's card,
  // imported once a page's marks are up (entrypoints/reader/load-card.ts)
  expect(m.web_accessible_resources).toEqual([{ resources: ['reader-card.js'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }]);
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
