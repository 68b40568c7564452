import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** What the indexer needs to know of a built page before preparing it. */
export interface ReadPage {
  /** The page's hash: the key of its prepared form in the cache. */
  hash: string;
  /** Whether Pagefind indexes it (it has a `data-pagefind-body`). */
  indexed: boolean;
  /** Its `data-pagefind-sort` date, to cut the shards by date before preparing. */
  date?: string | undefined;
}

const SORT_DATE = /data-pagefind-sort=(?:"date:([^"]*)"|'date:([^']*)')/;

export function readPage(file: string): ReadPage {
  const raw = readFileSync(file, 'utf8');
  const indexed = raw.includes('data-pagefind-body');
  const m = indexed ? SORT_DATE.exec(raw) : null;
  return { hash: createHash('sha1').update(raw).digest('base64'), indexed, date: m?.[1] ?? m?.[2] };
}
