/** A problem found in the dataset, located precisely enough to fix without searching. */
export interface Problem {
  file: string;
  /** entry id, or `#N` (1-based position) when the entry has no usable id */
  entry: string;
  /** dotted path inside the entry, e.g. `facts.2.sources.0.date` */
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.entry}: ${p.field || '(entry)'}: ${p.message}`;
}
