// Astro's glob() loader, storing less. For each Markdown entry Astro keeps the parsed, validated frontmatter as `data`
// and, inside the rendered result, the raw frontmatter a second time (`rendered.metadata.frontmatter`, which only
// reaches `render()`'s `remarkPluginFrontmatter`; nothing here reads it). At 10,000 practices that copy is 12 MB of
// the 94 MB content store, which every build reads, rewrites, bundles and loads again (docs/performance.md).
import { glob, type Loader } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];
type LoaderContext = Parameters<Loader['load']>[0];
type Entry = Parameters<LoaderContext['store']['set']>[0];

/** The entry without the raw frontmatter copy in its rendered metadata (the entry itself is left unchanged). */
export function withoutFrontmatterCopy(entry: Entry): Entry {
  const metadata = entry.rendered?.metadata;
  if (!metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _copy, ...rest } = metadata;
  return { ...entry, rendered: { ...entry.rendered!, metadata: rest } };
}

/** glob(), with each entry stored {@link withoutFrontmatterCopy}. */
export function leanGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context) => {
      const store = context.store;
      const lean: typeof store = new Proxy(store, {
        get(target, prop) {
          if (prop === 'set') return (entry: Entry) => target.set(withoutFrontmatterCopy(entry));
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return inner.load({ ...context, store: lean });
    },
  };
}
