/**
 * Exports claims as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview).
 * Our verdicts become `reviewRating.alternateName` (Japanese label, English in
 * `name`); where the claim appeared becomes `itemReviewed.appearance`.
 */
import ja from '../../public/_locales/ja/messages.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import type { ClaimSource, SourceRef } from '../../lib/kb/schema';
import { verdictKey, type VerdictName } from '../../lib/kb/vocabulary';

const LOCALES = { ja, en };

/** A verdict's labels, read from the extension's own locale files (one wording for card and export). */
function verdictLabels(v: VerdictName): { ja: string; en: string } {
  const label = (lang: 'ja' | 'en') => (LOCALES[lang] as Record<string, { message: string }>)[verdictKey(v)]!.message;
  return { ja: label('ja'), en: label('en') };
}

function creativeWork(s: SourceRef): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    ...(s.title ? { headline: s.title } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.date ? { datePublished: s.date } : {}),
    publisher: { '@type': 'Organization', name: s.publisher },
  };
}

export function toClaimReview(claims: ClaimSource[], reviewer = 'Chushaku'): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@graph': claims.map((c) => ({
      '@type': 'ClaimReview',
      identifier: c.id,
      claimReviewed: c.claim.ja,
      datePublished: c.reviewed,
      inLanguage: 'ja',
      author: { '@type': 'Organization', name: reviewer },
      reviewRating: {
        '@type': 'Rating',
        alternateName: verdictLabels(c.verdict).ja,
        name: verdictLabels(c.verdict).en,
      },
      reviewBody: c.correction.ja,
      itemReviewed: {
        '@type': 'Claim',
        ...(c.appearances[0]?.date ? { datePublished: c.appearances[0].date } : {}),
        appearance: c.appearances.map(creativeWork),
        ...(c.appearances[0] ? { firstAppearance: creativeWork(c.appearances[0]) } : {}),
      },
      citation: c.sources.map(creativeWork),
    })),
  };
}
