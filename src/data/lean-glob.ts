// Astro's glob() loader, storing less. Every build reads the content store, rewrites it, has Vite bundle it as one
// module and loads it again before the first page, so what it holds costs time at every build (docs/performance.md):
// - Astro keeps the parsed frontmatter as `data` and, inside the rendered result, the raw frontmatter a second time
//   (`rendered.metadata.frontmatter`, which only `render()`'s `remarkPluginFrontmatter` reads; nothing here does).
// - The rendered HTML of a body is three quarters of the store (64 of 85 MB at 10,000 practices), and only the
//   entry's own page reads it. It is kept in a file of its own instead, in Astro's cache folder, named by its hash;
//   the entry keeps the file's name (`rendered.metadata.bodyFile`), and src/data/content.ts `bodyHtml()` reads it.
// A body is still rendered once, at the content sync, and again only when its file changes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { cacheDir } from '../lib/paths.ts';

type GlobOptions = Parameters<typeof glob>[0];
type LoaderContext = Parameters<Loader['load']>[0];
type Entry = Parameters<LoaderContext['store']['set']>[0];

/** The metadata key that names an entry's body file. */
export const BODY_FILE = 'bodyFile';

/** The folder of a collection's body files. */
export function bodiesDir(collection: string, root = cacheDir): string {
  return join(root, 'bodies', collection);
}

/** The name of a body file: the hash of the HTML, so that a changed body never reads an older one. */
export function bodyFileName(html: string): string {
  return `${createHash('sha256').update(html).digest('hex').slice(0, 32)}.html`;
}

/** The body file an entry names, if any. */
export function bodyFileOf(entry: { rendered?: { metadata?: Record<string, unknown> | undefined } | undefined }): string | undefined {
  const name = entry.rendered?.metadata?.[BODY_FILE];
  return typeof name === 'string' ? name : undefined;
}

/** The entry without the raw frontmatter copy in its rendered metadata (the entry itself is left unchanged). */
export function withoutFrontmatterCopy(entry: Entry): Entry {
  const metadata = entry.rendered?.metadata;
  if (!metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _copy, ...rest } = metadata;
  return { ...entry, rendered: { ...entry.rendered!, metadata: rest as typeof metadata } };
}

/**
 * The entry with its rendered HTML written to a file in `dir` (if no file of that hash is there yet) and only the
 * file's name kept, {@link withoutFrontmatterCopy}. An entry without rendered HTML (an `.mdx` body is compiled, not
 * stored) is returned as it is. With `writes`, the file is written in the background and the write is added to it,
 * for the caller to wait for: the sync goes on rendering the next body meanwhile (10,000 files at 10,000 practices).
 */
export function withBodyInFile(entry: Entry, dir: string, writes?: Promise<void>[]): Entry {
  const lean = withoutFrontmatterCopy(entry);
  const rendered = lean.rendered;
  if (!rendered?.html) return lean;
  const name = bodyFileName(rendered.html);
  const file = join(dir, name);
  if (!existing(dir).has(name)) {
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed: a build that stops half-way never leaves a cut body under a valid name.
    const partial = `${file}.${process.pid}.part`;
    if (writes) {
      const written = writeFile(partial, rendered.html).then(() => rename(partial, file));
      // Handled where the loader waits for all writes; marked here so a failure is not reported as unhandled first.
      written.catch(() => {});
      writes.push(written);
    } else {
      writeFileSync(partial, rendered.html);
      renameSync(partial, file);
    }
    existing(dir).add(name);
  }
  return { ...lean, rendered: { html: '', metadata: { ...rendered.metadata, imagePaths: rendered.metadata?.imagePaths ?? [], [BODY_FILE]: name } } };
}

const listed = new Map<string, Set<string>>();

/** The body files in `dir`, listed once per process. */
function existing(dir: string): Set<string> {
  let names = listed.get(dir);
  if (!names) {
    try {
      names = new Set(readdirSync(dir).filter((f) => f.endsWith('.html')));
    } catch {
      names = new Set();
    }
    listed.set(dir, names);
  }
  return names;
}

type Stored = { id: string; filePath?: string | undefined; rendered?: { html?: string; metadata?: Record<string, unknown> | undefined } | undefined };

/**
 * The stored entries to drop before a sync, so that glob() renders them again (it renders only entries whose file
 * changed): those whose body file is not among `files` (a cleared cache folder), those that still hold their HTML
 * (a store written before this loader), and those whose source file is gone (`exists`). glob() keeps an entry whose
 * text is unchanged under its old path: a body renamed from .md to .mdx and back kept pointing at the .mdx, and the
 * build stopped with Vite's "failed to resolve import".
 */
export function entriesToRender(entries: Iterable<Stored>, files: ReadonlySet<string>, exists: (path: string) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const name = bodyFileOf(entry);
    const stale = name ? !files.has(name) : Boolean(entry.rendered?.html);
    if (stale || (entry.filePath !== undefined && !exists(entry.filePath))) out.push(entry.id);
  }
  return out;
}

/** The body files among `files` that no entry names any more (an edited or a deleted body). */
export function unusedBodyFiles(entries: Iterable<Stored>, files: Iterable<string>): string[] {
  const named = new Set<string>();
  for (const entry of entries) {
    const name = bodyFileOf(entry);
    if (name) named.add(name);
  }
  return [...files].filter((f) => !named.has(f));
}

/** glob(), with each entry stored {@link withBodyInFile}. */
export function leanGlob(options: GlobOptions, root = cacheDir): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: async (context) => {
      const { store, collection } = context;
      const dir = bodiesDir(collection, root);
      listed.delete(dir);
      for (const id of entriesToRender(store.values(), existing(dir), existsSync)) store.delete(id);
      const writes: Promise<void>[] = [];
      const lean: typeof store = new Proxy(store, {
        get(target, prop) {
          if (prop === 'set') return (entry: Entry) => target.set(withBodyInFile(entry, dir, writes));
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      try {
        await inner.load({ ...context, store: lean });
      } finally {
        // Every body file is written (or its error thrown) before the sync ends and a page can read it.
        await Promise.all(writes);
      }
      for (const name of unusedBodyFiles(store.values(), existing(dir))) {
        unlinkSync(join(dir, name));
        existing(dir).delete(name);
      }
    },
  };
}
