/**
 * The vendor entities (data/entities/kb-vendors.yaml) whose short names are also ordinary
 * words or parts of other names (a university, a group company, a snowflake, a checkpoint):
 * each look-alike sentence must not mark the entity, and each real use must. Runs on the
 * real dataset, so a later edit that loosens a rule or drops a blocker fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-dentsu',
    lookalikes: ['電通大の研究室が新しい暗号方式を発表した。', '電通総研はシステム開発の子会社を統合した。'],
    examples: [['持続化給付金の事業は電通に再委託されていた。', '電通']],
  },
  {
    entity: 'org-tis',
    lookalikes: ['TISの略称は業界団体の資料でも使われる。'],
    examples: [['決済システムを手がけるTISは委託先の不正アクセスを公表した。', 'TIS']],
  },
  {
    entity: 'org-cisco',
    lookalikes: ['サンフランシスコの街を歩いた。', 'シスコの歌を聴いた。'],
    examples: [['シスコのファイアウォールの脆弱性が悪用された。', 'シスコ']],
  },
  {
    entity: 'org-f5',
    lookalikes: ['F5キーを押してページを再読み込みした。'],
    examples: [['F5のBIG-IPに深刻な脆弱性が見つかった。', 'F5']],
  },
  {
    entity: 'org-okta',
    lookalikes: ['オクタの音階を練習した。'],
    examples: [['認証サービスのオクタは委託先の端末が不正アクセスを受けたと認めた。', 'オクタ']],
  },
  {
    entity: 'org-snowflake',
    lookalikes: ['窓の外にスノーフレークが舞った。', '庭のスノーフレークが白い花を咲かせた。'],
    examples: [['スノーフレークのクラウドから顧客データが盗まれた。', 'スノーフレーク']],
  },
  {
    entity: 'prod-struts',
    lookalikes: ['舞台の上でstrutsという英単語を習った。'],
    examples: [['Apache Struts 2の脆弱性を突かれて情報が流出した。', 'Apache Struts 2']],
  },
  {
    entity: 'org-check-point',
    lookalikes: ['マラソンのチェックポイントで給水した。'],
    examples: [['チェック・ポイントのVPN製品にゼロデイ脆弱性が見つかった。', 'チェック・ポイント']],
  },
  {
    entity: 'org-toppan',
    lookalikes: ['TOPPANエッジは封入封緘の新工場を公開した。'],
    examples: [['支援事業の委託先TOPPANから漏えいの報告を受けた。', 'TOPPAN']],
  },
  {
    entity: 'org-yayoi',
    lookalikes: ['弥生時代の集落跡が見つかった。', '弥生さんは三月生まれだ。'],
    examples: [['会計ソフトの弥生は不正アクセスで弥生IDが参照されうる状態だったと公表した。', '弥生']],
  },
  {
    entity: 'org-gen-digital',
    lookalikes: ['俳優のエドワード・ノートンが来日した。'],
    examples: [['ノートンのパスワードマネージャーのアカウントに不正ログインがあった。', 'ノートン']],
  },
  {
    entity: 'org-hakuhodo',
    lookalikes: ['博報堂DYメディアパートナーズはテレビ広告の枠を買い付けた。'],
    examples: [['キャンペーンの委託先は博報堂だった。', '博報堂']],
  },
  {
    entity: 'org-oracle',
    lookalikes: ['オラクルカードで占いをした。'],
    examples: [['自治体のシステムはオラクルのクラウドで動いている。', 'オラクル']],
  },
];

describeSenses('Vendor senses (kb-vendors.yaml)', CASES);
