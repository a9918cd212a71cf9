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
  // answers come in text order: sorted again only if they are not (a long page's answer
  // holds tens of thousands of mentions, and this runs on the page's main thread)
  let ordered = true;
  for (let i = 1; i < mentions.length && ordered; i++) ordered = mentions[i - 1]!.start <= mentions[i]!.start;
  const order = ordered ? undefined : mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  // in text order the section only grows: a mention is kept where its entity was last
  // kept in an earlier section (or never)
  const keptIn = new Map<string, number>();
  const keep = new Array<boolean>(mentions.length).fill(false);
  let section = 0;
  for (let k = 0; k < mentions.length; k++) {
    const i = order ? order[k]! : k;
    const m = mentions[i]!;
    while (section < starts.length && starts[section]! <= m.start) section++;
    if (keptIn.get(m.entity) === section) continue;
    keptIn.set(m.entity, section);
    keep[i] = true;
  }
  return keep;
}
