// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findArticle, headline, linkDensity } from '../../lib/dom/article';
import { extractText } from '../../lib/dom/extract';
import { SITE_RULES } from '../../lib/dom/site-rules';
import { NEWS_SITES } from '../../entrypoints/shared/sites';
import { allSiteTemplates, siteTemplate, TEMPLATE_ARTICLE } from '../fixtures/site-templates';

const load = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

/** The article found, or a failed test. */
function found(doc: Document, url: string) {
  const a = findArticle(doc, url);
  if (!a.roots) throw new Error(`no article: ${a.reason}`);
  return a;
}

/** The article's text as the content script reads it. */
function articleText(html: string, url: string): string | undefined {
  const found = findArticle(load(html), url);
  return found.roots ? extractText(found.roots, { exclude: found.skip }).text : undefined;
}

/** Furniture text in the templates: none of it is article. */
const FURNITURE = [
  'ニュース',
  'アクセスランキング',
  'ソフトバンク',
  '金融庁',
  '関連記事',
  '続きを読む',
  'LINEで送る',
  '（ｃ）',
  'おすすめ',
  'Copyright',
  '注目の記事',
  'PR',
];

describe('site rules', () => {
  it('every default site has a rule, and every rule names only default sites', () => {
    const hosts = NEWS_SITES.map((p) => new URL(p.replace(/\*$/, '')).hostname);
    const ruled = SITE_RULES.flatMap((r) => r.hosts);
    expect(hosts.filter((h) => !ruled.includes(h))).toEqual([]);
    expect(ruled.filter((h) => !hosts.includes(h))).toEqual([]);
  });

  // one test per default site: its template's headline, lead and body are read, nothing else
  for (const t of allSiteTemplates()) {
    it(`${t.host}: reads the headline, lead and body and leaves out the furniture`, () => {
      const text = articleText(t.html, t.url)!;
      expect(text).toBeDefined();
      for (const s of [TEMPLATE_ARTICLE.title, TEMPLATE_ARTICLE.lead, ...TEMPLATE_ARTICLE.paragraphs]) expect(text).toContain(s);
      for (const f of FURNITURE) expect(text, f).not.toContain(f);
    });
  }

  it('each part of a multi-page article is read as an article, without its page links', () => {
    for (const n of [1, 2]) {
      const t = siteTemplate('www.itmedia.co.jp', { page: { n, of: 2 }, paragraphs: TEMPLATE_ARTICLE.paragraphs.map((p) => `${p}（${n}ページ目）`) });
      const text = articleText(t.html, t.url)!;
      expect(text).toContain(`謝罪した。（${n}ページ目）`);
      expect(text).not.toMatch(/^\s*[12]\s*$/m);
    }
  });
});

describe('generic detector', () => {
  const para = (s: string, n = 3) =>
    Array.from({ length: n }, (_, i) => `<p>${s}その${i + 1}。個人情報の扱いについて、専門家は慎重な検討が必要だと述べた。</p>`).join('');

  it('takes itemprop="articleBody" first', () => {
    const doc = load(`<title>見出し</title><div>${para('前置き')}</div><div itemprop="articleBody"><p>本文です。</p></div>`);
    expect(found(doc, 'https://blog.example.jp/a').how).toBe('itemprop');
  });

  it('an element marked as the body counts only with text outside its scripts and styles, however deep', () => {
    const url = 'https://blog.example.jp/a';
    // text deep inside, after empty branches: found
    const deep = load(`<div itemprop="articleBody"><div><span></span> </div><div><b><i>本文です。</i></b></div></div>`);
    expect(found(deep, url).how).toBe('itemprop');
    // only code and white space: not the body; the paragraphs are scored instead
    const code = `<div itemprop="articleBody"> <script>var a = "本文";</script><div><style>.x{}</style>\n</div></div>`;
    const doc = load(`${code}<div id="content"><div id="text">${para('本文', 4)}</div></div>`);
    const a = found(doc, url);
    expect(a.how).toBe('paragraphs');
    expect(a.roots.map((r) => r.id)).toEqual(['text']);
    // the same for a lone article element
    const lone = load(`<article><script>x()</script> </article><div id="content"><div id="text">${para('本文', 4)}</div></div>`);
    expect(found(lone, url).how).toBe('paragraphs');
  });

  it('takes the article element with the most paragraph text among several', () => {
    const doc = load(
      `<article><p><a href="/1">短い見出しへのリンク</a></p></article><article id="main">${para('本文', 4)}</article><article><p>短い紹介文。</p></article>`,
    );
    const a = findArticle(doc, 'https://blog.example.jp/a');
    expect(a.roots?.map((r) => r.id)).toEqual(['main']);
  });

  it('scores paragraphs (Readability-style) where no element marks the article', () => {
    const doc = load(
      `<div id="nav">${para('メニュー', 1).replace(/<p>/g, '<p><a href="/">').replace(/<\/p>/g, '</a></p>')}</div><div id="content"><div id="text">${para('本文', 4)}</div></div>`,
    );
    const a = found(doc, 'https://blog.example.jp/a');
    expect(a.how).toBe('paragraphs');
    expect(a.roots.map((r) => r.id)).toEqual(['text']);
  });

  it('a top page or list page (teasers, links) is not an article, and says so', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<article><h2><a href="/n/${i}">LINE関連ニュース${i}</a></h2><p>総務省が発表。</p></article>`).join(
      '',
    );
    expect(findArticle(load(`<title>トップ</title><nav><a href="/">LINE</a></nav>${teasers}`), 'https://www.asahi.com/').roots).toBeNull();
    expect(findArticle(load(`<ul>${'<li><a href="/x">ソフトバンクの記事一覧</a></li>'.repeat(50)}</ul>`), 'https://blog.example.jp/').roots).toBeNull();
    const r = findArticle(load('<p>短い。</p>'), 'https://blog.example.jp/');
    expect(r).toEqual({ roots: null, reason: 'not-article' });
  });

  it('a site whose rule matches nothing (a redesign) falls back to the generic detector', () => {
    expect(found(load(`<article>${para('本文')}</article>`), 'https://www.yomiuri.co.jp/x').how).toBe('article');
  });

  it('the headline is the longest heading found in the page title, wherever it sits', () => {
    const doc = load('<title>新制度が始まる - テスト新聞</title><header><h1><a href="/">テスト新聞</a></h1><h1>新制度が始まる</h1></header>');
    expect(headline(doc)?.textContent).toBe('新制度が始まる');
  });

  it('link-dense blocks are never read, prose with a link is', () => {
    const doc = load(
      '<article><p>総務省は<a href="/x">報告書</a>を公表し、説明した。</p><ul><li><a href="/1">LINEの記事</a></li><li><a href="/2">金融庁の記事</a></li></ul></article>',
    );
    expect(linkDensity(doc.querySelector('p')!)).toBeLessThan(0.5);
    const a = found(doc, 'https://blog.example.jp/a');
    const text = extractText(a.roots, { exclude: a.skip }).text;
    expect(text).toContain('報告書を公表し');
    expect(text).not.toContain('LINEの記事');
  });

  it('ignores style text inside the body (styled components) when weighing links', () => {
    const doc = load(
      `<article><div id="box"><a href="/x"><style>${'.a{margin:0}'.repeat(100)}</style>画像</a><p>${'本文の文章です。'.repeat(20)}</p></div></article>`,
    );
    expect(linkDensity(doc.getElementById('box')!)).toBeLessThan(0.5);
  });
});
