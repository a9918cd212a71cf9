/** The import boundaries of eslint.config.js (README, "Architecture") fire where they should, and only there. */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, spec: string): Promise<boolean> {
  const [r] = await eslint.lintText(`import { x } from '${spec}';\nexport const y = x;\n`, { filePath: join(root, file) });
  return (r?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries', () => {
  it.each([
    ['lib/kb/x.ts', '../../entrypoints/shared/sites'],
    ['lib/annotate-x.ts', '../tools/kb/check'],
    ['lib/text/x.ts', '../match/matcher'],
    ['lib/kb/x.ts', '../claims/match'],
    ['lib/match/x.ts', '../annotate'],
    ['tools/kb/x.ts', '../../entrypoints/shared/sites'],
    ['components/card/x.ts', '../../entrypoints/reader/marks'],
    ['entrypoints/background/x.ts', '../reader/marks'],
    ['entrypoints/shared/x.ts', '../background/cache'],
  ])('%s may not import %s', async (file, spec) => {
    expect(await restricted(file, spec)).toBe(true);
  });

  it.each([
    ['lib/match/x.ts', '../kb/index'],
    ['lib/claims/x.ts', '../text/segment'],
    ['tools/kb/x.ts', '../../lib/kb/compile'],
    ['components/card/x.ts', '../../entrypoints/shared/settings-model'],
    ['entrypoints/reader/x.ts', '../../components/card/host'],
    ['entrypoints/background/x.ts', '../shared/messages'],
  ])('%s may import %s', async (file, spec) => {
    expect(await restricted(file, spec)).toBe(false);
  });
});
