/** Reads an article file for the CLI tools: .txt as is, .html as extracted article text. */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { articleRoot, extractText } from '../lib/dom/extract';
import { publishedDate } from '../lib/dom/published';

export class ArticleReadError extends Error {}

export interface Article {
  text: string;
  /** publication date read from the HTML's meta tags / JSON-LD / <time> */
  date?: string;
}

export function readArticle(file: string): Article {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new ArticleReadError(`cannot read ${file}: ${why}`);
  }
  if (!/\.x?html?$/i.test(file)) return { text: raw };
  const win = new Window();
  const doc = win.document as unknown as Document;
  doc.write(raw);
  const root = articleRoot(doc);
  const text = root ? extractText(root).text : '';
  const date = publishedDate(doc);
  void win.happyDOM.close();
  return { text, ...(date ? { date } : {}) };
}
