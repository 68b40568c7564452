/** Reads a content folder from disk into the raw form the content check validates (Node only, no Astro). */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from './frontmatter.ts';
import { explainYamlError } from './yaml-error.ts';
import type { Problem, RawCorpus, RawEntry } from './validate.ts';

function rel(path: string): string {
  return relative(process.cwd(), path) || path;
}

function readYaml(path: string, problems: Problem[]): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return parseYaml(text);
  } catch (e) {
    problems.push({ file: rel(path), field: '', message: `不是有效的 YAML：${explainYamlError(e, text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))}` });
    return undefined;
  }
}

type TaxonomyName = 'regions' | 'groups' | 'measures' | 'indicators' | 'synonyms';

/** The items of a taxonomy file; undefined when the file is missing or unreadable (the problem is recorded). */
function taxonomy(dir: string, name: TaxonomyName, problems: Problem[]): RawEntry[] | undefined {
  const path = join(dir, 'taxonomy', `${name}.yaml`);
  if (!existsSync(path)) {
    problems.push({ file: rel(path), field: '', message: '文件不存在' });
    return undefined;
  }
  const data = readYaml(path, problems);
  if (data === undefined) return undefined;
  if (!Array.isArray(data)) {
    problems.push({ file: rel(path), field: '', message: '应为列表（每项以 - 开头）' });
    return undefined;
  }
  return data.map((item, i) => ({
    file: rel(path),
    at: `[${i}]`,
    id: String((item as { id?: unknown })?.id ?? `#${i}`),
    data: item,
  }));
}

function folder(dir: string, exts: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => exts.test(f) && !f.startsWith('_'))
    .sort();
}

/**
 * Files with a matching name in subfolders of `dir` (not those starting with `_` or `.`). The collections read only
 * the folder itself (a practice's id is its file name, its URL /practices/<id>/), so such a file would silently not
 * be published.
 */
function nested(dir: string, exts: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !/^[_.]/.test(d.name))
    .flatMap((d) => {
      const sub = join(dir, d.name);
      return [
        ...readdirSync(sub, { withFileTypes: true })
          .filter((f) => !f.isDirectory() && exts.test(f.name) && !f.name.startsWith('_'))
          .map((f) => join(sub, f.name)),
        ...nested(sub, exts),
      ];
    })
    .sort();
}

type SplitCache = Map<string, ReturnType<typeof splitFrontmatter>>;

/** The code a cached parse depends on (the splitter and the YAML library); undefined when it cannot be read. */
function splitVersion(): string | undefined {
  try {
    const yamlVersion = (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/yaml/package.json'), 'utf8')) as { version: string }).version;
    return createHash('sha1').update(yamlVersion).update(readFileSync(new URL('./frontmatter.ts', import.meta.url))).digest('base64');
  } catch {
    return undefined;
  }
}

function readSplitCache(file: string | undefined, version: string | undefined): SplitCache {
  if (!file || !version) return new Map();
  try {
    const stored = deserialize(readFileSync(file)) as { version: string; entries: SplitCache };
    return stored.version === version ? stored.entries : new Map();
  } catch {
    return new Map();
  }
}

/**
 * Loads `contentDir` (and the names of files in `seedsDir`, when given). Read errors become problems. With
 * `cacheFile`, the parsed frontmatter of a page whose text is unchanged since the last run is taken from that file
 * (YAML parsing is most of the check's time: 6 s at 10,000 practices).
 */
export function loadCorpus(contentDir: string, seedsDir?: string, cacheFile?: string): { corpus: RawCorpus; problems: Problem[] } {
  const problems: Problem[] = [];
  const version = cacheFile ? splitVersion() : undefined;
  const before = readSplitCache(cacheFile, version);
  const after: SplitCache = new Map();
  const split = (text: string, file: string) => {
    const key = createHash('sha1').update(file).update('\0').update(text).digest('base64');
    const hit = before.get(key) ?? splitFrontmatter(text, file);
    after.set(key, hit);
    return hit;
  };
  const pages = (sub: string): RawEntry[] =>
    folder(join(contentDir, sub), /\.mdx?$/).flatMap((f): RawEntry[] => {
      const path = join(contentDir, sub, f);
      const id = f.replace(/\.mdx?$/, '');
      try {
        const { data, body, bodyLine } = split(readFileSync(path, 'utf8'), rel(path));
        return [{ file: rel(path), id, data, body, bodyLine }];
      } catch (e) {
        problems.push({ file: rel(path), field: 'frontmatter', message: (e as Error).message.replace(`${rel(path)}: `, '').replace(/^frontmatter /, '') });
        // Kept, marked unreadable: the page exists, so a briefing listing it is not told it is unknown.
        return [{ file: rel(path), id, data: undefined, unreadable: true }];
      }
    });
  const briefings = folder(join(contentDir, 'briefings'), /\.ya?ml$/).map((f) => {
    const path = join(contentDir, 'briefings', f);
    const data = readYaml(path, problems);
    return { file: rel(path), id: f.replace(/\.ya?ml$/, ''), data, ...(data === undefined ? { unreadable: true } : {}) };
  });
  for (const [sub, exts, what] of [
    ['briefings', /\.ya?ml$/, '简报'],
    ['practices', /\.mdx?$/, '案例'],
    ['plans', /\.mdx?$/, '方案'],
  ] as const) {
    for (const path of nested(join(contentDir, sub), exts)) {
      problems.push({
        file: rel(path),
        field: '',
        message: `${what}文件必须直接放在 ${rel(join(contentDir, sub))}/ 中：子文件夹中的文件不会被读取，也不会发布（文件名就是 id 和网址）。请移到 ${rel(join(contentDir, sub))}/，或移出 content/`,
      });
    }
  }
  const unreadableTaxonomies: TaxonomyName[] = [];
  const taxonomyOf = (name: TaxonomyName): RawEntry[] => {
    const items = taxonomy(contentDir, name, problems);
    if (!items) unreadableTaxonomies.push(name);
    return items ?? [];
  };
  const corpus: RawCorpus = {
    regions: taxonomyOf('regions'),
    groups: taxonomyOf('groups'),
    measures: taxonomyOf('measures'),
    indicators: taxonomyOf('indicators'),
    synonyms: taxonomyOf('synonyms'),
    briefings,
    practices: pages('practices'),
    plans: pages('plans'),
  };
  if (unreadableTaxonomies.length) corpus.unreadableTaxonomies = unreadableTaxonomies;
  if (seedsDir && existsSync(seedsDir)) corpus.seedFiles = readdirSync(seedsDir);
  if (cacheFile && version) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, serialize({ version, entries: after }));
  }
  return { corpus, problems };
}
