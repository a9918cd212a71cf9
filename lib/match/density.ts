/**
 * Mark density: by default an entity is underlined at its first mention in each
 * section of the article (the convention of linking a term once), where headings
 * split sections and an article without headings is one section. Pure: the page's
 * marks pass the section starts they read from its headings.
 */

/**
 * Which of the mentions (in any order) to mark: the first of each entity per section.
 * `sectionStarts` are text offsets where a section begins (a heading's first character).
 */
export function firstPerSection(mentions: ReadonlyArray<{ start: number; entity: string }>, sectionStarts: readonly number[]): boolean[] {
  const starts = [...sectionStarts].sort((a, b) => a - b);
  const sectionOf = (pos: number): number => {
    let lo = 0;
    let hi = starts.length; // number of starts <= pos
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const order = mentions.map((m, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const seen = new Set<string>();
  const keep = mentions.map(() => false);
  for (const i of order) {
    const m = mentions[i]!;
    const key = `${sectionOf(m.start)}\u0000${m.entity}`;
    if (seen.has(key)) continue;
    seen.add(key);
    keep[i] = true;
  }
  return keep;
}
