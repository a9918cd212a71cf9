/**
 * The bank, insurer and credit entities (data/entities/banks.yaml) whose names are also part
 * of a league's, a cup's or a hall's name, another company's name, or a common abbreviation:
 * each look-alike sentence must not mark the entity, and each real use must. Runs on the real
 * dataset, so a later edit that loosens a rule (or drops a blocker from lib/kb/blockers.ts)
 * fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-meiji-yasuda',
    lookalikes: ['明治安田生命J1リーグの開幕戦は満員だった。'],
    examples: [['明治安田生命は出向者による情報漏えいの調査結果を公表した。', '明治安田生命']],
  },
  {
    entity: 'org-suruga-bank',
    lookalikes: ['スルガ銀行チャンピオンシップは南米王者との一戦だ。'],
    examples: [['金融庁はスルガ銀行に一部業務停止命令を出した。', 'スルガ銀行']],
  },
  {
    entity: 'org-sumitomo-life',
    lookalikes: ['住友生命いずみホールで室内楽の演奏会が開かれた。'],
    examples: [['住友生命は出向者による内部情報の持ち出しを発表した。', '住友生命']],
  },
  {
    entity: 'org-orico',
    lookalikes: ['オリコンの週間ランキングで1位になった。'],
    examples: [['オリコは提携ローンの審査と保証を担っていた。', 'オリコ']],
  },
  {
    entity: 'org-cic',
    lookalikes: ['CICは東京に新しいイノベーション拠点を開いた。'],
    examples: [
      ['CICなどの信用情報機関に延滞の記録が残る。', 'CIC'],
      ['シー・アイ・シーは指定信用情報機関だ。', 'シー・アイ・シー'],
    ],
  },
  {
    entity: 'org-chugoku-bank',
    lookalikes: ['中国銀行は北京に本店を置く国有銀行で、人民元の国際決済を担う。', '香港の中国銀行の支店で口座を開いた。'],
    examples: [['岡山の中国銀行もネットバンキングに接続しづらくなった。', '中国銀行']],
  },
  {
    entity: 'org-chiba-bank',
    lookalikes: ['ちばぎんカップは柏とジェフ千葉が戦うプレシーズンマッチだ。'],
    examples: [['千葉銀行は出向者による契約情報の漏えいを発表した。', '千葉銀行']],
  },
  {
    entity: 'org-jaccs',
    lookalikes: ['ジャックスは1960年代に活動したロックバンドだ。'],
    examples: [['ジャックスをかたるフィッシングメールでカード情報を盗まれた。', 'ジャックス']],
  },
  {
    entity: 'org-kraken',
    lookalikes: ['Krakenボットネットは2008年に多数のパソコンに広がった。'],
    examples: [['暗号資産取引所のKrakenは日本からの撤退を発表した。', 'Kraken']],
  },
  {
    entity: 'org-sony-life',
    lookalikes: [],
    examples: [['ソニー生命は海外子会社からの不正送金を発表した。', 'ソニー生命']],
  },
];

describeSenses('bank and insurer senses (banks.yaml)', CASES);
