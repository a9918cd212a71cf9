/**
 * Where the content script runs without asking: major Japanese news sites, nothing else
 * (the tests, the bench and the demo serve their pages at news-site addresses through
 * the browser's request interception, so no loopback site is listed). Other sites are
 * added by the reader through optional host permissions. Never <all_urls>: the
 * extension should not see pages it has no use for.
 */
import { activeOn, type Settings } from './settings-model';

export const NEWS_SITES = [
  'https://www3.nhk.or.jp/*', // NHK
  'https://news.web.nhk/*',
  'https://www.asahi.com/*', // 朝日新聞
  'https://www.yomiuri.co.jp/*', // 読売新聞
  'https://mainichi.jp/*', // 毎日新聞
  'https://www.nikkei.com/*', // 日本経済新聞
  'https://xtech.nikkei.com/*', // 日経クロステック
  'https://www.sankei.com/*', // 産経新聞
  'https://www.jiji.com/*', // 時事通信
  'https://www.47news.jp/*', // 共同通信 (47NEWS)
  'https://nordot.app/*', // 共同通信 distribution
  'https://www.itmedia.co.jp/*', // ITmedia
  'https://www.watch.impress.co.jp/*', // Impress Watch
  'https://k-tai.watch.impress.co.jp/*',
  'https://internet.watch.impress.co.jp/*',
  'https://news.yahoo.co.jp/*', // Yahoo!ニュース
  'https://japan.cnet.com/*', // CNET Japan
  'https://japan.zdnet.com/*', // ZDNET Japan
  'https://www.tokyo-np.co.jp/*', // 東京新聞
  'https://toyokeizai.net/*', // 東洋経済オンライン
] as const;

export const DEFAULT_MATCHES: string[] = [...NEWS_SITES];

/**
 * The sites in a grant, as origins (`https://host[:port]`); broad patterns (all sites,
 * wildcard hosts) are never granted through the popup and are ignored.
 */
export function grantedOrigins(patterns: readonly string[] | undefined): string[] {
  return (patterns ?? []).flatMap((p) => {
    const m = /^(https?:\/\/[a-z0-9.-]+(?::\d+)?)\/\*$/i.exec(p);
    return m ? [m[1]!] : [];
  });
}

/** The default list as `scheme://host` (its patterns name no port, so they match any). */
const DEFAULT_ORIGINS = new Set(DEFAULT_MATCHES.map((p) => p.replace(/\/\*$/, '')));

const parse = (url: string): URL | undefined => {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};

const listed = (u: URL) => DEFAULT_ORIGINS.has(`${u.protocol}//${u.hostname}`);

/** Whether a page's address is on the default list (scheme and host; any port). */
export function onDefaultList(url: string): boolean {
  const u = parse(url);
  return !!u && listed(u);
}

/**
 * Whether the extension annotates a page: on for all sites and not turned off for this
 * one, and the site is on the default list or one the reader added (a site removed in
 * the options stops at once in its open tabs, not at their next load).
 */
export function runsOn(settings: Pick<Settings, 'enabled' | 'disabledSites' | 'addedSites'>, url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  return activeOn(settings, u.host) && (listed(u) || settings.addedSites.includes(u.host));
}
