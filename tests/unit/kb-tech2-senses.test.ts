/**
 * Named technology (data/entities/kb-tech2.yaml) whose names are also ordinary words, people's
 * names, other products or parts of longer names: each look-alike sentence must not mark the
 * entity, and each real use must. Runs on the real dataset, so a later edit that loosens a rule
 * (or drops a blocker from lib/kb/blockers.ts) fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'prod-windows-recall',
    lookalikes: ['自動車メーカーがブレーキの不具合でリコールを国土交通省に届け出た。', '市長のリコールを求める署名が集まった。'],
    examples: [['マイクロソフトはWindowsのリコール機能の提供を延期した。', 'リコール']],
  },
  {
    entity: 'prod-threads',
    lookalikes: ['ネット掲示板のスレッズを読み込んだ。', 'コートのスレッズがほつれた。'],
    examples: [['メタが新しいSNS「スレッズ」の提供を始めた。', 'スレッズ']],
  },
  {
    entity: 'prod-grok',
    lookalikes: ['警察官がグロック拳銃を携行していた。'],
    examples: [['xAIの生成AI「グロック」で性的な画像が作られた。', 'グロック']],
  },
  {
    entity: 'prod-claude',
    lookalikes: ['画家のクロード・モネの展覧会が開かれた。', 'クロードさんは来日した。'],
    examples: [['アンソロピックの生成AI「クロード」が攻撃に悪用された。', 'クロード']],
  },
  {
    entity: 'prod-gemini',
    lookalikes: ['暗号資産取引所のジェミニが新サービスを始めた。', 'ジェミニは双子座を意味する。'],
    examples: [['グーグルの生成AI「Gemini」を業務に使う。', 'Gemini']],
  },
  {
    entity: 'prod-pairs',
    lookalikes: ['ペアーズ・フィギュアの選手が演技した。'],
    examples: [['マッチングアプリ「ペアーズ」の本人確認が変わった。', 'ペアーズ']],
  },
  {
    entity: 'org-eureka',
    lookalikes: ['アニメ「交響詩篇エウレカセブン」が再放送された。', 'エウレカ、と叫んだ。'],
    examples: [['ペアーズを運営するエウレカは本人確認を強化した。', 'エウレカ']],
  },
  {
    entity: 'prod-meltdown-spectre',
    lookalikes: ['原発事故で炉心のメルトダウンが起きた。', '映画「007 スペクター」が公開された。'],
    examples: [['インテルのCPUに見つかった脆弱性「メルトダウン」への対策が進む。', 'メルトダウン']],
  },
  {
    entity: 'law-ppap',
    lookalikes: ['ピコ太郎のPPAPが世界で流行した。'],
    examples: [['パスワード付きZIPファイルを送るPPAPを廃止する。', 'PPAP']],
  },
  {
    entity: 'prod-copilot',
    lookalikes: ['開発者はGitHub Copilotでコードを書いた。', 'マイクロソフトがCopilot+ PCの新製品を出した。', '副操縦士はcopilotと呼ばれる。'],
    examples: [['マイクロソフトはWindowsにCopilotを組み込んだ。', 'Copilot']],
  },
  {
    entity: 'prod-signal',
    lookalikes: ['交差点のシグナルが赤に変わった。'],
    examples: [['高官らが暗号化アプリ「シグナル」のグループチャットで作戦を話した。', 'シグナル']],
  },
  {
    entity: 'prod-notice',
    lookalikes: ['NOTICEと書かれた張り紙があった。'],
    examples: [['総務省とNICTはIoT機器の調査「NOTICE」を始めた。', 'NOTICE']],
  },
  {
    entity: 'law-passkey',
    lookalikes: ['ホテルのパスキーを受け取った。'],
    examples: [['証券会社がログインにパスキー認証を導入した。', 'パスキー認証']],
  },
  {
    entity: 'prod-sora',
    lookalikes: ['歌手のSoraがライブを開いた。'],
    examples: [['OpenAIの動画生成AI「Sora」で作られた動画が広がった。', 'Sora']],
  },
  {
    entity: 'prod-winny',
    lookalikes: ['映画Winnyが公開された。'],
    examples: [['ファイル共有ソフトWinnyを通じて捜査資料が流出した。', 'Winny']],
  },
  {
    entity: 'prod-tor',
    lookalikes: ['トーア紡の株価が上がった。', 'TORの会議が開かれた。'],
    examples: [['犯人は匿名化ソフト「Tor」を使って発信元を隠した。', 'Tor']],
  },
  {
    entity: 'prod-bittorrent',
    lookalikes: ['料理番組でトレントの作り方を紹介した。'],
    examples: [['トレントでアニメを共有したとして開示請求を受けた。', 'トレント']],
  },
  {
    entity: 'prod-box',
    lookalikes: ['引っ越し用のBoxに本を詰めた。', 'ボクシングのBoxという掛け声が響いた。'],
    examples: [['クラウドストレージのBoxで共有リンクが公開設定になっていた。', 'Box']],
  },
];

describeSenses('kb-tech2 senses: names that are also ordinary words or other things', CASES);
