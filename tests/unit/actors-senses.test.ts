/**
 * The actors of the older incidents (data/entities/actors-older.yaml) against the real dataset:
 * a name that is also an ordinary word or another thing's name stays unmarked in a look-alike
 * sentence, and is marked in a sentence about the actor; a longer name (KADOKAWA Connected,
 * NTTマーケティングアクトProCX, 角川ドワンゴ学園) goes to its own entry, not to the shorter one it contains.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/annotate';
import type { KbIndex } from '../../lib/kb/index';
import { nodeTokenizer } from '../../lib/tokenize/node-dict';
import type { Tokenizer } from '../../lib/tokenize/types';
import { realKb } from './real-kb';

let tk: Tokenizer;
let kb: KbIndex;
beforeAll(async () => {
  tk = await nodeTokenizer();
  kb = realKb().kb;
});
/** every mention of a text as [surface, entity id] */
const found = (text: string) => annotate(text, kb, tk).mentions.map((m) => [m.text, m.entity]);
/** the entity ids marked in a text */
const ids = (text: string) => found(text).map(([, id]) => id);

describe('look-alikes: an ordinary word or another thing is not the actor', () => {
  it('ニコニコ as a smile is not the video service', () => {
    expect(ids('子どもたちはニコニコしながら校庭を走り回った。')).not.toContain('prod-niconico');
    expect(ids('店主はいつもニコニコと客を迎える。')).not.toContain('prod-niconico');
  });

  it('ブラックスーツ as clothing is not the ransomware group', () => {
    expect(ids('式典にはブラックスーツで出席した。')).not.toContain('atk-blacksuit');
    expect(ids('新作のブラックスーツが店頭に並んだ。')).not.toContain('atk-blacksuit');
  });

  it('リクルート as job hunting is not the company', () => {
    expect(ids('学生たちはリクルートスーツ姿で説明会に並んだ。')).not.toContain('org-recruit');
    expect(ids('大学のリクルート活動は春に本格化する。')).not.toContain('org-recruit');
  });

  it('松本大 as Matsumoto University is not the Monex founder', () => {
    expect(ids('松本大の学生が地元の祭りに参加した。')).not.toContain('per-matsumoto-oki');
    expect(ids('松本大と信州大が共同研究を始めた。')).not.toContain('per-matsumoto-oki');
  });

  it('尼崎市 as a place is not its government', () => {
    expect(ids('尼崎市の商店街で夏祭りが開かれた。')).not.toContain('gov-amagasaki-city');
    expect(ids('尼崎市出身の選手が優勝した。')).not.toContain('gov-amagasaki-city');
  });

  it("森林 is forest, not NTT West's president, in an article that does not name him", () => {
    expect(ids('森林の保全に取り組む団体が社長賞を受けた。')).not.toContain('per-moribayashi');
  });

  it('セブンペイ the service in a sentence without its trouble is neither the company nor the incident', () => {
    const got = ids('セブンペイのキャンペーンが始まった。');
    expect(got).not.toContain('org-7pay');
    expect(got).not.toContain('inc-7pay');
  });
});

describe('examples: the actor is marked', () => {
  it('the video service when the sentence speaks of it', () => {
    expect(found('ニコニコのサービスは8月5日に再開した。')).toContainEqual(['ニコニコ', 'prod-niconico']);
    expect(found('ニコニコ動画が止まった。')).toContainEqual(['ニコニコ動画', 'prod-niconico']);
  });

  it('the ransomware group in katakana or Latin letters', () => {
    expect(found('ハッカー集団ブラックスーツが犯行声明を出した。')).toContainEqual(['ブラックスーツ', 'atk-blacksuit']);
    expect(found('BlackSuitはデータを公開すると脅した。')).toContainEqual(['BlackSuit', 'atk-blacksuit']);
  });

  it('Recruit as the parent in the Rikunabi story', () => {
    expect(found('個人情報保護委員会はリクルートキャリアと親会社のリクルートに勧告した。')).toEqual(
      expect.arrayContaining([
        ['リクルートキャリア', 'org-recruit-career'],
        ['リクルート', 'org-recruit'],
      ]),
    );
  });

  it('Matsumoto Oki when Monex is named', () => {
    expect(found('マネックスグループの松本大社長がコインチェック買収を発表した。')).toEqual(
      expect.arrayContaining([
        ['マネックスグループ', 'org-monex'],
        ['松本大', 'per-matsumoto-oki'],
        ['コインチェック', 'org-coincheck'],
      ]),
    );
  });

  it('Amagasaki city when it acts', () => {
    expect(found('尼崎市はBIPROGYを入札参加停止とした。')).toEqual(
      expect.arrayContaining([
        ['尼崎市', 'gov-amagasaki-city'],
        ['BIPROGY', 'org-biprogy'],
      ]),
    );
  });

  it('森林社長 once the article names 森林正彰', () => {
    expect(found('NTT西日本の森林正彰社長が辞任を表明した。森林社長は会見で謝罪した。')).toEqual(
      expect.arrayContaining([
        ['NTT西日本', 'org-ntt-west'],
        ['森林社長', 'per-moribayashi'],
      ]),
    );
  });
});

describe('a longer name goes to its own entry', () => {
  it('KADOKAWA Connected is the subsidiary, KADOKAWA alone the parent', () => {
    const got = found('KADOKAWA Connectedのサーバーが攻撃され、KADOKAWAは謝罪した。');
    expect(got).toContainEqual(['KADOKAWA Connected', 'org-kadokawa-connected']);
    expect(got).toContainEqual(['KADOKAWA', 'org-kadokawa']);
    expect(got).not.toContainEqual(['KADOKAWA Connected', 'org-kadokawa']);
  });

  it('角川ドワンゴ学園 is the school, not Dwango', () => {
    const got = found('角川ドワンゴ学園の生徒の情報も漏洩した。');
    expect(got).toContainEqual(['角川ドワンゴ学園', 'org-kadokawa-dwango-gakuen']);
    expect(ids('角川ドワンゴ学園の生徒の情報も漏洩した。')).not.toContain('org-dwango');
  });

  it('NTT西日本の子会社 NTTマーケティングアクトProCX is the subsidiary', () => {
    const got = found('NTT西日本の子会社NTTマーケティングアクトProCXに勧告が出た。');
    expect(got).toContainEqual(['NTTマーケティングアクトProCX', 'org-procx']);
    expect(got).toContainEqual(['NTT西日本', 'org-ntt-west']);
  });

  it('the incident name wins over the company it contains', () => {
    expect(found('コインチェック事件から6年がたった。')).toContainEqual(['コインチェック事件', 'inc-coincheck']);
    expect(ids('コインチェック事件から6年がたった。')).not.toContain('org-coincheck');
    expect(found('日本年金機構の情報流出が発覚した。')).toContainEqual(['日本年金機構の情報流出', 'inc-nenkin-leak']);
  });
});
