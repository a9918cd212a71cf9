/**
 * Where each default news site puts its article, as data: the body (selectors tried in
 * order, the first that matches wins; every match of it is read, in document order),
 * the headline and lead where they sit outside the body, and what to leave out inside
 * it. A site whose selectors match nothing (a redesign, a top page) falls back to the
 * generic detector (./article.ts), which also leaves out link lists, captions, share
 * bars, related boxes, ads and tag lists on every site.
 *
 * `seen` says where a selector was read: `saved page` = one of the real pages in
 * ../shared/pages (body.json and the page's own markup); `template` = written for the
 * site's template in tests/fixtures/sites from the site's known layout, not checked
 * against a saved page (the generic detector covers it if the site differs).
 */
export interface SiteRule {
  /** host names the rule applies to (exact) */
  hosts: readonly string[];
  body: readonly string[];
  /** headline and lead outside the body (the page's title h1 is found without this) */
  head?: readonly string[];
  /** parts inside the body that are not the article */
  exclude?: readonly string[];
  seen: 'saved page' | 'template';
}

/** Furniture that sits inside article bodies on every site, by element or class/id word. */
export const COMMON_EXCLUDE = [
  'figcaption',
  'figure figcaption',
  '[class*="caption" i]',
  '[class*="credit" i]',
  '[class*="share" i]',
  '[class*="sns" i]',
  '[class*="related" i]',
  '[class*="recommend" i]',
  '[class*="ranking" i]',
  '[class*="readmore" i]',
  '[class*="read-more" i]',
  '[class*="tag-list" i]',
  '[class*="taglist" i]',
  '[class*="keyword" i]',
  '[class*="advert" i]',
  '[class*="sponsor" i]',
  '[id*="advert" i]',
  '[class*="pagination" i]',
  '[class*="pager" i]',
  '[class*="breadcrumb" i]',
  // ads by class or id word: "ad", "ads", "ad-…", "ad_…", "…-ad", "pr" (not "head", "read")
  '[class~="ad"]',
  '[class~="ads"]',
  '[class~="pr"]',
  '[class^="ad-"]',
  '[class*=" ad-"]',
  '[class^="ad_"]',
  '[class*=" ad_"]',
  '[class$="-ad"]',
  '[id^="ad-"]',
  '[id^="ad_"]',
  '[id*="gpt" i]',
] as const;

export const SITE_RULES: readonly SiteRule[] = [
  {
    hosts: ['www3.nhk.or.jp', 'news.web.nhk'],
    body: ['#js-article-body', '.content--detail-body', '#news_textbody'],
    head: ['.article-main__title', '.content--title', '.content--summary'],
    seen: 'saved page',
  },
  { hosts: ['www.asahi.com'], body: ['div._2rW9J', '.nfyQp', '[class*="ArticleText" i]'], head: ['.VPrPX h1'], seen: 'saved page' },
  {
    hosts: ['www.yomiuri.co.jp'],
    body: ['div.p-main-contents'],
    head: ['.article-header h1'],
    exclude: ['.p-related-articles', '.p-article-tag'],
    seen: 'saved page',
  },
  {
    hosts: ['mainichi.jp'],
    body: ['section#articledetail-body'],
    head: ['.articledetail-head h1'],
    exclude: ['.articledetail-image-caption'],
    seen: 'saved page',
  },
  {
    hosts: ['www.nikkei.com'],
    body: ['section.container_cz8tiun', '[class^="container_"][data-track-article-body]', 'article section[class*="container"]'],
    head: ['[class^="Headline_"] h1'],
    seen: 'saved page',
  },
  { hosts: ['xtech.nikkei.com'], body: ['.p-article_body', '.article-body'], head: ['.p-articleHeader h1', '.p-articleHeader_lead'], seen: 'template' },
  { hosts: ['www.sankei.com'], body: ['div.article-body'], seen: 'saved page' },
  { hosts: ['www.jiji.com'], body: ['.ArticleText', '.article-text'], head: ['.ArticleTitle h1'], seen: 'template' },
  { hosts: ['www.47news.jp', 'nordot.app'], body: ['.post_body', '.article-body'], head: ['.post_title', '.article-title'], seen: 'template' },
  {
    hosts: ['www.itmedia.co.jp'],
    body: ['div#cmsBody'],
    head: ['#cmsTitle h1', '#cmsAbstract'],
    exclude: ['#cmsByline', '.cmsBodyCtrlTop', '.cmsBodyMainLink', '.colBoxIndex', '.colBoxRelatedArticle'],
    seen: 'saved page',
  },
  {
    hosts: ['www.watch.impress.co.jp', 'k-tai.watch.impress.co.jp', 'internet.watch.impress.co.jp'],
    body: ['.main-contents.mainContents', '.main-contents'],
    head: ['.article .title h1'],
    seen: 'template',
  },
  { hosts: ['news.yahoo.co.jp'], body: ['div.article_body', '[class*="article_body"]'], exclude: ['[class*="ArticleImageCaption"]'], seen: 'saved page' },
  { hosts: ['japan.cnet.com', 'japan.zdnet.com'], body: ['.article_body', '#article-body'], head: ['.leaf-headline-title'], seen: 'template' },
  { hosts: ['www.tokyo-np.co.jp'], body: ['.Detail-body', '.block.article-body'], head: ['.Detail-head h1'], seen: 'template' },
  { hosts: ['toyokeizai.net'], body: ['#article-body-inner', '.article-body-inner'], head: ['.article-header h1', '.article-header .lead'], seen: 'template' },
];

const BY_HOST = new Map(SITE_RULES.flatMap((r) => r.hosts.map((h) => [h, r] as const)));

export function siteRule(host: string): SiteRule | undefined {
  return BY_HOST.get(host);
}
