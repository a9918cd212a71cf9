import { describe, expect, it } from 'vitest';
import { parseContentRequest } from '../../entrypoints/shared/content-messages';
import { DEFAULT_COLORS } from '../../entrypoints/shared/settings-model';

describe('parseContentRequest', () => {
  it('accepts the four requests', () => {
    expect(parseContentRequest({ type: 'navigate', direction: -1 })).toEqual({ type: 'navigate', direction: -1 });
    expect(parseContentRequest({ type: 'focus-mark', id: 3 })).toEqual({ type: 'focus-mark', id: 3 });
    expect(parseContentRequest({ type: 'summary' })).toEqual({ type: 'summary' });
    expect(parseContentRequest({ type: 'stats' })).toEqual({ type: 'stats' });
  });

  it('rejects anything malformed', () => {
    for (const bad of [
      null,
      'navigate',
      [],
      {},
      { type: 'navigate', direction: 2 },
      { type: 'navigate' },
      { type: 'focus-mark', id: -1 },
      { type: 'focus-mark', id: 1.5 },
      { type: 'stats', extra: 1 },
      { type: 'annotate' },
    ]) {
      expect(parseContentRequest(bad)).toBeUndefined();
    }
  });
});

describe('pushed settings view', () => {
  const view = {
    on: true,
    categories: { organization: true, government: true, person: false, law: true, product: true, incident: true, correction: true },
    colors: { ...DEFAULT_COLORS },
    underline: 'dotted',
    theme: 'dark',
    hoverDelayMs: 300,
    cardSize: 'large',
    markEvery: true,
    tapToOpen: 'off',
  };

  it('accepts a tab settings view, field by field', () => {
    expect(parseContentRequest({ type: 'settings', settings: view })).toEqual({ type: 'settings', settings: view });
  });

  it('rejects a view with a bad or missing field, or extra keys on the message', () => {
    for (const bad of [
      { ...view, on: 'yes' },
      { ...view, underline: 'blink' },
      { ...view, hoverDelayMs: 5000 },
      { ...view, colors: { ...view.colors, law: 'red' } },
      { ...view, categories: {} },
      { ...view, tapToOpen: 'sometimes' },
      { ...view, markEvery: 'yes' },
    ]) {
      expect(parseContentRequest({ type: 'settings', settings: bad })).toBeUndefined();
    }
    expect(parseContentRequest({ type: 'settings', settings: view, extra: 1 })).toBeUndefined();
  });
});
