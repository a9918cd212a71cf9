/**
 * Civil society, standards bodies, foreign regulators and foreign laws
 * (data/entities/kb-civil.yaml) whose short names are ordinary words, other things'
 * abbreviations or another country's law: each look-alike sentence must not mark the entity,
 * and each real use must. Runs on the real dataset, so a later edit that loosens a rule fails.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-rengo',
    lookalikes: ['連合国軍が上陸した。', 'ホテルの連合会が会合を開いた。', '自民党と公明党の連合政権が続く。'],
    examples: [['連合の芳野友子会長は春闘の方針を示した。', '連合']],
  },
  {
    entity: 'org-iso',
    lookalikes: ['カメラのISO感度を上げて撮影した。', '工場がISO 9001の認証を取得した。'],
    examples: [['ISOが情報セキュリティの国際規格を改訂した。', 'ISO']],
  },
  {
    entity: 'org-amnesty',
    lookalikes: ['政府は税のアムネスティで申告漏れを自主申告させた。'],
    examples: [['アムネスティはスパイウェアの調査報告書を公表した。', 'アムネスティ']],
  },
  {
    entity: 'org-igf',
    lookalikes: ['血液検査でIGF-1の値を測った。'],
    examples: [['京都で国連のIGFが開かれた。', 'IGF']],
  },
  {
    entity: 'org-lighthouse-jp',
    lookalikes: ['港のライトハウスが観光名所になっている。', 'ライトハウス株式会社が新商品を発表した。'],
    examples: [['ライトハウスは人身取引の被害者から相談を受けた。', 'ライトハウス']],
  },
  {
    entity: 'law-uk-online-safety-act',
    lookalikes: ['オーストラリアのオンライン安全法に基づき、削除命令が出された。'],
    examples: [['英国のオンライン安全法が全面施行された。', 'オンライン安全法']],
  },
  {
    entity: 'law-sg-pdpa',
    lookalikes: ['タイのPDPAが全面施行された。'],
    examples: [['シンガポールのPDPAは国外移転を制限する。', 'PDPA']],
  },
  {
    entity: 'law-th-pdpa',
    lookalikes: ['シンガポールのPDPAに基づく制裁金が科された。'],
    examples: [['タイのPDPAが全面施行された。', 'PDPA']],
  },
  {
    entity: 'org-gpai',
    lookalikes: ['GPAIモデルの提供者にはEUのAI法の義務が課される。'],
    examples: [['GPAIの閣僚理事会で日本が議長国を務めた。', 'GPAI']],
  },
  {
    entity: 'org-nacs',
    lookalikes: ['テスラのNACS規格の充電器を他社も採用した。'],
    examples: [['NACSは消費生活相談員の団体だ。', 'NACS']],
  },
  {
    entity: 'org-paps',
    lookalikes: ['PAPSという名前のバンドがライブを開いた。'],
    examples: [['PAPSは性暴力の被害者から相談を受けた。', 'PAPS']],
  },
  {
    entity: 'org-rsf',
    lookalikes: ['RSFの設定を変更した。'],
    examples: [['RSFは報道の自由度ランキングを発表した。', 'RSF']],
  },
  {
    entity: 'org-coj',
    lookalikes: ['COJの新しい大会が開かれた。'],
    examples: [['COJは東京医科大学を相手に訴訟を起こした。', 'COJ']],
  },
];

describeSenses('civil society, standards and foreign regulators: short names in context', CASES);
