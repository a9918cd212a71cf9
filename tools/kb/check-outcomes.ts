/**
 * Checks of typed figures and outcomes (part of data:check). Plans past their due date
 * with no result are not problems (the dataset is right to say it does not know yet):
 * data:stale lists them (tools/kb/stale.ts).
 */
import { findFigures, findNumerals } from '../../lib/numbers/parse';
import { figureMatches } from '../../lib/updates/compare';
import type { Located } from './check';
import type { Problem } from './problems';
import type { EntitySource } from '../../lib/kb/schema';

export function checkFiguresAndOutcomes(entities: Located<EntitySource>[]): Problem[] {
  const problems: Problem[] = [];
  for (const { value: e, file } of entities) {
    e.facts.forEach((f, i) => {
      f.quantities?.forEach((q, k) => {
        const field = `facts.${i}.quantities.${k}`;
        const at = (message: string, sub = '') => problems.push({ file, entry: e.id, field: field + sub, message });
        if (q.measure !== 'yen' && !Number.isInteger(q.value)) at(`a count of ${q.measure} must be a whole number, not ${q.value}`, '.value');
        // the figure must be the fact text's own, counted in the same unit
        const stated = findFigures(f.text.ja).filter((x) => figureMatches(x, q.value));
        if (stated.length === 0 && !findNumerals(f.text.ja).some((v) => figureMatches({ value: v }, q.value))) {
          at(`the fact's text (ja) states no figure ${q.value}`, '.value');
        } else if (stated.length && stated.every((x) => x.measure !== 'other' && x.measure !== q.measure)) {
          at(`the text counts ${q.value} in ${stated[0]!.counter} (${stated[0]!.measure}), not ${q.measure}`, '.measure');
        }
      });
      const o = f.outcome;
      if (o?.kind === 'suspicion' && o.due)
        problems.push({ file, entry: e.id, field: `facts.${i}.outcome.due`, message: 'a suspicion has no due date (only plans and forecasts do)' });
    });
  }
  return problems;
}
