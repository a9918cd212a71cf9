/**
 * The reader's settings: typed, validated field by field, versioned with migrations.
 * An update never loses a setting (every old version migrates forward) and an invalid
 * stored value falls back to the default for that field alone.
 */
import { z } from 'zod';

z.config({ jitless: true });

/** Bump with a migration in MIGRATIONS whenever a stored field changes shape or name. */
export const SETTINGS_VERSION = 1;

export const MARK_CATEGORIES = ['organization', 'government', 'person', 'law', 'product', 'incident', 'correction'] as const;
export type MarkCategoryName = (typeof MARK_CATEGORIES)[number];

const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const Host = z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i);

export const DEFAULT_COLORS: Record<MarkCategoryName, string> = {
  organization: '#2563eb',
  government: '#0d9488',
  person: '#9333ea',
  law: '#b45309',
  product: '#0891b2',
  incident: '#dc2626',
  correction: '#e11d48',
};

/** Each field with its own default, so one bad field never resets the others. */
export const FIELDS = {
  enabled: z.boolean().default(true),
  /** hosts where the reader turned annotation off */
  disabledSites: z.array(Host).max(10_000).default([]),
  /** hosts the reader added (granted through optional host permissions) */
  addedSites: z.array(Host).max(10_000).default([]),
  categories: z
    .partialRecord(z.enum(MARK_CATEGORIES), z.boolean())
    .default(Object.fromEntries(MARK_CATEGORIES.map((c) => [c, true])) as Record<MarkCategoryName, boolean>),
  underline: z.enum(['solid', 'dotted', 'dashed', 'wavy']).default('solid'),
  colors: z.partialRecord(z.enum(MARK_CATEGORIES), Color).default(DEFAULT_COLORS),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** hover intent before a card opens (ms) */
  hoverDelayMs: z.number().int().min(0).max(2000).default(150),
  cardSize: z.enum(['small', 'medium', 'large']).default('medium'),
} as const;

type Parsed = { [K in keyof typeof FIELDS]: z.output<(typeof FIELDS)[K]> };
/** Per-category maps are complete once parsed (missing keys take their default). */
export type Settings = Omit<Parsed, 'categories' | 'colors'> & {
  categories: Record<MarkCategoryName, boolean>;
  colors: Record<MarkCategoryName, string>;
};

export function defaults(): Settings {
  return Object.fromEntries(Object.entries(FIELDS).map(([k, schema]) => [k, schema.parse(undefined)])) as Settings;
}

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

export function parseSettings(
  stored: Stored | undefined | null,
  migrations: Record<number, Migration> = MIGRATIONS,
  target = SETTINGS_VERSION,
): ParseResult {
  const s = migrate(stored && typeof stored === 'object' ? stored : { version: target }, migrations, target);
  const out = defaults() as Record<string, unknown>;
  const reset: string[] = [];
  for (const [key, schema] of Object.entries(FIELDS)) {
    if (!(key in s) || s[key] === undefined) continue;
    const r = (schema as z.ZodType).safeParse(s[key]);
    if (r.success) out[key] = key === 'categories' || key === 'colors' ? { ...(out[key] as object), ...(r.data as object) } : r.data;
    else reset.push(key);
  }
  return { settings: out as Settings, reset };
}

export function toStored(settings: Settings): Stored {
  return { ...settings, version: SETTINGS_VERSION };
}

/** Whether annotation runs on a host, given the settings. */
export function activeOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}
