// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Card } from '../../components/card/Card';
import type { ClaimCard, CompiledKb, EntityView } from '../../lib/kb/types';
import { rankCard, rankKb, type RankedCard } from '../../lib/rank';

const t = (k: string, subs?: string[]) => (subs?.length ? `${k}(${subs.join(',')})` : k);

const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const entity: EntityView = {
  id: 'org-x',
  category: 'organization',
  names: { ja: `X社${hostile}` },
  summary: { ja: `概要${hostile}` },
  related: [],
  facts: [
    { date: '2020-01-01', text: { ja: `前の事実${hostile}` }, sources: [{ publisher: `出版社${hostile}`, url: 'javascript:alert(1)' }], status: 'verified' },
    { date: '2023-10-01', text: { ja: '後の事実' }, sources: [{ publisher: '朝日新聞', url: 'https://www.asahi.com/' }], status: 'unverified' },
  ],
};

/** The card renders what the background ranked: the same ranking, over a one-entry dataset. */
function ranked(e: EntityView, published?: string): RankedCard {
  const kb: CompiledKb = { version: 'v1', date: '2026-01-01', entities: [e], aliases: [], people: [], claims: [] };
  const one = new Map([[e.id, e]]);
  return rankCard(rankKb({ kb, entity: (id) => one.get(id) }), e.id, { ...(published ? { published } : {}), mentions: [] })!;
}

function mount(props: Partial<Parameters<typeof Card>[0]>) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<Card lang="ja" version="v1" t={t} pinned={false} onPin={() => {}} onClose={() => {}} {...props} />, root);
  return root;
}

describe('Card', () => {
  it('renders dataset strings that contain markup as text, never as elements', () => {
    const root = mount({ entity, ranked: ranked(entity, '2021-03-18'), published: '2021-03-18' });
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('概要<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    // only http(s) sources become links, whatever the data says
    expect(root.querySelector('a[href^="javascript:"]')).toBeNull();
  });

  it('is a labelled non-modal dialog', () => {
    const root = mount({ entity });
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!.textContent).toContain('X社');
  });

  it('splits facts at the article date and marks unverified ones', () => {
    const root = mount({ entity, ranked: ranked(entity, '2021-03-18'), published: '2021-03-18' });
    const later = root.querySelector('.later')!;
    expect(later.textContent).toContain('後の事実');
    expect(later.textContent).toContain('cardUnverified');
    expect(root.querySelector('section[aria-label="cardFacts"]')!.textContent).toContain('前の事実');
  });

  it('opens source links in a new tab without the referrer', () => {
    const root = mount({ entity, ranked: ranked(entity, '2021-03-18'), published: '2021-03-18' });
    const a = root.querySelector('a[href="https://www.asahi.com/"]')!;
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows a claim verdict with its correction and sources', () => {
    const claim: ClaimCard = {
      id: 'c1',
      claim: { ja: '主張' },
      verdict: 'outdated',
      correction: { ja: `訂正文${hostile}` },
      about: ['org-x'],
      appearances: [],
      sources: [{ publisher: 'NHK' }],
      reviewed: '2026-11-23',
      status: 'verified',
    };
    const root = mount({ claim });
    expect(root.querySelector('.verdict')!.textContent).toContain('verdictOutdated');
    expect(root.querySelector('.correction')!.textContent).toBe(`訂正文${hostile}`);
    expect(root.querySelector('img')).toBeNull();
  });
});

describe('Card with an update note', () => {
  const note = {
    kind: 'figure' as const,
    entity: 'org-x',
    said: '約44万件',
    now: {
      date: '2024-02-14',
      quantity: { measure: 'records' as const, value: 520000, approx: 'about' as const },
      sources: [{ publisher: 'ITmedia NEWS', url: 'https://www.itmedia.co.jp/' }],
    },
  };
  it('words a figure revised after the article as an update, not as an error', () => {
    const root = mount({ entity, update: note, published: '2023-11-28' });
    const section = root.querySelector('section.update')!;
    expect(section.getAttribute('aria-label')).toBe('cardUpdate');
    expect(section.textContent).toContain('cardUpdateSaid(約44万件)');
    expect(section.textContent).toContain('cardUpdateSinceFigure(約52万件,2024年2月14日)');
    expect(section.textContent).not.toContain('cardUpdateOutdated');
    expect(section.classList.contains('outdated')).toBe(false);
    expect(section.querySelector('a')!.getAttribute('href')).toBe('https://www.itmedia.co.jp/');
  });
  it('says the article was out of date only when the newer fact came first', () => {
    const root = mount({ entity, update: { ...note, verdict: 'outdated' }, published: '2024-05-01' });
    expect(root.querySelector('section.update.outdated')!.textContent).toContain('cardUpdateOutdated');
    expect(root.textContent).toContain('cardUpdateAlready(約52万件,2024年2月14日)');
  });
  it("gives a plan's result and what happened, in English when asked", () => {
    const plan = {
      kind: 'plan' as const,
      entity: 'org-x',
      said: '6月までに移す計画',
      now: { date: '2021-06-02', result: 'changed' as const, text: { ja: '一部は2024年まで', en: 'part took until 2024' }, sources: [] },
    };
    const root = mount({ entity, update: plan, lang: 'en', published: '2021-03-24' });
    expect(root.textContent).toContain('cardUpdateSince(resultChanged,2 Jun 2021)');
    expect(root.textContent).toContain('part took until 2024');
  });
});
