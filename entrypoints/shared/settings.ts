/**
 * The reader's settings: typed, validated field by field, versioned with migrations.
 * An update never loses a setting (every old version migrates forward) and an invalid
 * stored value falls back to the default for that field alone.
 */
import { z } from 'zod';
import { MARK_KINDS } from '../../lib/kb/vocabulary';
import { CARD_SIZES, defaults, TAP_TO_OPEN, THEMES, UNDERLINES, type Settings } from './settings-model';
import { MAX_HOVER_DELAY_MS } from './timing';

export { activeOn, DEFAULT_COLORS, defaults, type Settings } from './settings-model';

z.config({ jitless: true });

/** Bump with a migration in MIGRATIONS whenever a stored field changes shape or name. */
export const SETTINGS_VERSION = 1;

const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const Host = z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i);
const D = defaults();

/** Each field with its own default, so one bad field never resets the others. */
export const FIELDS = {
  enabled: z.boolean().default(D.enabled),
  disabledSites: z.array(Host).max(10_000).default(D.disabledSites),
  addedSites: z.array(Host).max(10_000).default(D.addedSites),
  categories: z.partialRecord(z.enum(MARK_KINDS), z.boolean()).default(D.categories),
  underline: z.enum(UNDERLINES).default(D.underline),
  colors: z.partialRecord(z.enum(MARK_KINDS), Color).default(D.colors),
  theme: z.enum(THEMES).default(D.theme),
  hoverDelayMs: z.number().int().min(0).max(MAX_HOVER_DELAY_MS).default(D.hoverDelayMs),
  cardSize: z.enum(CARD_SIZES).default(D.cardSize),
  markEvery: z.boolean().default(D.markEvery),
  tapToOpen: z.enum(TAP_TO_OPEN).default(D.tapToOpen),
} satisfies Record<keyof Settings, z.ZodType>;

/** Stored form: the fields plus the schema version they were written with. */
export interface Stored {
  version?: unknown;
  [field: string]: unknown;
}

export type Migration = (s: Stored) => Stored;

/**
 * Migrations, oldest first: `MIGRATIONS[n]` turns a version-n object into version n + 1.
 * Version 1 is the first release, so there is none yet; each future change adds one,
 * with a stored fixture of the old version in tests/fixtures/settings/.
 */
export const MIGRATIONS: Record<number, Migration> = {};

export function migrate(stored: Stored, migrations: Record<number, Migration> = MIGRATIONS, target = SETTINGS_VERSION): Stored {
  let s = { ...stored };
  let v = typeof s.version === 'number' && Number.isInteger(s.version) && s.version >= 1 ? s.version : 1;
  if (v > target) return s; // written by a newer build: read what we can, field by field
  while (v < target) {
    const step = migrations[v];
    if (!step) throw new Error(`no settings migration from version ${v}`);
    s = step(s);
    v++;
  }
  return { ...s, version: target };
}

export interface ParseResult {
  settings: Settings;
  /** fields whose stored value was invalid and fell back to the default */
  reset: string[];
}

export function parseSettings(stored: Stored | undefined | null, migrations: Record<number, Migration> = MIGRATIONS, target = SETTINGS_VERSION): ParseResult {
  const s = migrate(stored && typeof stored === 'object' ? stored : { version: target }, migrations, target);
  const out = defaults() as unknown as Record<string, unknown>;
  const reset: string[] = [];
  for (const [key, schema] of Object.entries(FIELDS)) {
    if (!(key in s) || s[key] === undefined) continue;
    const r = (schema as z.ZodType).safeParse(s[key]);
    if (r.success) out[key] = key === 'categories' || key === 'colors' ? { ...(out[key] as object), ...(r.data as object) } : r.data;
    else reset.push(key);
  }
  return { settings: out as unknown as Settings, reset };
}

export function toStored(settings: Settings): Stored {
  return { ...settings, version: SETTINGS_VERSION };
}
