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
  // stock indices named after the exchange group and the newspaper, neither of them
  'JPX日経インデックス400',
  'JPX日経400',
  'JPXプライム150',
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
  'テレビ東京ホールディングス',
  '朝日放送グループホールディングス',
  // radio companies separate from the TV stations of the same name
  '朝日放送ラジオ',
  'TBSラジオ',
  // the groups' satellite channels, separate companies
  'BS-TBS',
  'BSテレビ東京',
  // the news agency's parent group (data/entities/kb-media.yaml's org-reuters is the agency)
  'トムソン・ロイター',
  // names beginning with the Nikkei's short name that are another body: a science magazine's
  // own company, and the employers' federation merged into Keidanren in 2002
  '日経サイエンス',
  '日経連',
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
  // elections and members of the two Houses: not the House acting (衆院 / 参院 are kb-justice.yaml's)
  '衆院選',
  '参院選',
  '衆院議員',
  '参院議員',
  '衆院補選',
  '参院補選',
  // Tokyu group companies and lines that begin with the group's short name (data/entities/kb-groups.yaml's
  // org-tokyu): separate companies or a line, not Tokyu Corporation itself
  '東急不動産',
  '東急リバブル',
  '東急百貨店',
  '東急ホテルズ',
  '東急建設',
  '東急プラザ',
  '東急田園都市線',
  '東急東横線',
  '東急目黒線',
  '東急大井町線',
  '東急池上線',
  '東急多摩川線',
  '東急世田谷線',
  '東急線',
  // the 1995 sarin attack on the subway, named after the network, not the company Tokyo Metro
  '東京地下鉄サリン事件',
  // utilities' grid subsidiaries without an entry yet: separate companies, not the parent utility
  '北海道電力ネットワーク',
  '北陸電力送配電',
  '東北電力ネットワーク',
  // power plants named after their utility (kb-groups.yaml): a facility, not the company acting
  '東京電力福島第1原発',
  '東京電力福島第一原発',
  '東京電力福島第2原発',
  '東京電力福島第二原発',
  '東京電力福島第一原子力発電所',
  '東京電力福島第二原子力発電所',
  '東京電力柏崎刈羽原発',
  '東京電力柏崎刈羽原子力発電所',
  '東電福島第1原発',
  '東電福島第一原発',
  '東電福島第2原発',
  '東電福島第二原発',
  '東電柏崎刈羽原発',
  '中部電力浜岡原発',
  '中部電浜岡原発',
  '北陸電力志賀原発',
  '北海道電力泊原発',
  // separate companies, a training centre and a ground whose names begin with a maker's name (kb-groups.yaml)
  '味の素AGF',
  '味の素冷凍食品',
  '味の素ナショナルトレーニングセンター',
  '味の素フィールド西が丘',
  'ダイハツ九州',
  // the central bank's notes and an agency's art festival (data/entities/kb-state.yaml), not the institution acting
  '日本銀行券',
  '文化庁メディア芸術祭',
  // regional executives' associations and the SME owners' association, each separate from the
  // national 経済同友会 (data/entities/kb-econ.yaml; 関西経済同友会 is an entry of its own there)
  '北海道経済同友会',
  '岩手経済同友会',
  '秋田経済同友会',
  '山形経済同友会',
  '福島経済同友会',
  '茨城経済同友会',
  '群馬経済同友会',
  '埼玉経済同友会',
  '千葉県経済同友会',
  '神奈川経済同友会',
  '新潟経済同友会',
  '静岡経済同友会',
  '京都経済同友会',
  '神戸経済同友会',
  '岡山経済同友会',
  '広島経済同友会',
  '香川経済同友会',
  '愛媛経済同友会',
  '福岡経済同友会',
  '熊本経済同友会',
  '鹿児島経済同友会',
  '沖縄経済同友会',
  '中小企業家同友会',
  // the issuer's smartphone gift, a separate product from the QUO card (kb-dev5.yaml's prod-quo-card)
  'QUOカードPay',
  'クオカードペイ',
  // Singapore's aviation authority, not the airline (kb-dev5.yaml's org-singapore-airlines)
  'シンガポール航空当局',
  // GitHub's coding assistant and Microsoft's PC category, not the Copilot assistant (kb-tech2.yaml's prod-copilot)
  'GitHub Copilot',
  'Copilot+ PC',
  // the Japanese film about the Winny trial, not the software (kb-tech2.yaml's prod-winny)
  '映画Winny',
  // a football club and a concert hall named after a sponsor, not the recruitment firm (kb-contract.yaml's org-mynavi)
  'マイナビ仙台レディース',
  'マイナビ仙台',
  'マイナビBLITZ赤坂',
  'マイナビBLITZ',
  // a software company and a hotel federation that begin with a contractor's name (kb-contract.yaml)
  '日立物流ソフトウェア',
  '近畿日本ツーリスト協定旅館ホテル連盟',
];

/** The entity id of a blocker in the alias trie: no entry has an empty id. */
export const BLOCKER = '';
