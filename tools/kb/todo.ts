/** data:check: a scaffolded entry (data:add) is rejected while any TODO marker is left. */
import type { Problem } from './problems';
import { TODO } from './scaffold';

function walk(v: unknown, path: string, out: string[]): void {
  if (typeof v === 'string') {
    if (v.includes(TODO)) out.push(path);
  } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, path ? `${path}.${i}` : String(i), out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, out);
}

/** Every field of every entry (entities or claims, parsed or raw) still holding TODO. */
export function checkTodos(entries: { value: unknown; file: string }[]): Problem[] {
  const problems: Problem[] = [];
  entries.forEach(({ value, file }, i) => {
    const fields: string[] = [];
    walk(value, '', fields);
    const id = (value as { id?: unknown }).id;
    const entry = typeof id === 'string' ? id : `#${i + 1}`;
    for (const field of fields) problems.push({ file, entry, field, message: `${TODO} marker left from data:add: fill it in` });
  });
  return problems;
}
