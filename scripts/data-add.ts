/**
 * npm run data:add -- NAME [--category organization|government|person|law|product|incident] [--append FILE]
 * Prints a YAML skeleton for a new entry (or appends it to FILE under data/entities).
 * Asks nothing; data:check rejects the entry until every TODO is filled in.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { Category } from '../lib/kb/schema';
import { scaffold } from '../tools/kb/scaffold';

const USAGE = 'usage: data:add -- NAME [--category organization|government|person|law|product|incident] [--append data/entities/FILE.yaml]';
const args = process.argv.slice(2);
let category: string | undefined;
let append: string | undefined;
const names: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--category') category = args[++i];
  else if (a === '--append') append = args[++i];
  else if (a.startsWith('--')) {
    console.error(`data:add: unknown option ${a}\n${USAGE}`);
    process.exit(2);
  } else names.push(a);
}
const name = names.join(' ').trim();
const cat = category === undefined ? undefined : Category.safeParse(category);
if (!name || (cat && !cat.success)) {
  console.error(`data:add: ${name ? `unknown category "${category}"` : 'no NAME given'}\n${USAGE}`);
  process.exit(2);
}
const yaml = scaffold(name, cat?.success ? cat.data : undefined);
if (append) {
  if (!append.endsWith('.yaml')) {
    console.error(`data:add: --append needs a .yaml file\n${USAGE}`);
    process.exit(2);
  }
  const sep = existsSync(append) && !readFileSync(append, 'utf8').endsWith('\n\n') ? '\n' : '';
  appendFileSync(append, `${sep}${yaml}`);
  console.log(`data:add: appended a skeleton for ${name} to ${append}; fill every TODO, then npm run data:check`);
} else process.stdout.write(yaml);
