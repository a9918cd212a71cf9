import { describe, expect, it } from 'vitest';
import { defaults } from '../../entrypoints/shared/settings-model';
import { DEFAULT_MATCHES, grantedOrigins, onDefaultList, runsOn } from '../../entrypoints/shared/sites';

describe('sites', () => {
  it('reads the granted origins out of a permission grant, and ignores broad patterns', () => {
    expect(grantedOrigins(['https://www.example.co.jp/*', 'http://127.0.0.2:8080/*'])).toEqual(['https://www.example.co.jp', 'http://127.0.0.2:8080']);
    expect(grantedOrigins(['https://*/*', 'http://*/*', '<all_urls>', 'https://*.example.com/*', 'https://x.example/path/*'])).toEqual([]);
    expect(grantedOrigins(undefined)).toEqual([]);
  });

  it('the default list is https news sites only: no loopback host, nothing broad', () => {
    for (const p of DEFAULT_MATCHES) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(DEFAULT_MATCHES.join(' ')).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it('knows the default sites by scheme and host, on any port', () => {
    expect(onDefaultList('https://www.asahi.com/articles/x.html')).toBe(true);
    expect(onDefaultList('http://www.asahi.com/articles/x.html')).toBe(false);
    expect(onDefaultList('https://evil.asahi.com.example/')).toBe(false);
    expect(onDefaultList('http://127.0.0.1:8123/a.html')).toBe(false);
    expect(onDefaultList('http://localhost:3000/')).toBe(false);
    expect(onDefaultList('http://127.0.0.2:8123/a.html')).toBe(false);
    expect(onDefaultList('not a url')).toBe(false);
  });

  it('runs on default sites and on added ones, unless turned off', () => {
    const s = defaults();
    expect(runsOn(s, 'https://mainichi.jp/a')).toBe(true);
    expect(runsOn(s, 'http://127.0.0.2:8123/a')).toBe(false);
    expect(runsOn({ ...s, addedSites: ['127.0.0.2:8123'] }, 'http://127.0.0.2:8123/a')).toBe(true);
    // removed again: off in its open tabs too
    expect(runsOn({ ...s, addedSites: [] }, 'http://127.0.0.2:8123/a')).toBe(false);
    expect(runsOn({ ...s, disabledSites: ['mainichi.jp'] }, 'https://mainichi.jp/a')).toBe(false);
    expect(runsOn({ ...s, enabled: false }, 'https://mainichi.jp/a')).toBe(false);
  });
});
