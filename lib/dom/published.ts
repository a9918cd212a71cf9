/**
 * Reads an article's publication date from the usual places: Open Graph / article
 * meta tags, other common meta names, JSON-LD `datePublished`, then `<time datetime>`.
 * Returns YYYY-MM-DD (the date as written, before any time-zone shift) or undefined.
 */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[property="og:published_time"]',
];

const DAY = /(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})/;

export function toDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = DAY.exec(value);
  if (!m) return undefined;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fromJsonLd(doc: Document): string | undefined {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.datePublished === 'string') {
          const d = toDay(o.datePublished);
          if (d) return d;
        }
        if (o['@graph']) stack.push(o['@graph']);
      }
    }
  }
  return undefined;
}

export function publishedDate(doc: Document): string | undefined {
  for (const sel of META_SELECTORS) {
    const d = toDay(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  const ld = fromJsonLd(doc);
  if (ld) return ld;
  for (const t of Array.from(doc.querySelectorAll('time[datetime]'))) {
    const d = toDay(t.getAttribute('datetime'));
    if (d) return d;
  }
  return undefined;
}
