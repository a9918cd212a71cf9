import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'annotate.ts'), ...args], { encoding: 'utf8', cwd: root });

describe('annotate CLI', () => {
  it('prints exactly the documented JSON with offsets into the file text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chushaku-'));
    const file = join(dir, 'a.txt');
    const text = '前文\n個人情報保護委員会は、LINEプラスに報告を求めた。';
    writeFileSync(file, text);
    const r = run('--json', file);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['mentions', 'corrections']);
    expect(out.mentions.length).toBeGreaterThan(0);
    for (const m of out.mentions) {
      expect(Object.keys(m)).toEqual(['start', 'end', 'text', 'entity', 'category']);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(out.mentions.map((m: { entity: string }) => m.entity)).toEqual(['gov-ppc', 'org-lineplus']);
  });

  it('lists update notes under corrections with a kind, and claim corrections with kind claim', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chushaku-'));
    const file = join(dir, 'u.txt');
    const text = 'LINEヤフーは、利用者らの情報約44万件が漏えいしたと発表した。';
    writeFileSync(file, text);
    const out = JSON.parse(run('--json', '--date', '2023-11-28', file).stdout);
    const c = out.corrections.find((x: { kind: string }) => x.kind === 'figure');
    expect(c).toMatchObject({ text: '約44万件', claim: 'update:inc-ly-leak', verdict: 'updated-since', kind: 'figure' });
    expect(text.slice(c.start, c.end)).toBe('約44万件');
    expect(c.note.now).toMatchObject({ date: '2024-03-28', quantity: { measure: 'records', value: 520000 } });
    const seed = join(dir, 's.txt');
    writeFileSync(seed, '「Letter Sealing」をONにしていれば、投稿した内容はLINEの運営側すらも読めなくなります。');
    const claims = JSON.parse(run('--json', seed).stdout).corrections;
    expect(claims.map((x: { kind: string; claim: string }) => [x.kind, x.claim])).toEqual([['claim', 'e9-letter-sealing-unreadable']]);
  });

  it('reads HTML: extracted text, and the date from meta tags', () => {
    const r = run(join(root, 'tests', 'fixtures', 'pages', 'article.html'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(article date 2021-03-23)');
    expect(r.stdout).toContain('出澤剛');
    expect(r.stdout).not.toContain('LINEドクター'); // form fields are not article text
  });

  it('fails with one line and exit 2 on a missing file', () => {
    const r = run('--json', '/no/such/file.txt');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('annotate: cannot read /no/such/file.txt: no such file');
    expect(r.stdout).toBe('');
  });

  it('fails with exit 2 on a directory, a bad date, or no file', () => {
    expect(run(root).status).toBe(2);
    const bad = run('--date', '2021-02-30', 'x.txt');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^annotate: bad date "2021-02-30"/);
    expect(run('--date').status).toBe(2);
    expect(run().status).toBe(2);
    expect(run('--jsn', 'x.txt').stderr).toMatch(/unknown option --jsn/);
  });
});
