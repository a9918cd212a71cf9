/**
 * npm run corpus:reconcile [-- --write] — lists gold mentions whose placeholder id the
 * dataset has since gained under another id (tools/corpus/reconcile.ts says when a
 * relink is safe), and with --write rewrites those gold files (then formats them).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Gold } from '../tools/corpus/gold';
import { aliasOwners, applyRelinks, relinks } from '../tools/corpus/reconcile';
import { readDataset } from '../tools/kb/read-dir';
import { DEFAULT_DATA_DIR } from '../tools/kb/load-node';

const root = resolve(import.meta.dirname, '..');
const goldDir = join(root, 'tests', 'corpus', 'gold');
const write = process.argv.includes('--write');

const entities = readDataset(DEFAULT_DATA_DIR).entities.map(({ value: e }) => ({
  id: e.id,
  aliases: [e.names.ja, ...e.aliases.map((a) => (typeof a === 'string' ? a : a.text))],
}));
const known = new Set(entities.map((e) => e.id));
const owners = aliasOwners(entities);

const changed: string[] = [];
let total = 0;
for (const f of readdirSync(goldDir)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const path = join(goldDir, f);
  const gold = Gold.parse(JSON.parse(readFileSync(path, 'utf8')));
  const links = relinks(f, gold, known, owners);
  for (const l of links) console.log(`${l.file}: ${l.surface}  ${l.from} -> ${l.to}`);
  total += links.length;
  if (write && links.length) {
    writeFileSync(path, `${JSON.stringify(applyRelinks(gold, links), null, 2)}\n`);
    changed.push(path);
  }
}
if (changed.length) execFileSync('npx', ['prettier', '--write', ...changed], { stdio: 'inherit' });
console.log(`${total} placeholder id(s) ${write ? 'relinked' : 'to relink (run with --write)'}`);
