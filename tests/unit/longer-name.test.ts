/**
 * A name at the start of another thing's name (lib/match/longer-name.ts), and a minister's
 * title after a person's name (lib/match/matcher.ts): the pure rule, then the real dataset.
 */
import { describe, expect, it } from 'vitest';
import { startsLongerName } from '../../lib/match/longer-name';
import { describeSenses, realMarks } from './sense-cases';

describe('startsLongerName', () => {
  it("a brand's programme, shop, bank or venue is another thing", () => {
    expect(startsLongerName('楽天', '楽天グループ', '', 'ポイントを付与')).toBe(true);
    expect(startsLongerName('JAL', '日本航空', '', 'マイレージバンク')).toBe(true);
    expect(startsLongerName('朝日新聞', '朝日新聞社', '', '出版が刊行')).toBe(true);
    expect(startsLongerName('イオン', 'イオン', '', '銀行のATM')).toBe(true);
  });

  it('the brand itself, followed by anything else, is the brand', () => {
    expect(startsLongerName('楽天', '楽天グループ', '', 'は発表した')).toBe(false);
    expect(startsLongerName('JAL', '日本航空', '', '便が欠航')).toBe(false);
  });

  it("where the entity's own name is the longer form, the short alias stands for it", () => {
    expect(startsLongerName('ゆうちょ', 'ゆうちょ銀行', '', '銀行の口座')).toBe(false);
  });

  it('a prefecture heading an address or in brackets after a company is a place', () => {
    expect(startsLongerName('東京都', '東京都（都庁）', '', '千代田区霞が関')).toBe(true);
    expect(startsLongerName('大阪府', '大阪府（府庁）', '', '堺市の工場')).toBe(true);
    expect(startsLongerName('埼玉県', '埼玉県', '', 'さいたま市')).toBe(true);
    expect(startsLongerName('東京都', '東京都（都庁）', '（', '）が')).toBe(true);
  });

  it("a place's name before の and a business is where the business is", () => {
    expect(startsLongerName('京都市', '京都市（市役所）', '', 'の情報処理会社が')).toBe(true);
    expect(startsLongerName('大阪府', '大阪府（府庁）', '', 'の業者に')).toBe(true);
    // a particle between: the city is acting
    expect(startsLongerName('京都市', '京都市（市役所）', '', 'の委託を受けた会社')).toBe(false);
    expect(startsLongerName('京都市', '京都市（市役所）', '', 'の職員が')).toBe(false);
    // the government's own contractor: the government is part of the story
    expect(startsLongerName('東京都', '東京都（都庁）', '', 'の委託業者が')).toBe(false);
    expect(startsLongerName('大阪市', '大阪市', '', 'の発注先の会社')).toBe(false);
  });

  it('a city followed by one of its wards is the start of an address', () => {
    expect(startsLongerName('大阪市', '大阪市（市役所）', '', '北区の会社が')).toBe(true);
    expect(startsLongerName('名古屋市', '名古屋市', '', '中区の事務所で')).toBe(true);
    expect(startsLongerName('大阪市', '大阪市（市役所）', '', 'の区役所で')).toBe(false);
    expect(startsLongerName('大阪市', '大阪市（市役所）', '', 'は発表した')).toBe(false);
  });

  it('a body named after its place is not the place', () => {
    expect(startsLongerName('群馬県', '群馬県', '', '医師会は発表した')).toBe(true);
    expect(startsLongerName('沖縄県', '沖縄県', '', '労働金庫は')).toBe(true);
    expect(startsLongerName('宮崎県', '宮崎県', '', '社会福祉協議会は')).toBe(true);
  });

  it('a prefecture before の and a municipality, or の and an institution, is a place', () => {
    expect(startsLongerName('広島県', '広島県', '', 'の三原市なども')).toBe(true);
    expect(startsLongerName('栃木県', '栃木県', '', 'の医療機関、医療法')).toBe(true);
    expect(startsLongerName('栃木県', '栃木県', '', 'の職員が')).toBe(false);
  });

  it('a Latin name followed by a capitalised Latin word is the head of a longer name, unless the word is a legal form', () => {
    expect(startsLongerName('G-Link', 'G-Link', '', ' Lite」')).toBe(true);
    expect(startsLongerName('Capcom', 'カプコン', '', ' Store」の')).toBe(true);
    expect(startsLongerName('Apple', 'アップル', '', ' Inc.」と')).toBe(false);
    expect(startsLongerName('Google', 'グーグル', '', ' LLC」の')).toBe(false);
    expect(startsLongerName('LINE', 'LINE', '', ' の利用者')).toBe(false);
    expect(startsLongerName('Windows', 'Windows', '', ' 10の')).toBe(false);
  });

  it("a facility's name used as a place, or followed by a web domain, is not the facility's owner", () => {
    expect(startsLongerName('北野病院', '北野病院', '', '前の交差点で')).toBe(true);
    expect(startsLongerName('海部病院', '海部病院', '', '跡地の再開発')).toBe(true);
    expect(startsLongerName('駿河屋', '駿河屋', '', '.JP」が不正')).toBe(true);
    // 前 starting another word (a former post) is not a place
    expect(startsLongerName('北野病院', '北野病院', '', '前院長は')).toBe(false);
  });

  it('a prefecture acting, or followed by a word that is not a municipality, is the government', () => {
    expect(startsLongerName('東京都', '東京都（都庁）', '', 'は発表した')).toBe(false);
    expect(startsLongerName('福岡県', '福岡県', '', '内の市町村')).toBe(false);
    expect(startsLongerName('東京都', '東京都（都庁）', '（', '都庁）')).toBe(false);
  });
});

describeSenses('a name at the start of another thing’s name is not the name’s entity', [
  {
    entity: 'org-ana',
    lookalikes: ['ANAカードの利用明細を確認した。', 'ANAスタジアムの命名権が決まった。'],
    examples: [['ANAは国内線の運航を再開した。', 'ANA']],
  },
  {
    entity: 'org-paypay',
    lookalikes: ['PayPayポイントの付与が遅れている。'],
    examples: [['PayPayは不正利用の被害を補償すると発表した。', 'PayPay']],
  },
  {
    entity: 'org-aeon',
    lookalikes: ['イオン銀行のATMが一時使えなくなった。'],
    examples: [['イオンは全国の店舗で販売を始めると発表した。', 'イオン']],
  },
  {
    entity: 'gov-osaka-pref',
    lookalikes: ['同社の本社は大阪府堺市にある。', '名簿業者（大阪府）が摘発された。'],
    examples: [['大阪府は個人情報の流出を発表した。', '大阪府']],
  },
]);

describe("a minister's title after a person's name is the person's", () => {
  const marks = realMarks();
  it('岸信夫防衛相: the person, not the ministry; a bare 防衛相 is the ministry', () => {
    expect(marks('岸信夫防衛相は記者会見で説明した。').map((m) => m.entity)).not.toContain('gov-mod');
    expect(marks('防衛相は記者会見で説明した。')).toContainEqual({ text: '防衛相', entity: 'gov-mod' });
  });
});
