/**
 * News-like test pages built from the seed articles in ../shared/corpus (and small
 * pages of our own for cases they lack), served at a news site's address through request interception (tests/support).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(process.env.CHUSHAKU_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Records the page's own text before any extension runs, for the unchanged-text check. */
const RECORD = `<script>document.addEventListener('DOMContentLoaded', () => { window.__initialText = document.body.textContent; window.__initialHtml = document.body.innerHTML; });</script>`;

export function articlePage(opts: { title: string; published?: string; paragraphs: string[]; extraBody?: string; head?: string }): string {
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8">
${opts.published ? `<meta property="article:published_time" content="${opts.published}T09:00:00+09:00">` : ''}
<title>${escapeHtml(opts.title)}</title>
<style>body{font:16px/1.8 sans-serif;max-width:760px;margin:24px auto;padding:0 16px} header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;z-index:1000}</style>
${opts.head ?? ''}
</head><body>
<header><nav>ニュース | 経済 | テクノロジー | ログイン</nav></header>
<article>
<h1>${escapeHtml(opts.title)}</h1>
${opts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
${opts.extraBody ?? ''}
<footer>© テスト新聞社</footer>
${RECORD}
</body></html>`;
}

export function seedPage(name: 'seed-000' | 'seed-001'): string | undefined {
  const file = join(SHARED, 'corpus', `${name}.txt`);
  if (!existsSync(file)) return undefined;
  const gold = JSON.parse(readFileSync(join(SHARED, 'corpus', 'gold', `${name}.json`), 'utf8')) as { published: string };
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return articlePage({ title: lines[0]!, published: gold.published, paragraphs: lines.slice(1) });
}

export const PAGES: Record<string, () => string | undefined> = {
  '/seed-000.html': () => seedPage('seed-000'),
  '/seed-001.html': () => seedPage('seed-001'),
  '/short.html': () =>
    articlePage({
      title: 'LINE、中国からのアクセス遮断',
      published: '2021-03-23',
      paragraphs: [
        'LINEの出澤剛社長は23日に記者会見し、謝罪した。',
        '個人情報保護委員会は報告を求めていた。',
        '「Letter Sealing」をONにしていれば、投稿した内容はLINEの運営側すらも読めなくなります。',
      ],
    }),
  '/none.html': () =>
    articlePage({
      title: '今日の天気',
      paragraphs: Array.from({ length: 200 }, (_, i) => `晴れのち曇り。気温は${10 + (i % 15)}度で、風はやや強い見込みです。洗濯物は午前中に。`),
    }),
  '/late.html': () =>
    articlePage({
      title: '続報',
      published: '2021-03-25',
      paragraphs: ['続報を待っている。'],
      extraBody: `<script>setTimeout(() => { const p = document.createElement('p'); p.textContent = 'LINEヤフーは2023年に発足した。'; document.querySelector('article').append(p); }, 800);</script>`,
    }),
};
