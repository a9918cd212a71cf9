import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHES, grantedOrigins } from '../../lib/sites';

describe('sites', () => {
  it('reads the granted origins out of a permission grant, and ignores broad patterns', () => {
    expect(grantedOrigins(['https://www.example.co.jp/*', 'http://127.0.0.2:8080/*'])).toEqual(['https://www.example.co.jp', 'http://127.0.0.2:8080']);
    expect(grantedOrigins(['https://*/*', 'http://*/*', '<all_urls>', 'https://*.example.com/*', 'https://x.example/path/*'])).toEqual([]);
    expect(grantedOrigins(undefined)).toEqual([]);
  });

  it('the default list is https news sites plus the local test hosts, nothing broad', () => {
    for (const p of DEFAULT_MATCHES) expect(p).toMatch(/^(https:\/\/[a-z0-9.-]+|http:\/\/(127\.0\.0\.1|localhost))\/\*$/);
  });
});
