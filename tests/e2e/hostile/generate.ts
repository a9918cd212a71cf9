/**
 * Hostile and odd pages, generated from a seed so every run is reproducible and a
 * failure names the page that caused it. Each page mixes real mentions (so the
 * extension has work to do) with one kind of trouble.
 */

import { rng } from '../../../tools/random';

const SENTENCES = [
  'LINEの出澤剛社長は23日に記者会見し、謝罪した。',
  '個人情報保護委員会は、LINEとZホールディングスに報告を求めた。',
  '総務省はLINEの利用を停止すると発表した。',
  'LINEプラスの社員が韓国のサーバーにアクセスできた。',
  '「Letter Sealing」をONにしていれば、投稿した内容はLINEの運営側すらも読めなくなります。',
  'オンライン診療のガイドラインが改定された。',
  '天気は晴れ、気温は20度の見込み。',
  'LINE Payの取引情報も韓国に置かれていた。',
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const KINDS = [
  'long',
  'deep',
  'tiny-nodes',
  'vertical',
  'ruby',
  'table',
  'iframe-same',
  'iframe-cross',
  'shadow',
  'rewrite',
  'important',
  'prototypes',
  'editable',
  'other-language',
  'markup-text',
] as const;
export type Kind = (typeof KINDS)[number];

export interface HostilePage {
  kind: Kind;
  seed: number;
  html: string;
  /** an input the test types into while the extension works, if any */
  typeInto?: string;
}

/** Records the page's own text before any extension runs. */
const RECORD = `<script>document.addEventListener('DOMContentLoaded', () => { window.__initialText = document.body.textContent; });</script>`;

function wrap(body: string, head = ''): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>hostile</title>${head}</head><body>${body}${RECORD}</body></html>`;
}

export function generate(kind: Kind, seed: number, crossOrigin: string): HostilePage {
  const r = rng(seed);
  const pick = () => SENTENCES[Math.floor(r() * SENTENCES.length)]!;
  const paras = (n: number) => Array.from({ length: n }, () => `<p>${esc(pick())}</p>`).join('');
  switch (kind) {
    case 'long': {
      // ~1 MB of text: thousands of paragraphs
      const n = 9000 + Math.floor(r() * 2000);
      return { kind, seed, html: wrap(`<article>${paras(n)}</article>`) };
    }
    case 'deep': {
      const depth = 400 + Math.floor(r() * 600);
      return { kind, seed, html: wrap(`${'<div>'.repeat(depth)}${paras(3)}${'</div>'.repeat(depth)}`) };
    }
    case 'tiny-nodes': {
      const text = Array.from({ length: 40 }, pick).join('');
      const spans = [...text].map((c) => `<span>${esc(c)}</span>`).join('');
      return { kind, seed, html: wrap(`<article><p>${spans}</p></article>`) };
    }
    case 'vertical':
      return {
        kind,
        seed,
        html: wrap(`<article style="writing-mode:vertical-rl;height:400px">${paras(4)}</article><p style="writing-mode:horizontal-tb">${esc(pick())}</p>`),
      };
    case 'ruby':
      return {
        kind,
        seed,
        html: wrap(
          `<article><p><ruby>出澤<rp>(</rp><rt>いでざわ</rt><rp>)</rp></ruby>剛社長と<ruby>個人情報保護委員会<rt>こじんじょうほうほごいいんかい</rt></ruby>。</p>${paras(2)}</article>`,
        ),
      };
    case 'table':
      return {
        kind,
        seed,
        html: wrap(`<article><table><tr><td>${esc(pick())}</td><td>${esc(pick())}</td></tr><tr><th>LINE</th><td>総務省</td></tr></table>${paras(2)}</article>`),
      };
    case 'iframe-same':
      return { kind, seed, html: wrap(`<article>${paras(2)}<iframe srcdoc="<p>LINEプラスの件</p>"></iframe></article>`) };
    case 'iframe-cross':
      return { kind, seed, html: wrap(`<article>${paras(2)}<iframe src="${crossOrigin}/hostile/inner?seed=${seed}"></iframe></article>`) };
    case 'shadow':
      return {
        kind,
        seed,
        html: wrap(
          `<article>${paras(2)}<div id="host"></div></article><script>const s = document.getElementById('host').attachShadow({ mode: 'open' }); s.innerHTML = '<p>LINEヤフーと総務省</p>';</script>`,
        ),
      };
    case 'rewrite': {
      const every = 2 + Math.floor(r() * 8);
      return {
        kind,
        seed,
        html: wrap(
          `<article>${paras(3)}<p id="clock">0</p></article><script>let i = 0; setInterval(() => { document.getElementById('clock').textContent = String(++i) + (i % 2 ? ' LINE' : ' 総務省'); }, ${every});</script>`,
        ),
      };
    }
    case 'important':
      return {
        kind,
        seed,
        html: wrap(
          `<article>${paras(3)}</article>`,
          `<style>* { all: revert !important; color: red !important; text-decoration: line-through !important; font-size: 30px !important; } ::highlight(*) { color: blue !important; }</style>`,
        ),
      };
    case 'prototypes':
      return {
        kind,
        seed,
        html: wrap(
          `<article>${paras(3)}</article><script>
window.fetch = () => { throw new Error('page fetch'); };
Node.prototype.appendChild = function () { throw new Error('no append'); };
Element.prototype.attachShadow = function () { throw new Error('no shadow'); };
Document.prototype.createRange = function () { throw new Error('no ranges'); };
String.prototype.normalize = function () { return 'x'; };
JSON.parse = () => ({});
window.CSS = undefined; window.Highlight = undefined;
</script>`,
        ),
      };
    case 'editable':
      return {
        kind,
        seed,
        typeInto: '#field',
        html: wrap(
          `<article>${paras(2)}<div contenteditable="true">LINEと総務省の下書き</div><input id="field" value=""><textarea>LINEプラス</textarea></article>`,
        ),
      };
    case 'other-language': {
      const texts = [
        'The LINE messaging app faced scrutiny in 2021.',
        'Die LINE-App und der Datenschutz.',
        'LINE 사용자 정보가 중국에서 열람 가능했다.',
        'LINE应用程序的个人信息问题。',
        'تطبيق LINE والخصوصية',
      ];
      return { kind, seed, html: wrap(`<article>${texts.map((t) => `<p dir="auto">${esc(t)}</p>`).join('')}${paras(1)}</article>`) };
    }
    case 'markup-text':
      return {
        kind,
        seed,
        html: wrap(
          `<article><p>${esc('<script>alert("LINE")</script> <img src=x onerror=alert(1)> 「LINE」&lt;b&gt;総務省&lt;/b&gt; ${LINE} {{LINE}}')}</p>${paras(2)}</article>`,
        ),
      };
  }
}

export function innerPage(seed: number): string {
  const r = rng(seed + 1);
  return wrap(`<p>${esc(SENTENCES[Math.floor(r() * SENTENCES.length)]!)}</p>`);
}

/** The pages of one run: every kind, round robin, each with its own seed. */
export function plan(count: number, baseSeed: number): { kind: Kind; seed: number }[] {
  return Array.from({ length: count }, (_, i) => ({ kind: KINDS[i % KINDS.length]!, seed: baseSeed + i }));
}
