/**
 * kuromoji behind the `Tokenizer` interface, with a loader that takes any file reader.
 *
 * Why not `kuromoji.builder()`: its browser loader uses XMLHttpRequest (absent in MV3
 * service workers and offscreen workers) and its bundled zlib.js breaks under Vite
 * ("Cannot use 'in' operator to search for 'Zlib'"); its path.join also mangles
 * chrome-extension:// URLs. See shared/research/toolchain.md Q2. We feed kuromoji's own
 * DynamicDictionaries with buffers from `DictReader`, the same calls its loader makes.
 */
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import TokenInfoDictionary from 'kuromoji/src/dict/TokenInfoDictionary.js';
import UnknownDictionary from 'kuromoji/src/dict/UnknownDictionary.js';
import KuromojiTokenizer from 'kuromoji/src/Tokenizer.js';
import { fetchDictFile } from './fetch-dict';
import { TargetMap, targetMapView } from './target-map';
import { DICT_FILES, type DictFile, type DictReader, type Token, type Tokenizer } from './types';

export async function loadKuromoji(read: DictReader): Promise<Tokenizer> {
  return kuromojiFromBuffers(await readDictionary(read));
}

/** Every dictionary file, read in parallel. */
export async function readDictionary(read: DictReader): Promise<Map<DictFile, ArrayBuffer>> {
  return new Map(await Promise.all(DICT_FILES.map(async (f) => [f, await read(f)] as const)));
}

/** kuromoji's tokenizer over already read files (the same calls its own loader makes). */
export function kuromojiFromBuffers(buf: Map<DictFile, ArrayBuffer>): Tokenizer {
  const get = (f: DictFile): ArrayBuffer => buf.get(f)!;
  // kuromoji's dictionary constructors each allocate two 10 MB buffers for building a
  // dictionary, which the loads below replace at once: created without them
  const dic = new DynamicDictionaries(null, Object.create(TokenInfoDictionary.prototype), null, Object.create(UnknownDictionary.prototype));
  dic.loadTrie(new Int32Array(get('base.dat.gz')), new Int32Array(get('check.dat.gz')));
  // not loadTokenInfoDictionaries: its tid_map becomes an object of small arrays (~60 MB of
  // heap); ./target-map.ts keeps the file's own array and gives kuromoji a view of it
  dic.token_info_dictionary.loadDictionary(new Uint8Array(get('tid.dat.gz')));
  dic.token_info_dictionary.loadPosVector(new Uint8Array(get('tid_pos.dat.gz')));
  dic.token_info_dictionary.target_map = targetMapView(new TargetMap(get('tid_map.dat.gz')));
  dic.loadConnectionCosts(new Int16Array(get('cc.dat.gz')));
  dic.loadUnknownDictionaries(
    new Uint8Array(get('unk.dat.gz')),
    new Uint8Array(get('unk_pos.dat.gz')),
    new Uint8Array(get('unk_map.dat.gz')),
    new Uint8Array(get('unk_char.dat.gz')),
    new Uint32Array(get('unk_compat.dat.gz')),
    new Uint8Array(get('unk_invoke.dat.gz')),
  );
  const tokenizer = new KuromojiTokenizer(dic);
  return wrap(tokenizer);
}

/** Where kuromoji's feature lines (known and unknown words alike) hold the first POS level and the basic form. */
const POS_FIELD = 1;
const BASIC_FORM_FIELD = 7;

function wrap(k: KuromojiTokenizer): Tokenizer {
  return {
    tokenize(text: string): Token[] {
      const out: Token[] = [];
      // kuromoji's word_position is unreliable across its internal sentence split, so
      // offsets come from the surfaces, which concatenate to the input exactly. A word's
      // surface is the lattice node's: the shipped dictionary's feature lines leave it out
      // (scripts/dict-features.ts); the stock dictionary's say the same there.
      let pos = 0;
      for (const sentence of KuromojiTokenizer.splitByPunctuation(text)) {
        for (const node of k.viterbi_searcher.search(k.getLattice(sentence))) {
          const surface = node.surface_form;
          const line =
            node.type === 'KNOWN'
              ? k.token_info_dictionary.getFeatures(node.name)
              : node.type === 'UNKNOWN'
                ? k.unknown_dictionary.getFeatures(node.name)
                : undefined;
          const features = line ? line.split(',') : [];
          const basic = features[BASIC_FORM_FIELD];
          const end = pos + surface.length;
          out.push({ start: pos, end, surface, lemma: basic && basic !== '*' ? basic : surface, pos: features[POS_FIELD]! });
          pos = end;
        }
      }
      return out;
    },
  };
}

/**
 * Reads the dictionary over `fetch` (an extension URL inside the browser, or any URL a
 * runtime can fetch) and gunzips it with `DecompressionStream`: no XMLHttpRequest, so
 * it works in workers, offscreen documents and service workers alike.
 */
export function urlDictReader(baseUrl: string, fetchImpl: typeof fetch = fetch): DictReader {
  const fetchFile = urlFileReader(baseUrl, fetchImpl);
  return async (name) => gunzipDictFile(name, await fetchFile(name));
}

/** The files' bytes as they are at `baseUrl`, each named in its error. */
export function urlFileReader(baseUrl: string, fetchImpl: typeof fetch = fetch): (name: string) => Promise<ArrayBuffer> {
  return async (name) => (await fetchDictFile(baseUrl, name, fetchImpl)).arrayBuffer();
}

export async function gunzipDictFile(name: DictFile, gz: ArrayBuffer): Promise<ArrayBuffer> {
  try {
    const plain = new Response(gz).body!.pipeThrough(new DecompressionStream('gzip'));
    return await new Response(plain).arrayBuffer();
  } catch (e) {
    throw new Error(`dictionary file ${name}: not valid gzip (${e instanceof Error ? e.message : String(e)})`);
  }
}
