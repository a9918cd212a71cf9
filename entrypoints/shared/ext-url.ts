/**
 * URL of a file packaged with the extension. Generated assets (kb.json, dict/*) are not
 * in WXT's PublicPath type, hence the widened signature.
 */
export function extUrl(path: string): string {
  return (browser.runtime.getURL as (p: string) => string)(path);
}

export async function loadCompiledKb() {
  const { KbIndex } = await import('../../lib/kb/index');
  const res = await fetch(extUrl('/kb.json'));
  if (!res.ok) throw new Error(`kb.json: HTTP ${res.status}`);
  return new KbIndex(await res.json());
}
