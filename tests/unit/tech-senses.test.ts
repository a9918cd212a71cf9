/**
 * The technology, service and attacker entities (data/entities/tech.yaml, services.yaml,
 * attackers-more.yaml) whose names are also ordinary words or other things' names: each
 * look-alike sentence must not mark the entity, and each real use must. Runs on the real
 * dataset, so a later edit that loosens a rule fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'prod-cocoa',
    lookalikes: ['寒い日はホットココアを飲みながら本を読んだ。', 'ココアの原料になるカカオ豆の価格が上がった。', 'COCOA BUTTERを使った石けんを買った。'],
    examples: [
      ['厚労省はCOCOAの不具合で陽性者との接触通知が届かなかったと謝罪した。', 'COCOA'],
      ['接触確認アプリの利用者は増え続けた。', '接触確認アプリ'],
    ],
  },
  {
    entity: 'org-zoom',
    lookalikes: ['望遠レンズでズームして野鳥を撮った。', 'カメラのズーム機能で画面を拡大した。'],
    examples: [
      ['会議アプリのズームに第三者が乱入する被害が相次いだ。', 'ズーム'],
      ['Zoomの利用者は在宅勤務の広がりで急増した。', 'Zoom'],
    ],
  },
  {
    entity: 'prod-vrs',
    lookalikes: ['新しいゲーム機はVRSという描画技術に対応した。'],
    examples: [['デジタル庁はVRSに登録された接種記録の誤りを自治体に修正させた。', 'VRS']],
  },
  {
    entity: 'atk-blackcat',
    lookalikes: ['漫画「BLACK CAT」がアニメになった。', '喫茶店ブラックキャットで友人と待ち合わせた。'],
    examples: [
      ['ランサムウエア集団BlackCatがセイコーへの攻撃で犯行声明を出した。', 'BlackCat'],
      ['ALPHVのサイトは米当局に押収された。', 'ALPHV'],
    ],
  },
  {
    entity: 'atk-revil',
    lookalikes: ['レビル将軍の演説はシリーズ屈指の名場面だ。'],
    examples: [['ハッカー集団レビルはカセヤの顧客に身代金を要求した。', 'レビル']],
  },
  {
    entity: 'atk-blacktech',
    lookalikes: ['ブラックテックという名前の雑貨店が駅前に開店した。'],
    examples: [['警察庁は中国系のハッカー集団ブラックテックへの注意を呼びかけた。', 'ブラックテック']],
  },
  {
    entity: 'atk-hafnium',
    lookalikes: ['ハフニウムは原子炉の制御棒に使われる元素だ。', 'Hafniumを含む合金の耐熱性を調べた。'],
    examples: [['マイクロソフトはハッカー集団ハフニウムがExchangeの脆弱性を突いたと発表した。', 'ハフニウム']],
  },
  {
    entity: 'atk-underground',
    lookalikes: ['アンダーグラウンドな音楽シーンで人気のバンドだ。', 'ロンドンのUndergroundは世界最古の地下鉄だ。'],
    examples: [['ランサムウエア集団のUndergroundがカシオへの攻撃で犯行声明を出した。', 'Underground']],
  },
  {
    entity: 'atk-medusa',
    lookalikes: ['ギリシャ神話のメデューサは見た者を石に変える。', '美術館でMedusaを描いた絵画を見た。'],
    examples: [['ランサムウエア集団Medusaはトヨタの金融子会社に身代金を要求した。', 'Medusa']],
  },
  {
    entity: 'atk-phobos',
    lookalikes: ['火星の衛星フォボスを探査機が観測した。', 'Phobosは火星の二つの衛星のうち大きい方だ。'],
    examples: [['ランサムウエアのPhobosは病院への攻撃に使われた。', 'Phobos']],
  },
  {
    entity: 'prod-slack',
    lookalikes: ['線形計画法ではスラック変数を加えて不等式を等式に直す。'],
    examples: [['日経は社員のスラックのアカウントに不正ログインされたと発表した。', 'スラック']],
  },
  {
    entity: 'atk-darkside',
    lookalikes: ['人間のダークサイドを描いた小説が話題になった。', '映画ではジェダイがフォースのダークサイドに落ちる。'],
    examples: [['ハッカー集団ダークサイドが東芝テックへの攻撃で犯行声明を出した。', 'ダークサイド']],
  },
  {
    entity: 'atk-anonymous',
    lookalikes: ['アノニマスデザインの食器は長く使われてきた。', '作者はアノニマスな存在であり続けたいと語った。'],
    examples: [['国際ハッカー集団アノニマスがイルカ漁に抗議して空港のサイトにDDoS攻撃を仕掛けた。', 'アノニマス']],
  },
  {
    entity: 'prod-android',
    lookalikes: ['SF映画に人型のアンドロイドが登場する。', 'アンドロイドは人間そっくりのロボットだ。'],
    examples: [['グーグルはアンドロイドのスマホで自社の検索アプリを初期設定にしていた。', 'アンドロイド']],
  },
  {
    entity: 'atk-mirai',
    lookalikes: ['トヨタの燃料電池車MIRAIが全面改良された。', '明るいミライに向けて投資を増やす。'],
    examples: [['IoT機器に感染するマルウエアMiraiがDDoS攻撃に使われた。', 'Mirai']],
  },
];

describeSenses('technology, service and attacker entities whose names are also ordinary words or other things', CASES);
