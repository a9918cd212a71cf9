import { describe, expect, it } from 'vitest';
import { parseContentRequest } from '../../entrypoints/shared/content-messages';

describe('parseContentRequest', () => {
  it('accepts the four requests', () => {
    expect(parseContentRequest({ type: 'navigate', direction: -1 })).toEqual({ type: 'navigate', direction: -1 });
    expect(parseContentRequest({ type: 'focus-mark', id: 3 })).toEqual({ type: 'focus-mark', id: 3 });
    expect(parseContentRequest({ type: 'summary' })).toEqual({ type: 'summary' });
    expect(parseContentRequest({ type: 'stats' })).toEqual({ type: 'stats' });
  });

  it('rejects anything malformed', () => {
    for (const bad of [null, 'navigate', [], {}, { type: 'navigate', direction: 2 }, { type: 'navigate' }, { type: 'focus-mark', id: -1 }, { type: 'focus-mark', id: 1.5 }, { type: 'stats', extra: 1 }, { type: 'annotate' }]) {
      expect(parseContentRequest(bad)).toBeUndefined();
    }
  });
});
