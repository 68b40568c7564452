/** Reads a content folder from disk into the raw form the content check validates (Node only, no Astro). */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { readYamlText } from '../lib/yaml.ts';
import { frontmatterParts, splitFrontmatter } from '../lib/frontmatter.ts';
import { entryId, extensionsText, isIgnoredName, meantName, type EntryFolder } from '../lib/content-files.ts';
import { CONTENT_ROOT, ENTRY_KINDS, misplacedEntry, strayEntries, TAXONOMY_FILES, type TaxonomyName } from './stray-files.ts';
import { explainYamlError } from '../lib/yaml-error.ts';
import { fieldAtLine } from './field-line.ts';
import { decodeBytes } from '../lib/decode.ts';
import { cutText } from '../lib/format.ts';
import { ingestComments } from '../lib/ingest-leftovers.ts';
import type { Problem, RawCorpus, RawEntry } from './types.ts';

function rel(path: string): string {
  return relative(process.cwd(), path) || path;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes of line `line` (1-based) of `bytes`, without its line break. */
function lineBytes(bytes: Uint8Array, line: number): Uint8Array {
  let start = 0;
  for (let n = 1; n < line; n++) start = bytes.indexOf(0x0a, start) + 1;
  let end = bytes.indexOf(0x0a, start);
  if (end < 0) end = bytes.length;
  if (end > start && bytes[end - 1] === 0x0d) end--;
  return bytes.subarray(start, end);
}

/**
 * The text of a content file, or undefined when it is not UTF-8 or holds U+FFFD (the problem, naming the first bad
 * line, is recorded). Read leniently, a GBK file would be published as mojibake and a U+FFFD would show as �: the
 * characters are lost either way, so the file is refused rather than passed.
 */
function readText(path: string, problems: Problem[]): string | undefined {
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    // Read leniently, the first bad sequence is the first U+FFFD (a real U+FFFD before it is as bad).
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length;
    let asGbk: string | undefined;
    try {
      asGbk = new TextDecoder('gb18030', { fatal: true }).decode(lineBytes(bytes, line));
    } catch {
      asGbk = undefined;
    }
    const shown = asGbk === undefined ? '' : `（按 GBK 读出的这一行是“${cutText(asGbk, 60)}”）`;
    problems.push({
      file: rel(path),
      field: '编码',
      message: `不是 UTF-8 编码的文本：第 ${line} 行起无法按 UTF-8 读取${shown}。请用编辑器把文件另存为 UTF-8 编码；内容检查和网站只读 UTF-8`,
    });
    return undefined;
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const before = text.slice(0, bad);
    const line = before.split('\n').length;
    const start = before.lastIndexOf('\n') + 1;
    const end = text.indexOf('\n', bad);
    const lineText = text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
    const around = lineText.length > 60 ? `…${lineText.slice(Math.max(0, bad - start - 25), bad - start + 25)}…` : lineText;
    problems.push({
      file: rel(path),
      field: '编码',
      message: `第 ${line} 行含有替换字符“\uFFFD”（“${around}”）：这里的文字已在别处被错误解码、原字已丢失。请对照原文改正这一行`,
    });
    return undefined;
  }
  // Line ends of a classic Mac editor (a carriage return alone): the check reads them as line ends, but Astro's
  // Markdown loader does not, and would find no frontmatter at all.
  const lone = /\r(?!\n)/.exec(text);
  if (lone) {
    const line = text.slice(0, lone.index).split(/\r\n?|\n/).length;
    problems.push({
      file: rel(path),
      field: '换行',
      message: `第 ${line} 行以单独的回车符（CR，旧式 Mac 换行）结束：请在编辑器中把换行符改为 LF（或 Windows 的 CRLF）后保存`,
    });
    return undefined;
  }
  return text;
}

/** The line a YAML error's explanation starts with (第 12 行 “…”：…), for the report's `file:line`. */
function lineOf(why: string): { line?: number } {
  const n = /^第 (\d+) 行/.exec(why)?.[1];
  return n === undefined ? {} : { line: Number(n) };
}

