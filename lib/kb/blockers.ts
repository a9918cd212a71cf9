/**
 * Names of other things that contain an alias: a team, a venue, another company.
 * みずほPayPayドーム福岡 is a stadium, not PayPay; PayPay銀行 is a bank, not PayPay the
 * payment service; LINE WORKS is NAVER Cloud's groupware, not the LINE messenger.
 *
 * The matcher reads them like aliases that name nothing: where one is the longest name
 * at a place, the place gives no mention (../match/matcher.ts). An alias of the same text always
 * wins over a blocker, so a blocker never hides an entity the dataset adds later.
 * Names glued to more katakana or Latin letters need no entry here (ソフトバンクホークス,
 * ヤフオクドーム): the matcher never takes an alias out of such a run.
 */
export const LONGER_NAMES: readonly string[] = [
  // venues named after a sponsor
  'PayPayドーム',
  '福岡PayPayドーム',
  'みずほPayPayドーム',
  'みずほPayPayドーム福岡',
  // sports teams (福岡ソフトバンクホークス is glued katakana; the short forms are not)
  'ソフトバンク球団',
  // other companies whose names begin with an alias
  'PayPay銀行',
  'PayPay証券',
  'PayPayカード',
  'PayPayほけん',
  'LINE WORKS',
  'LINEワークス',
  'NAVER WORKS',
  'NTTデータ',
  // Toshiba's former memory unit (now Kioxia), not Toshiba
  '東芝メモリ',
  // the motorcycle maker, a separate company from Yamaha the instrument maker
  'ヤマハ発動機',
  // Sony's financial companies, not the electronics and games group
  'ソニー生命',
  'ソニー銀行',
  'ソニー損保',
  'ソニー損害保険',
  'ソニーフィナンシャルグループ',
  // a place and a drug maker that begin with a university's or association's short name
  '秋田大館',
  '日医工',
  // a science city (けいはんな学研都市), its stations and another company that begin with a publisher's name
  '学研都市',
  '学研奈良登美ヶ丘',
  '学研北生駒',
  '小学館集英社プロダクション',
  // a bridge, stations and a sister university that begin with a university's short name
  '富山大橋',
  '関大前',
  '明大前',
  '立命館アジア太平洋大学',
  // public universities that grew out of Tokyo University of Science, now separate
  '山口東京理科大学',
  '山口東京理科大',
  '諏訪東京理科大学',
  '諏訪東京理科大',
  // schools run by 学校法人東北学院 (its bare name 東北学院 is the corporation): not the corporation itself
  '東北学院中学校',
  '東北学院高校',
  '東北学院高等学校',
  '東北学院榴ケ岡高校',
  '東北学院榴ケ岡高等学校',
  // broadcasters' holding companies, not the TV stations themselves
  'TBSホールディングス',
  '東京放送ホールディングス',
  'テレビ朝日ホールディングス',
  '朝日放送グループホールディングス',
  // radio companies separate from the TV stations of the same name
  '朝日放送ラジオ',
  'TBSラジオ',
  // the group's satellite channel, a separate company
  'BS-TBS',
  // book publishers of the newspaper groups, separate companies from the newspapers
  '朝日新聞出版',
  '毎日新聞出版',
  '産経新聞出版',
  // a sibling service: the corporate file-transfer service, not the consumer one breached in 2019
  'オフィス宅ふぁいる便',
  // products named after their maker: a card for the company would be the wrong thing
  'マイクロソフト365',
  'Microsoft 365',
  'Microsoft Teams',
  'Microsoft Azure',
  'Microsoft Edge',
  'Google Cloud',
  'Google Chrome',
  'Google Play',
  'Google Workspace',
  'Googleドライブ',
  'Amazon Pay',
  'Amazon Web Services',
  'Apple Watch',
  'Apple Pay',
  'Apple Music',
  'Meta Quest',
  // a league, a cup and a hall named after a bank or an insurer, not the company's own news
  '明治安田生命J1リーグ',
  '明治安田生命J2リーグ',
  '明治安田生命J3リーグ',
  'スルガ銀行チャンピオンシップ',
  'ちばぎんカップ',
  '住友生命いずみホール',
  // a museum, a health-insurance society, sister companies and foundations whose names begin with
  // a B2B company's name (data/entities/kb-b2b.yaml): not the company itself
  'パナソニック汐留美術館',
  'パナソニック健康保険組合',
  'レゾナック健康保険組合',
  '第一三共ヘルスケア',
  '伊藤忠丸紅鉄鋼',
  '伊藤忠エネクス',
  '伊藤忠食品',
  '伊藤忠記念財団',
  'キヤノン電子',
  'キヤノン財団',
  'キヤノンITソリューションズ',
  '日通システム',
  // think tanks and subsidiaries quoted in their own right, and a stadium named after a brand
  '三井物産戦略研究所',
  '伊藤忠総研',
  'NRIネットコム',
  'TDKラムダ',
  '積水ハウス不動産',
  'IHI運搬機械',
  'ヨドコウ桜スタジアム',
  // Samsung group companies other than Samsung Electronics (kb-intl.yaml's org-samsung)
  'サムスン生命',
  'サムスン物産',
  'サムスン証券',
  'サムスン火災',
  'サムスンSDI',
  // a university and group companies that begin with the ad agency's name (電通大 is 電気通信大学)
  '電通大',
  '電通総研',
  '電通デジタル',
  '電通国際情報サービス',
  // printing-group companies that begin with TOPPAN's name (separate companies from the holding)
  'TOPPANエッジ',
  'トッパン・フォームズ',
  // the ad group's media-buying company, not Hakuhodo itself
  '博報堂DYメディアパートナーズ',
  // a theatre and a talent agency whose names begin with the film company's name (kb-consumer2.yaml's org-shochiku)
  '松竹座',
  '大阪松竹座',
  '松竹芸能',
  // the issuer's smartphone gift, a separate product from the QUO card (kb-dev5.yaml's prod-quo-card)
  'QUOカードPay',
  'クオカードペイ',
  // Singapore's aviation authority, not the airline (kb-dev5.yaml's org-singapore-airlines)
  'シンガポール航空当局',
];

/** The entity id of a blocker in the alias trie: no entry has an empty id. */
export const BLOCKER = '';
