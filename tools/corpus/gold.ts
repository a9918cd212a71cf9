/**
 * The corpus gold format (tests/corpus/gold/*.json, the same shape as ../shared/corpus/gold):
 * which entity each surface of an article must be found as, which look-alike surfaces
 * must stay unmarked, and which statements should get a correction.
 */
import { z } from 'zod';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const GoldMention = z.object({ surface: z.string().min(1), entity: z.string().min(1) });
export const GoldForbidden = z.object({ surface: z.string().min(1), entity: z.string().optional(), why: z.string().optional() });
export const GoldClaim = z.object({
  quote: z.string().min(1),
  kind: z.enum(['claim', 'figure', 'plan', 'suspicion']).optional(),
  ref: z.string().optional(),
  verdict: z.string().optional(),
});

export const Gold = z.object({
  text: z.string().min(1),
  published: Day.optional(),
  split: z.enum(['dev', 'test']).optional(),
  topic: z.string().optional(),
  basedOn: z
    .array(z.object({ publisher: z.string().min(1), title: z.string().optional(), date: z.string().optional(), url: z.string().optional() }))
    .optional(),
  mentions: z.array(GoldMention),
  forbidden: z.array(GoldForbidden).optional(),
  claims: z.array(GoldClaim).optional(),
});
export type GoldFile = z.infer<typeof Gold>;
