/** FNV-1a over `len` UTF-16 units of `s` from `at`, as an unsigned 32-bit number (no substring is made). */
export function fnv1aRange(s: string, at: number, len: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + len; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over UTF-16 units, as 8 hex digits: a stable, dependency-free content tag. */
export function fnv1a(s: string): string {
  return fnv1aRange(s, 0, s.length).toString(16).padStart(8, '0');
}
