/**
 * Names in data/entities/kb-fin2.yaml that are also ordinary words or other shops' names
 * (Visa, レイク, プロミス, ライフサロン, LHL, atone, BITMAX), or that sit inside a stock index's name
 * (JPX日経インデックス400, kept unmarked by a blocker in lib/kb/blockers.ts): each look-alike
 * sentence must not mark the entity, and each real use must. Runs on the real dataset, so a
 * later edit that loosens a rule fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-shinsei-financial',
    lookalikes: ['レイクの湖畔にホテルが開業した。', 'レイクタウンの店舗で火災があった。'],
    examples: [
      ['新生フィナンシャルのカードローン「レイク」の会員情報が委託先に渡っていた。', 'レイク'],
      ['レイクALSAの会員のメールアドレスが誤って提供された。', 'レイクALSA'],
    ],
  },
  {
    entity: 'org-smbc-cf',
    lookalikes: ['プロミスという曲がヒットした。', '二人はプロミスを交わした。'],
    examples: [['消費者金融大手のプロミスがカードローンの審査を見直した。', 'プロミス']],
  },
  {
    entity: 'org-life-salon',
    lookalikes: ['駅前のライフサロンで美容の相談会が開かれた。'],
    examples: [['日本生命の子会社の保険代理店ライフサロンから契約情報が渡っていた。', 'ライフサロン']],
  },
  {
    entity: 'org-net-protections',
    lookalikes: ['atoneという英単語は「償う」を意味する。'],
    examples: [['後払い決済のatoneで不審な請求が届いた。', 'atone']],
  },
  {
    entity: 'org-jpx',
    lookalikes: ['JPX日経インデックス400の構成銘柄が入れ替わった。', 'JPX日経400に連動する投資信託を買った。'],
    examples: [['JPXは東京証券取引所の親会社だ。', 'JPX']],
  },
  {
    entity: 'org-line-xenesis',
    lookalikes: ['シンガポールの取引所BitMaxがAscendEXに名前を変えた。'],
    examples: [['LINEの子会社LVCが暗号資産取引所BITMAXを始めた。', 'BITMAX']],
  },
  {
    entity: 'org-visa',
    lookalikes: ['米国のVisa Waiver Programで渡航した。', '学生visaの申請が増えた。'],
    examples: [
      ['Visaは警察庁と協定を結んだ。', 'Visa'],
      ['Visaのタッチ決済に対応した。', 'Visa'],
    ],
  },
  {
    entity: 'org-lhl',
    lookalikes: ['カナダのLHLでホッケーの試合が行われた。'],
    examples: [['日本生命は、LHLとほけんの110番の間でも契約情報の授受があったと発表した。', 'LHL']],
  },
];

describeSenses('kb-fin2 senses', CASES);