function readYaml(path: string, problems: Problem[], onText?: (text: string) => void): unknown {
  const text = readText(path, problems);
  if (text === undefined) return undefined;
  onText?.(text);
  try {
    return readYamlText(text);
  } catch (e) {
    const why = explainYamlError(e, text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
    const { line } = lineOf(why);
    problems.push({ file: rel(path), field: (line !== undefined && fieldAtLine(text, line)) || '', ...lineOf(why), message: `不是有效的 YAML：${why}` });
    return undefined;
  }
}


/**
 * Files and folders in content/ and content/taxonomy/ that nothing reads, each reported with what is read there and
 * the name it was probably meant to have: a practice saved in content/practice/ would otherwise never be published.
 */
function strayProblems(contentDir: string): Problem[] {
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).map((d) => ({ name: d.name, dir: d.isDirectory() })) : []);
  const rootText = `content/ 下只读取 ${CONTENT_ROOT.folders.map((f) => `${f}/`).join('、')} 和 ${CONTENT_ROOT.files.join('、')}`;
  const taxonomyDir = join(contentDir, 'taxonomy');
  const taxonomyText = `content/taxonomy/ 下只读取 ${TAXONOMY_FILES.join('、')}`;
  const problems: Problem[] = [];
  for (const { name, dir, meant } of strayEntries(list(contentDir), CONTENT_ROOT)) {
    const what = dir ? '这个文件夹中的文件不会被读取，也不会发布' : '这个文件不会被读取';
    const fix = meant
      ? dir ? `请把其中的文件移到 ${meant}/` : `请改名为 ${meant}（已有 ${meant} 时把各项并入其中）`
      : `不属于网站内容的${dir ? '文件夹' : '文件'}请移出 content/（以 _ 开头的名称不检查，也不发布）`;
    problems.push({ file: rel(join(contentDir, name)) + (dir ? '/' : ''), field: '文件名', message: `${rootText}：${what}。${fix}` });
  }
  for (const { name, dir, meant } of strayEntries(list(taxonomyDir), { folders: [], files: TAXONOMY_FILES })) {
    const fix = meant ? `请把其中的各项并入 ${meant}` : '新增地区、群体、举措、指标或同义词，请加在对应文件的末尾';
    problems.push({ file: rel(join(taxonomyDir, name)) + (dir ? '/' : ''), field: '文件名', message: `${taxonomyText}：这个${dir ? '文件夹' : '文件'}不会被读取。${fix}` });
  }
  return problems;
}

