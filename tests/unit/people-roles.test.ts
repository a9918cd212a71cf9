import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KbIndex } from '../../lib/kb/index';
import { roleOn } from '../../lib/rank';
import { realKb } from './real-kb';

let kb: KbIndex;
beforeAll(() => {
  kb = realKb().kb;
});

const role = (id: string, day: string) => roleOn(kb.entity(id)!, day);

describe('people of the LINE story: the role held at the article date', () => {
  it('every person in data/entities/people.yaml has a sourced role', () => {
    const file = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'entities', 'people.yaml'), 'utf8');
    const ids = [...file.matchAll(/^- id: (per-\S+)/gm)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThanOrEqual(16);
    for (const id of ids) expect(kb.entity(id)?.roles?.length, id).toBeGreaterThan(0);
  });

  it('the March 2021 coverage shows each speaker with the organisation he spoke for', () => {
    expect(role('per-masuda', '2021-03-23')?.entity).toBe('org-line-corp');
    expect(role('per-ikenobe', '2021-03-23')?.entity).toBe('org-line-corp');
    expect(role('per-nakatani', '2021-03-23')?.entity).toBe('org-zhd');
    expect(role('per-minemura', '2021-03-17')?.entity).toBe('org-asahi');
    expect(role('per-shiokawa', '2021-03-31')?.title?.ja).toContain('衆議院議員');
  });

  it('earlier roles at earlier dates, and none outside what the sources confirm', () => {
    expect(role('per-nakatani', '2019-02-01')?.entity).toBe('gov-npa'); // IGCI until some time in 2018, then the NPA
    expect(role('per-nakatani', '2016-06-01')?.title?.ja).toContain('IGCI');
    expect(role('per-nakatani', '2019-06-01')).toBeUndefined(); // his Yahoo role's span is not confirmed
    expect(role('per-minemura', '2023-01-01')).toBeUndefined(); // left the Asahi in April 2022
    expect(role('per-shin', '2024-07-01')).toBeUndefined(); // announced to step down on 18 June 2024
  });
});
