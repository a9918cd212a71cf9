/**
 * The general entities (data/entities/general-*.yaml) whose names are also ordinary words
 * or other things' names: each look-alike sentence must not mark the entity, and each real
 * use must. Runs on the real dataset, so a later edit that loosens a rule fails here.
 */
import { describe, expect, it } from 'vitest';
import { describeSenses, realMarks, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-apple',
    lookalikes: ['青森県産のアップルを果汁たっぷりのジュースにした。', '秋の品種、アップルとナシを農園で収穫した。', 'アップルパイを焼いて友人に振る舞った。'],
    examples: [
      ['米アップルはiPhoneの新しい暗号化機能を発表した。', '米アップル'],
      ['公正取引委員会はアップルとグーグルを規制対象に指定した。', 'アップル'],
    ],
  },
  {
    entity: 'org-meta',
    lookalikes: [
      'メタ情報を整理してから資料を配った。',
      'メタ認知の力を伸ばす授業が始まった。',
      'メタバースで開かれた展示会に参加した。',
      'この記事ではHTMLのMetaタグの書き方を説明する。',
    ],
    examples: [
      ['メタはフェイスブックとインスタグラムの広告で利用者データを使う。', 'メタ'],
      ['FTCはメタとの和解でプライバシー委員会の設置を求めた。', 'メタ'],
    ],
  },
  {
    entity: 'org-x',
    lookalikes: ['X線検査で肺に影が見つかった。', '方程式のXに3を代入して解いた。', 'スペースXのロケットが打ち上げられた。'],
    examples: [
      ['X（旧ツイッター）の公式アカウントに謝罪文を投稿した。', 'X'],
      ['マスク氏はXの投稿ルールを変えた。', 'X'],
    ],
  },
  {
    entity: 'org-amazon',
    lookalikes: ['アマゾン川の流域で熱帯雨林の減少が続いている。', '探検隊はアマゾンの密林で先住民と出会った。'],
    examples: [['アマゾンの通販サイトで出品者に値下げを求めた疑いがある。', 'アマゾン']],
  },
  {
    entity: 'org-rakuten-group',
    lookalikes: ['彼は何事にも楽天的な性格だ。', '楽天イーグルスの選手が本塁打を放った。', '楽天銀行の口座に給与が振り込まれた。'],
    examples: [['楽天は三木谷浩史会長の下で携帯事業の赤字縮小を急ぐ。', '楽天']],
  },
  {
    entity: 'org-ntt',
    lookalikes: ['NTT東日本が光回線の新料金を発表した。', 'NTT西日本の光回線が一時つながりにくくなった。', 'NTTデータが自治体のシステムを受託した。'],
    examples: [['NTTは正式な社名を日本電信電話から変えた。', 'NTT']],
  },
  {
    // products named after their maker (lib/kb/blockers.ts)
    entity: 'org-microsoft',
    lookalikes: ['マイクロソフト365で全社の会議を開いた。', 'Microsoft Teamsの通知が届かない。'],
    examples: [['マイクロソフトは脆弱性を修正する更新を公開した。', 'マイクロソフト']],
  },
  {
    entity: 'org-google',
    lookalikes: ['Google Playで新しいアプリを配信した。', 'Googleドライブに写真を保存した。'],
    examples: [['米グーグルは検索の初期設定をめぐり命令を受けた。', '米グーグル']],
  },
  {
    entity: 'law-dma',
    lookalikes: ['DMA転送を使ってCPUの負荷を下げた。'],
    examples: [['欧州委員会はDMA違反でアップルに制裁金を科した。', 'DMA']],
  },
  {
    entity: 'gov-us-ftc',
    lookalikes: ['FTCの値を設定画面で変更した。'],
    examples: [
      ['米FTCはフェイスブックに50億ドルの制裁金を科した。', '米FTC'],
      ['FTCはメタとの和解でプライバシー委員会の設置を求めた。', 'FTC'],
    ],
  },
  {
    entity: 'law-secrets-2013',
    lookalikes: ['日米秘密保護法の制定は1954年にさかのぼる。'],
    examples: [['秘密保護法の施行から10年がたった。', '秘密保護法']],
  },
  {
    entity: 'law-antimonopoly',
    lookalikes: ['米司法省は独禁法違反の疑いで大手企業を提訴した。'],
    examples: [['公取委は独禁法に基づきグーグルに排除措置命令を出した。', '独禁法']],
  },
  {
    entity: 'law-cloud-act',
    lookalikes: ['クラウド法人向けの新サービスを始めた。', 'クラウド法務の専門家が講演した。'],
    examples: [['米国のクラウド法では、海外に保存したデータの開示も求められる。', 'クラウド法']],
  },
  {
    entity: 'law-unfair-competition',
    lookalikes: ['不競法という略称は雑誌の見出しでよく見かける。'],
    examples: [['不競法違反の疑いで元社員を逮捕した。', '不競法']],
  },
];

const marks = realMarks();
describeSenses('general entities whose names are also ordinary words or other things', CASES, marks);

describe('family names of the general people', () => {
  it('resolve with a title once the article names the person in full', () => {
    const text = '岸田文雄首相は会見した。岸田氏は経済安全保障を重視する。';
    expect(
      marks(text)
        .filter((m) => m.entity === 'per-kishida')
        .map((m) => m.text),
    ).toEqual(expect.arrayContaining(['岸田氏']));
  });

  it('do not resolve in an article that never names the person', () => {
    expect(marks('岸田氏は地元の町内会長を務めている。').filter((m) => m.entity === 'per-kishida')).toEqual([]);
  });
});