/** The items of a taxonomy file; undefined when the file is missing or unreadable (the problem is recorded). */
function taxonomy(dir: string, name: TaxonomyName, problems: Problem[]): RawEntry[] | undefined {
  const path = join(dir, 'taxonomy', `${name}.yaml`);
  if (!existsSync(path)) {
    problems.push({ file: rel(path), field: '', message: `文件不存在：content/taxonomy/ 要有 ${TAXONOMY_FILES.join('、')} 这几个文件。恢复这个文件；还没有任何一项时，文件里写 []` });
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

/** Where an entry of another folder of `contentDir` would be, and whether a file is there already. */
function whereIn(contentDir: string): Parameters<typeof misplacedEntry>[3] {
  return { path: (sub, name) => rel(join(contentDir, sub, name)), exists: (sub, name) => existsSync(join(contentDir, sub, name)) };
}

/**
 * The data of a file not read as an entry, to tell which kind it is: a Markdown file's frontmatter, a YAML file's
 * content; undefined when it has none or cannot be read (what is wrong with it is not this folder's to say).
 */
function dataOf(path: string): unknown {
  try {
    const text = readFileSync(path, 'utf8');
    return /\.ya?ml$/i.test(path) ? readYamlText(text) : splitFrontmatter(text, path).data;
  } catch {
    return undefined;
  }
}

/**
 * An entry of one kind found in another kind's folder (a practice moved into content/plans/), with the message that
 * says so. It counts as an entry of its own kind, unreadable: the briefing that lists a moved practice (or the
 * practices of a moved briefing) are not told a second time that it is unknown; its message names the briefings that
 * still list it instead.
 */
interface Moved {
  kind: EntryFolder;
  entry: RawEntry;
  problem: Problem;
}

function movedEntry(kind: EntryFolder, file: string, name: string, problem: Problem): Moved {
  return { kind, entry: { file, id: name.replace(/\.[^.]*$/, ''), data: undefined, unreadable: true }, problem };
}

/** Adds each moved entry to its own kind's list (when no file of its id is there) and names who still lists it. */
function placeMoved(corpus: RawCorpus, moved: readonly Moved[]): void {
  for (const m of moved) {
    const list = corpus[m.kind];
    if (list.some((e) => e.id === m.entry.id)) continue;
    list.push(m.entry);
    if (m.kind !== 'practices') continue;
    const listing = corpus.briefings.filter((b) => {
      const ids = (b.data as { practices?: unknown } | undefined)?.practices;
      return Array.isArray(ids) && ids.includes(m.entry.id);
    });
    if (listing.length) m.problem.message += `（简报 ${listing.map((b) => b.file).join('、')} 的 practices 仍列着它，移回后简报无需改动）`;
  }
}

/**
 * The entries of a content folder, by {@link entryId}; every other file (not `_…` or `.…`) is reported, since the
 * build would leave it out. A misnamed file is kept as an unreadable entry under the id it was probably meant to
 * have, so the briefing that lists it (or the practices of a misnamed briefing) are not also told it is unknown.
 */
function folder(contentDir: string, sub: EntryFolder, problems: Problem[], moved: Moved[] = []): { name: string; id: string; misnamed?: true }[] {
  const dir = join(contentDir, sub);
  if (!existsSync(dir)) return [];
  const out: { name: string; id: string; misnamed?: true }[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.isDirectory() || isIgnoredName(d.name)) continue;
    const id = entryId(sub, d.name);
    if (id !== undefined) {
      out.push({ name: d.name, id });
      continue;
    }
    const ext = /\.[^.]*$/.exec(d.name)?.[0];
    // Another kind's file (a practice's .md in briefings/) is told where it belongs, not to take this folder's extension.
    const elsewhere = misplacedEntry(sub, d.name, dataOf(join(dir, d.name)), whereIn(contentDir));
    const meant = elsewhere ? undefined : meantName(sub, d.name);
    const what = ENTRY_KINDS[sub].name;
    const problem: Problem = {
      file: rel(join(dir, d.name)),
      field: '文件名',
      message:
        `扩展名应为 ${extensionsText(sub)}，收到 ${ext ? `“${ext}”` : '没有扩展名的文件'}：这个文件不会被读取，也不会发布。` +
        (elsewhere
          ? `${elsewhere.looks}：${elsewhere.what}放在 ${rel(join(contentDir, elsewhere.kind))}/ 中。${elsewhere.move}`
          : meant
            ? `请改名为 ${meant}`
            : `不是${what}的文件请移出 ${rel(dir)}/（以 _ 开头的文件不检查，也不发布）`),
    };
    problems.push(problem);
    if (elsewhere && !elsewhere.copy) moved.push(movedEntry(elsewhere.kind, rel(join(dir, d.name)), d.name, problem));
    if (meant) out.push({ name: d.name, id: entryId(sub, meant)!, misnamed: true });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Names that look like content in any spelling, for files in subfolders: .md, .mdx, .markdown, .yaml, .yml (any case). */
const CONTENT_LIKE = /\.(mdx?|markdown|ya?ml)$/i;

/**
 * Files with a content-like name in subfolders of `dir` (not those starting with `_` or `.`). The collections read
 * only the folder itself (a practice's id is its file name, its URL /practices/<id>/), so such a file would silently
 * not be published.
 */
function nested(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !isIgnoredName(d.name))
    .flatMap((d) => {
      const sub = join(dir, d.name);
      return [
        ...readdirSync(sub, { withFileTypes: true })
          .filter((f) => !f.isDirectory() && CONTENT_LIKE.test(f.name) && !isIgnoredName(f.name))
          .map((f) => join(sub, f.name)),
        ...nested(sub),
      ];
    })
    .sort();
}

type SplitCache = Map<string, ReturnType<typeof splitFrontmatter>>;

/**
 * The code a cached result depends on: the splitter and the YAML library; the reading and reducing of seeds, and the
 * rules whose verdicts the check's memo keeps (an issue's fidelity and coverage, what its source prints), with every
 * module they import ({@link cachedCode}). Undefined when the YAML library's version cannot be read. A module that is
 * missing is an error, not a cache that silently never hits.
 */
function splitVersion(): string | undefined {
  let yamlVersion: string;
  try {
    yamlVersion = (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/yaml/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
  const hash = createHash('sha1').update(yamlVersion);
  for (const f of cachedCode()) hash.update(readFileSync(f));
  return hash.digest('base64');
}

/** The modules whose results the cache keeps, relative to this module: the splitter, the reading of seeds, the memoized rules. */
const CACHED_ROOTS = ['../lib/frontmatter.ts', '../lib/decode.ts', '../lib/seed-text.ts', './rules/fidelity.ts', './rules/briefings.ts'];

/** A module's relative imports that run code: `import … from './x.ts'`, `export … from`, `import './x.ts'`; not `import type`. */
const RELATIVE_IMPORT = /^[ \t]*(?:import|export)[ \t]+(?!type\b)(?:[^'";]*?\bfrom[ \t]*)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/**
 * The paths of {@link CACHED_ROOTS} and of every module they import, directly or through others: a helper they use
 * (halfWidthDigits in lib/numbers.ts, for fidelity) changes their verdicts as much as they do. Sorted.
 */
export function cachedCode(): string[] {
  const seen = new Set<string>();
  const visit = (url: URL): void => {
    const path = fileURLToPath(url);
    if (seen.has(path)) return;
    seen.add(path);
    for (const m of readFileSync(path, 'utf8').matchAll(RELATIVE_IMPORT)) visit(new URL(m[1]!, url));
  };
  for (const f of CACHED_ROOTS) visit(new URL(f, import.meta.url));
  return [...seen].sort();
}

interface StoredCache {
  version: string;
  entries: SplitCache;
  memo?: Map<string, unknown>;
}

function readSplitCache(file: string | undefined, version: string | undefined): Omit<StoredCache, 'version'> {
  if (!file || !version) return { entries: new Map() };
  try {
    const stored = deserialize(readFileSync(file)) as StoredCache;
    return stored.version === version ? stored : { entries: new Map() };
  } catch {
    return { entries: new Map() };
  }
}

/**
 * Loads `contentDir` (and the names of files in `seedsDir`, when given). Read errors become problems. With
 * `cacheFile`, the parsed frontmatter of a page whose text is unchanged since the last run is taken from that file
 * (YAML parsing is most of the check's time: 6 s at 10,000 practices).
 */
export function loadCorpus(contentDir: string, seedsDir?: string, cacheFile?: string): { corpus: RawCorpus; problems: Problem[]; save: () => void } {
  const problems: Problem[] = [];
  const version = cacheFile ? splitVersion() : undefined;
  const stored = readSplitCache(cacheFile, version);
  const before = stored.entries;
  const after: SplitCache = new Map();
  const memoBefore = stored.memo ?? new Map<string, unknown>();
  const memoAfter = new Map<string, unknown>();
  const split = (text: string, file: string) => {
    const key = createHash('sha1').update(file).update('\0').update(text).digest('base64');
    const hit = before.get(key) ?? splitFrontmatter(text, file);
    after.set(key, hit);
    return hit;
  };
  const moved: Moved[] = [];
  const pages = (sub: 'practices' | 'plans'): RawEntry[] =>
    folder(contentDir, sub, problems, moved).flatMap(({ name, id, misnamed }): RawEntry[] => {
      const path = join(contentDir, sub, name);
      if (misnamed) return [{ file: rel(path), id, data: undefined, unreadable: true }];
      const text = readText(path, problems);
      if (text === undefined) return [{ file: rel(path), id, data: undefined, unreadable: true }];
      try {
        const { data, body, bodyLine } = split(text, rel(path));
        // Another kind's file (a practice copied into plans/) is said to be one, not checked against this folder's schema.
        const elsewhere = misplacedEntry(sub, name, data, whereIn(contentDir));
        if (elsewhere) {
          const problem: Problem = {
            file: rel(path),
            field: '文件夹',
            message: `${elsewhere.looks}，却放在 ${rel(join(contentDir, sub))}/ 中，会被当作${ENTRY_KINDS[sub].name}检查${elsewhere.copy ? '' : `，也不会作为${elsewhere.what}发布`}。${elsewhere.move}`,
          };
          problems.push(problem);
          if (elsewhere.copy) return [{ file: rel(path), id, data: undefined, unreadable: true }];
          // Counted where it belongs, not here (placeMoved).
          moved.push(movedEntry(elsewhere.kind, rel(path), name, problem));
          return [];
        }
        const comments = ingestComments(text, true);
        return [{ file: rel(path), id, data, body, bodyLine, ...(comments.length ? { comments } : {}) }];
      } catch (e) {
        const message = (e as Error).message.replace(`${rel(path)}: `, '').replace(/^frontmatter /, '');
        const { line } = lineOf(message.replace(/^不是有效的 YAML：/, ''));
        // A YAML slip names its field, as in a briefing (`metrics[2].quote`, `title`); the frontmatter starts on line 2.
        const yaml = line === undefined ? undefined : frontmatterParts(text)?.yaml;
        const field = (yaml !== undefined && fieldAtLine(yaml, line! - 1)) || 'frontmatter';
        problems.push({ file: rel(path), field, ...(line === undefined ? {} : { line }), message });
        // Kept, marked unreadable: the page exists, so a briefing listing it is not told it is unknown.
        return [{ file: rel(path), id, data: undefined, unreadable: true }];
      }
    });
  const briefings = folder(contentDir, 'briefings', problems, moved).map(({ name, id, misnamed }): RawEntry => {
    const path = join(contentDir, 'briefings', name);
    if (misnamed) return { file: rel(path), id, data: undefined, unreadable: true };
    let comments: ReturnType<typeof ingestComments> = [];
    const data = readYaml(path, problems, (text) => (comments = ingestComments(text, false)));
    return { file: rel(path), id, data, ...(data === undefined ? { unreadable: true } : {}), ...(comments.length ? { comments } : {}) };
  });
  for (const [sub, what] of [
    ['briefings', '简报'],
    ['practices', '案例'],
    ['plans', '方案'],
  ] as const) {
    for (const path of nested(join(contentDir, sub))) {
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
  placeMoved(corpus, moved);
  if (unreadableTaxonomies.length) corpus.unreadableTaxonomies = unreadableTaxonomies;
  problems.push(...strayProblems(contentDir));
  const redirectsPath = join(contentDir, 'redirects.yaml');
  if (existsSync(redirectsPath)) corpus.redirects = { file: rel(redirectsPath), data: readYaml(redirectsPath, problems) };
  if (seedsDir && existsSync(seedsDir)) {
    corpus.seedFiles = readdirSync(seedsDir);
    corpus.readSeed = (name) => {
      try {
        return { text: decodeBytes(readFileSync(join(seedsDir, name))).text };
      } catch (e) {
        return { error: (e as Error).message };
      }
    };
    // One read and one hash per seed: the SHA-256 is both the check's key of its bytes and what sourceSha256 records.
    const digests = new Map<string, string | undefined>();
    corpus.seedSha256 = (name) => {
      if (!digests.has(name)) {
        try {
          digests.set(name, createHash('sha256').update(readFileSync(join(seedsDir, name))).digest('hex'));
        } catch {
          digests.set(name, undefined);
        }
      }
      return digests.get(name);
    };
    corpus.seedKey = corpus.seedSha256;
  }
  if (cacheFile && version) {
    corpus.memo = {
      get: (key) => {
        const v = memoBefore.get(key);
        if (v !== undefined) memoAfter.set(key, v);
        return v;
      },
      set: (key, value) => void memoAfter.set(key, value),
    };
  }
  // Written once the check is done, with what it memoized; entries no longer used are dropped.
  const save = () => {
    if (!cacheFile || !version) return;
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, serialize({ version, entries: after, memo: memoAfter } satisfies StoredCache));
  };
  return { corpus, problems, save };
}
