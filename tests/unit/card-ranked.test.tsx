// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Card } from '../../components/card/Card';
import { compileKb } from '../../lib/kb/compile';
import { KbIndex } from '../../lib/kb/index';
import { FIRST_SCREEN_FACTS, rankCard, rankKb, type ArticleContext, type RankKb } from '../../lib/rank';

const t = (k: string, subs?: string[]) => (subs?.length ? `${k}(${subs.join(',')})` : k);
let kb: KbIndex;
let rk: RankKb;
beforeAll(() => {
  // the dataset as this run read it (./global-setup.ts), compiled on a fixed date
  const src = inject('datasetSources');
  kb = new KbIndex(
    compileKb(
      src.entities.map((e) => e.value),
      src.claims.map((c) => c.value),
      '2026-01-01',
    ),
  );
  rk = rankKb(kb);
});

function mount(id: string, ctx: ArticleContext, lang: 'ja' | 'en' = 'ja') {
  const root = document.createElement('div');
  document.body.append(root);
  const entity = kb.entity(id)!;
  const ranked = rankCard(rk, id, ctx)!;
  render(
    <Card
      entity={entity}
      ranked={ranked}
      {...(ctx.published ? { published: ctx.published } : {})}
      lang={lang}
      version="v"
      t={t}
      pinned={false}
      onPin={() => {}}
      onClose={() => {}}
    />,
    root,
  );
  return root;
}

describe('Card with ranked facts', () => {
  it("a person's card shows the role held at the article's date (Kato: Chief Cabinet Secretary in 2021, health minister in 2023)", () => {
    const r2021 = mount('per-kato', { published: '2021-03-18', mentions: [] });
    const role2021 = r2021.querySelector('.rel-role')!.textContent!;
    expect(role2021).toContain('内閣官房長官');
    expect(role2021).not.toContain('厚生労働大臣');
    expect(role2021).toContain('2020-09-16');
    const r2023 = mount('per-kato', { published: '2023-06-14', mentions: [] }, 'en');
    expect(r2023.querySelector('.rel-role')!.textContent).toContain('Minister of Health, Labour and Welfare');
  });

  it('first screen: the defining fact and three more, labelled with their entry when not the hovered one; the rest behind one disclosure', () => {
    const root = mount('org-line-app', {
      published: '2024-06-19',
      mentions: [
        ['org-ly', 2],
        ['inc-ly-leak', 1],
        ['org-line-app', 1],
      ],
    });
    const first = root.querySelectorAll('section.facts li');
    expect(first.length).toBe(1 + FIRST_SCREEN_FACTS);
    expect(first[0]!.classList.contains('defining')).toBe(true);
    expect(Array.from(first).some((li) => li.querySelector('.owner')?.textContent === 'LINEヤフー')).toBe(true);
    const more = root.querySelector('details.more')!;
    expect(more.hasAttribute('open')).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe('cardMore');
    expect(more.querySelector('section.story')).not.toBeNull();
  });

  it("the story's latest state after the article is highlighted on the first screen", () => {
    const root = mount('org-ly', {
      published: '2023-11-28',
      mentions: [
        ['org-ly', 2],
        ['inc-ly-leak', 1],
      ],
    });
    const latest = root.querySelector('section.latest-state li.latest');
    expect(latest).not.toBeNull();
    expect(latest!.querySelector('time')!.getAttribute('datetime')! > '2023-11-28').toBe(true);
    // inside the disclosure: the timeline before the article, then what followed
    const story = root.querySelector('details.more section.story')!;
    expect(story.querySelector('h3')!.textContent).toContain('LINEヤフーの情報漏えい');
    expect(story.querySelector('ol.later')).not.toBeNull();
  });

  it('an organisation shows its successor whatever the date, and its parent only while it held', () => {
    const root = mount('org-line-corp', { published: '2021-03-24', mentions: [] });
    const rel = Array.from(root.querySelectorAll('.relations li')).map((li) => li.textContent);
    expect(rel.some((x) => x!.includes('cardSuccessor') && x!.includes('LINEヤフー') && x!.includes('2023-10-01'))).toBe(true);
    expect(rel.some((x) => x!.includes('cardParent') && x!.includes('Zホールディングス'))).toBe(true);
    const before = Array.from(mount('org-line-corp', { published: '2020-01-01', mentions: [] }).querySelectorAll('.relations li')).map((li) => li.textContent);
    expect(before.some((x) => x!.includes('cardParent'))).toBe(false);
  });
});
