/**
 * Messages the content script accepts, checked by hand: the content script runs in
 * every matching tab, so it carries no schema library (see ./messages.ts for the
 * validated protocol of the extension's own pages and background).
 */
export type ContentRequestT =
  | { type: 'navigate'; direction: 1 | -1 }
  | { type: 'focus-mark'; id: number }
  | { type: 'summary' }
  | { type: 'stats' };

export function parseContentRequest(raw: unknown): ContentRequestT | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const m = raw as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  switch (m.type) {
    case 'navigate':
      return keys === 'direction,type' && (m.direction === 1 || m.direction === -1) ? { type: 'navigate', direction: m.direction } : undefined;
    case 'focus-mark':
      return keys === 'id,type' && Number.isInteger(m.id) && (m.id as number) >= 0 ? { type: 'focus-mark', id: m.id as number } : undefined;
    case 'summary':
    case 'stats':
      return keys === 'type' ? { type: m.type } : undefined;
    default:
      return undefined;
  }
}
