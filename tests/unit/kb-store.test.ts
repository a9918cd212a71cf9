/**
 * The background's dataset, half by half (entrypoints/background/kb-store.ts): a page's
 * first answer needs the matching half only, and never waits for the cards half.
 */
import { describe, expect, it } from 'vitest';
import { KbHalves } from '../../entrypoints/background/kb-store';
import type { CardsKb, MatchKb } from '../../lib/kb/types';

const match: MatchKb = {
  version: 'v1',
  date: '2026-11-30',
  entities: [{ id: 'org-a', category: 'organization', names: { ja: 'エー社' } }],
  aliases: [],
  people: [],
  claims: [],
};
const cards = { version: 'v1', date: '2026-11-30', entities: [{ summary: { ja: '要約' }, related: [], facts: [] }] } as unknown as CardsKb;

/** A load the test settles by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('KbHalves', () => {
  it('gives the matching half while the cards half is still being read', async () => {
    const slow = deferred<CardsKb>();
    const kb = new KbHalves(
      async () => match,
      () => slow.promise,
    );
    const full = kb.full();
    const m = await kb.matching();
    expect(m.entity('org-a')?.names.ja).toBe('エー社');
    expect(kb.fullNow()).toBeUndefined();
    slow.resolve(cards);
    const whole = await full;
    expect(whole.entity('org-a')).toMatchObject({ id: 'org-a', summary: { ja: '要約' } });
    expect(kb.fullNow()).toBe(whole);
    // the joined index serves the matching side too from then on
    expect(await kb.matching()).toBe(whole);
  });

  it('reads each half once, and again after a release', async () => {
    let matchReads = 0;
    let cardReads = 0;
    const kb = new KbHalves(
      async () => (matchReads++, match),
      async () => (cardReads++, cards),
    );
    await Promise.all([kb.full(), kb.full(), kb.matching()]);
    expect([matchReads, cardReads]).toEqual([1, 1]);
    kb.release();
    expect(kb.fullNow()).toBeUndefined();
    await kb.full();
    expect([matchReads, cardReads]).toEqual([2, 2]);
  });

  it('a cards half that fails to load is tried again, and the matching half stays usable', async () => {
    let fail = true;
    const kb = new KbHalves(
      async () => match,
      async () => {
        if (fail) throw new Error('kb-cards.json: HTTP 404');
        return cards;
      },
    );
    await expect(kb.full()).rejects.toThrow('HTTP 404');
    expect((await kb.matching()).kb.version).toBe('v1');
    fail = false;
    expect((await kb.full()).entity('org-a')).toMatchObject({ summary: { ja: '要約' } });
  });

  it('refuses halves of two different builds', async () => {
    const kb = new KbHalves(
      async () => match,
      async () => ({ ...cards, version: 'v2' }),
    );
    await expect(kb.full()).rejects.toThrow('dataset halves differ');
  });

  it('a release during the cards read keeps nothing of it', async () => {
    const slow = deferred<CardsKb>();
    const kb = new KbHalves(
      async () => match,
      () => slow.promise,
    );
    const full = kb.full();
    await kb.matching();
    kb.release();
    slow.resolve(cards);
    await full;
    expect(kb.fullNow()).toBeUndefined();
  });
});
