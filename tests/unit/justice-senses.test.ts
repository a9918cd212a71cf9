/**
 * The kb-justice entities (data/entities/kb-justice.yaml) whose names are also foreign
 * parties, ordinary words or places: 米民主党 and 台湾の民進党, 英国の保守党, 中国共産党,
 * ドイツ社会民主党, 明治維新, 立憲主義, 公明正大, 大阪維新の会 (a party of its own), a city or
 * prefecture named only as an address, the Genkai nuclear plant, the US NRC. Each look-alike
 * sentence must not mark the entity, and each real use must.
 * Runs on the real dataset, so a later edit that loosens a rule fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'org-dpj',
    lookalikes: ['米民主党のバイデン大統領は演説した。', '韓国の共に民主党が選挙で勝った。'],
    examples: [['民主党の岡田克也代表は合流を決めた。', '民主党']],
  },
  {
    entity: 'org-minshin',
    lookalikes: ['台湾の民進党は総統選で勝利した。'],
    examples: [['民進党の岡田代表は結党大会で演説した。', '民進党']],
  },
  {
    entity: 'org-hoshuto',
    lookalikes: ['英保守党のスナク首相が辞任を表明した。'],
    examples: [['日本保守党の百田尚樹代表が会見した。', '日本保守党']],
  },
  {
    entity: 'org-jcp',
    lookalikes: ['中国共産党は党大会を開いた。', '共産主義の歴史を学ぶ。'],
    examples: [['共産党は能動的サイバー防御の法案に反対した。', '共産党']],
  },
  {
    entity: 'org-sdp',
    lookalikes: ['ドイツ社会民主党のショルツ首相は会見した。'],
    examples: [['社民党は法案の衆院通過に抗議する談話を出した。', '社民党']],
  },
  {
    entity: 'org-ishin',
    lookalikes: ['明治維新の後、日本は近代化した。', '大阪維新の会の代表が会見した。'],
    examples: [['維新の吉村代表は法案に賛成すると述べた。', '維新']],
  },
  {
    entity: 'org-cdp',
    lookalikes: ['憲法は立憲主義に基づく。'],
    examples: [['立憲と国民民主は修正案で協議した。', '立憲']],
  },
  {
    entity: 'org-komeito',
    lookalikes: ['公明正大な選挙を求める声が上がった。'],
    examples: [['公明と自民の両党は連立を解消した。', '公明']],
  },
  {
    entity: 'gov-hyogo-pref',
    lookalikes: ['兵庫県在住の会社員の男が逮捕された。'],
    examples: [['兵庫県は第三者委員会の報告書を公表した。', '兵庫県']],
  },
  {
    entity: 'gov-nagoya-city',
    lookalikes: ['名古屋市中区に本社を置く会社が新製品を発表した。'],
    examples: [['名古屋市は職員の不適切な個人情報の収集を謝罪した。', '名古屋市']],
  },
  {
    entity: 'gov-genkai-town',
    lookalikes: ['玄海町にある九州電力の玄海原発が再稼働した。'],
    examples: [['玄海町は個人情報を持ち出した元課長を懲戒処分にしたと発表した。', '玄海町']],
  },
  {
    entity: 'gov-nra',
    lookalikes: ['米原子力規制委員会（NRC）が新型炉を承認した。'],
    examples: [['原子力規制委員会はシステムへの不正アクセスを発表した。', '原子力規制委員会']],
  },
  {
    entity: 'gov-sakai-city',
    lookalikes: ['堺市堺区に本社を置く会社が新製品を発表した。', '俳優の堺雅人さんが会見した。'],
    examples: [['堺市は有権者約68万人分のデータが流出したと発表した。', '堺市']],
  },
  {
    entity: 'gov-ciro',
    lookalikes: ['会社の内調の結果、不正はなかった。'],
    examples: [['政府は内調を格上げし、首相直轄の国家情報局を作る。', '内調']],
  },
  {
    entity: 'org-liberal-2016',
    lookalikes: ['カナダ自由党のトルドー首相が会見した。'],
    examples: [['自由党の小沢一郎代表は国民民主党との合流に合意した。', '自由党']],
  },
  {
    entity: 'org-jisedai',
    lookalikes: ['日本のこころを伝える本が出版された。'],
    examples: [['次世代の党は党名を日本のこころを大切にする党に変えた。', '次世代の党']],
  },
  {
    entity: 'gov-kyoto-city',
    lookalikes: ['京都市中京区に本社を置く印刷会社がランサムウェア被害を発表した。'],
    examples: [['京都市は相談記録がネット上で閲覧できる状態だったと発表した。', '京都市']],
  },
];

describeSenses('kb-justice entities whose names are also foreign parties, words or places', CASES);
