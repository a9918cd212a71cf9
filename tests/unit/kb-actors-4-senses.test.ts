/**
 * Names from data/entities/kb-actors-4.yaml that are also other people's or things' names:
 * Junji Shimada of Ohkawara Kakohki and Kazuyuki Asano of Recruit Career share their names with actors, and Tsuyoshi Makino (the
 * lawyer suing MK System), Tsuyoshi Takada (Ohkawara's lawyer) and Junichi Inoue (a Musashi
 * Kosugi vice director) are common names; the MPD's 外事1課 is also a unit name in other
 * prefectures' police; 長崎屋 is also the name of many small shops and inns; NAA, S&J and SII
 * are bare abbreviations other bodies use; so are the short forms coverage uses that were added
 * to existing entries (日生 for Nippon Life, also a station's and a harbour town's name; プロクス for NTT Marketing Act
 * ProCX). Each needs its context. Runs on the real dataset, so
 * a later edit that loosens a rule fails here.
 */
import { describeSenses, type SenseCase } from './sense-cases';

const CASES: SenseCase[] = [
  {
    entity: 'per-shimada-junji',
    lookalikes: ['俳優の島田順司さんが時代劇に出演した。'],
    examples: [['大川原化工機の元取締役、島田順司さんは国家賠償訴訟の原告になった。', '島田順司']],
  },
  {
    entity: 'gov-mpd-gaiji1',
    lookalikes: ['兵庫県警外事1課が男を書類送検した。'],
    examples: [
      ['警視庁公安部外事1課の警部補が法廷で証言した。', '警視庁公安部外事1課'],
      ['公安部の外事1課が大川原化工機の事件を立件した。', '外事1課'],
    ],
  },
  {
    entity: 'org-nagasakiya',
    lookalikes: ['長崎屋という名の老舗旅館に泊まった。'],
    examples: [['PPIHは、ドン・キホーテやユニー、長崎屋の取引先情報が漏えいした可能性があると発表した。', '長崎屋']],
  },
  {
    entity: 'per-makino-tsuyoshi',
    lookalikes: ['牧野剛という名前の選手が決勝に出場した。'],
    examples: [['原告代理人の牧野剛弁護士は、エムケイシステムの対応を批判した。', '牧野剛']],
  },
  {
    entity: 'org-naa',
    lookalikes: ['NAAの年次総会が開かれた。'],
    examples: [['成田空港を運営するNAAは、資料が流出した可能性が高いと発表した。', 'NAA']],
  },
  {
    entity: 'org-s-and-j',
    lookalikes: ['S&Jという名前のカフェが開店した。'],
    examples: [['セキュリティ会社S&Jの三輪信雄社長は深刻だと指摘した。', 'S&J']],
  },
  {
    entity: 'org-seiko-instruments',
    lookalikes: ['SIIの新しい規格が発表された。'],
    examples: [['セイコーグループのSIIでも取引先の情報が漏えいした。', 'SII']],
  },
  {
    entity: 'per-takada-tsuyoshi',
    lookalikes: ['高田剛投手が完封勝利を挙げた。'],
    examples: [['大川原化工機の代理人、高田剛弁護士が最終準備書面を提出した。', '高田剛']],
  },
  {
    entity: 'per-inoue-junichi',
    lookalikes: ['井上潤一さんが市民マラソンで優勝した。'],
    examples: [['日本医科大学武蔵小杉病院の井上潤一副院長が漏えいした項目を説明した。', '井上潤一']],
  },
  {
    entity: 'org-nissay',
    lookalikes: ['日生中央駅で電車を降りた。', '備前市の日生でカキを買った。'],
    examples: [['日生は、銀行への出向者が内部情報を持ち出していたと発表した。', '日生']],
  },
  {
    entity: 'org-procx',
    lookalikes: ['プロクスという名前の新しいゲームが発売された。'],
    examples: [['NTT西日本の子会社プロクスが運営するコールセンターで情報が流出した。', 'プロクス']],
  },
  {
    entity: 'per-asano-kazuyuki',
    lookalikes: ['俳優の浅野和之さんが舞台に立った。'],
    examples: [['リクルートキャリアの浅野和之執行役員が会見で説明した。', '浅野和之']],
  },
];

describeSenses('kb-actors-4: names in context', CASES);
