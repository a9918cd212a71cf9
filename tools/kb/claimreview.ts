/**
 * Exports claims as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview).
 * Our verdicts become `reviewRating.alternateName` (Japanese label, English in
 * `name`); where the claim appeared becomes `itemReviewed.appearance`.
 */
import type { ClaimSource, SourceRef, VerdictName } from '../../lib/kb/schema';

export const VERDICT_LABELS: Record<VerdictName, { ja: string; en: string }> = {
  false: { ja: '誤り', en: 'False' },
  misleading: { ja: '誤解を招く', en: 'Misleading' },
  outdated: { ja: '古い情報', en: 'Outdated' },
  exaggerated: { ja: '誇張', en: 'Exaggerated' },
  unsupported: { ja: '根拠なし', en: 'Unsupported' },
  unverified: { ja: '未確認', en: 'Unverified' },
  misplaced: { ja: '文脈の取り違え', en: 'Misplaced context' },
  'needs-context': { ja: '補足あり', en: 'Needs context' },
  correct: { ja: '正確', en: 'Correct' },
};

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
        alternateName: VERDICT_LABELS[c.verdict].ja,
        name: VERDICT_LABELS[c.verdict].en,
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
