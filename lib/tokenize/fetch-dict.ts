/**
 * Fetches one dictionary file under `baseUrl`, every failure naming the file: "Failed to
 * fetch" or a bare status alone tells a reader (or the popup) nothing.
 */
export async function fetchDictFile(baseUrl: string, file: string, fetchImpl: typeof fetch): Promise<Response & { body: ReadableStream<Uint8Array> }> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  let res: Response;
  try {
    res = await fetchImpl(new URL(file, base).href);
  } catch (e) {
    throw new Error(`dictionary file ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!res.ok || !res.body) throw new Error(`dictionary file ${file}: HTTP ${res.status}`);
  return res as Response & { body: ReadableStream<Uint8Array> };
}
