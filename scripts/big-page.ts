/**
 * A news page of about `bytes` bytes for the bench: a default site's template (the
 * project's article in its body) with its furniture grown — navigation, rankings,
 * related lists and teasers, most of them links — until the page reaches the size. The
 * cost of finding the article grows with the page, not with the article.
 */
import { siteTemplate } from '../tests/fixtures/site-templates';

export function bigNewsPage(bytes: number, host = 'www3.nhk.or.jp'): string {
  const base = siteTemplate(host).html;
  const block = (i: number) =>
    `<section class="teasers"><h2>ニュース一覧 ${i}</h2><ul>${Array.from({ length: 20 }, (_, j) => `<li><a href="/news/${i}/${j}">天気と交通の話題 ${i}-${j}：各地で晴れ間、夕方から雨の見込み</a><span>${j}時間前</span></li>`).join('')}</ul><p>地域の話題をまとめてお伝えします。気温は平年並みで、週末は行楽日和となる見込みです。</p></section>`;
  const parts: string[] = [];
  let size = Buffer.byteLength(base);
  for (let i = 0; size < bytes; i++) {
    const b = block(i);
    parts.push(b);
    size += Buffer.byteLength(b);
  }
  return base.replace('<footer>', `${parts.join('\n')}\n<footer>`);
}
