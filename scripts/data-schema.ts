/**
 * npm run data:schema — writes the JSON Schema of the dataset files to data/schema/,
 * from the same zod schema data:check uses, so editors autocomplete and flag errors.
 * `--check` fails if the committed files are out of date (run in npm test).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ClaimFile, EntityFile } from '../lib/kb/schema';

const dir = join(import.meta.dirname, '..', 'data', 'schema');
const files: [string, z.ZodType, string][] = [
  ['entity.schema.json', EntityFile, 'Chushaku entities (data/entities/*.yaml)'],
  ['claim.schema.json', ClaimFile, 'Chushaku claims (data/claims/*.yaml)'],
];
let stale = 0;
for (const [name, schema, title] of files) {
  const json = `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input' }) }, null, 2)}\n`;
  const path = join(dir, name);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== json) {
      console.log(`data:schema: ${path} is out of date; run npm run data:schema`);
      stale++;
    }
  } else {
    writeFileSync(path, json);
    console.log(`wrote ${path}`);
  }
}
process.exitCode = stale ? 1 : 0;
