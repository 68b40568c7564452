/**
 * The ingest with its disk access: reads the raw file and the content folder (taxonomy, existing briefings and
 * practices), makes the drafts, runs the content check on them together with the corpus they join, and writes them
 * only when that check passes and no file would be overwritten (unless forced).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { loadCorpus } from '../check/load-corpus.ts';
import { formatProblem, type RawCorpus, type RawEntry } from '../check/types.ts';
import { validateCorpus } from '../check/validate.ts';
import { parse as parseYaml } from 'yaml';
import { DecodeError, decodeBytes } from '../lib/decode.ts';
import { ingestText, type IngestContext, type IngestResult } from './ingest.ts';
import type { KnownBriefing } from './masthead.ts';
import { IngestError, type Taxonomy } from './types.ts';
import { writeFiles } from './write.ts';

/** Options of `npm run ingest`. */
interface RunOptions {
  /** Where drafts are written (default: the content folder). */
  out?: string;
  /** The content folder the taxonomy and existing entries are read from (default `content`). */
  content?: string;
  /** Overwrite existing files. */
  force?: boolean;
  /** The issue date (YYYY-MM-DD) when the text does not print it (`--date`). */
  date?: string;
  /** The issuer when the text does not print it (`--issuer`). */
  issuer?: string;
}

/** What a run did. */
interface RunReport {
  result: IngestResult;
  encoding: string;
  /** Paths written, relative to the working directory. */
  written: string[];
}

type Item = { id: string; name: string; aliases?: string[]; keywords?: string[]; parent?: string; unit?: string };

/** The taxonomy of a content folder in the form the ingest matches against. */
function taxonomyOf(corpus: RawCorpus): Taxonomy {
  const items = (list: RawEntry[]) => list.map((e) => e.data as Item);
  return {
    regions: items(corpus.regions).map((r) => ({ id: r.id, names: [r.name, ...(r.aliases ?? [])], parent: r.parent })),
    groups: items(corpus.groups).map((g) => ({ id: g.id, names: [g.name, ...(g.aliases ?? [])] })),
    measures: items(corpus.measures).map((m) => ({ id: m.id, names: [m.name, ...(m.keywords ?? [])] })),
    indicators: items(corpus.indicators).map((i) => ({ id: i.id, name: i.name, unit: String(i.unit) })),
  };
}

/** The ingest context of a content folder. */
export function contextOf(contentDir: string): { ctx: IngestContext; corpus: RawCorpus } {
  const { corpus } = loadCorpus(contentDir);
  if (!corpus.regions.length || !corpus.groups.length || !corpus.measures.length) {
    throw new IngestError(`在 ${join(contentDir, 'taxonomy')} 中找不到分类文件（regions/groups/measures.yaml）`);
  }
  const knownBriefings: KnownBriefing[] = corpus.briefings.flatMap((b) => {
    const d = b.data as { series?: unknown; issuer?: unknown } | undefined;
    return typeof d?.series === 'string' && typeof d.issuer === 'string' ? [{ id: b.id, series: d.series, issuer: d.issuer }] : [];
  });
  const knownPractices = corpus.practices.flatMap((p) => {
    const t = (p.data as { title?: unknown }).title;
    return typeof t === 'string' ? [{ id: p.id, title: t }] : [];
  });
  const knownPlans = corpus.plans.flatMap((p) => {
    const d = p.data as { title?: unknown; region?: unknown } | undefined;
    return typeof d?.title === 'string' && typeof d.region === 'string' ? [{ id: p.id, title: d.title, region: d.region }] : [];
  });
  return { ctx: { taxonomy: taxonomyOf(corpus), knownBriefings, knownPractices, knownPlans }, corpus };
}

function rel(path: string): string {
  return relative(process.cwd(), path) || path;
}

/**
 * Checks the drafts with the content check, as part of the corpus in `outDir`; throws on any problem but an empty
 * groups or measures list, which the editor is to fill. The drafts' bodies are compared with `text`, the raw text they
 * were made from (the fidelity rule), whatever its file is called.
 */
function checkDrafts(result: IngestResult, outDir: string, contentDir: string, base: RawCorpus, text: string): void {
  const existing = resolve(outDir) === resolve(contentDir) ? base : loadCorpus(outDir).corpus;
  const fresh = new Set(result.files.map((f) => rel(join(outDir, f.path))));
  const keep = (list: RawEntry[]) => list.filter((e) => !fresh.has(e.file));
  const corpus: RawCorpus = { ...base, briefings: keep(existing.briefings), practices: keep(existing.practices), plans: keep(existing.plans) };
  for (const f of result.files) {
    const file = rel(join(outDir, f.path));
    const id = basename(f.path).replace(/\.(mdx?|ya?ml)$/, '');
    if (f.path.endsWith('.yaml')) corpus.briefings.push({ file, id, data: parseYaml(f.content) });
    else {
      const { data, body, bodyLine } = splitFrontmatter(f.content, file);
      (f.path.startsWith('plans/') ? corpus.plans : corpus.practices).push({ file, id, data, body, bodyLine });
    }
  }
  const draftSources = new Set(
    [...corpus.briefings, ...corpus.plans].filter((e) => fresh.has(e.file)).map((e) => (e.data as { source?: unknown } | undefined)?.source),
  );
  corpus.readSeed = (name) => (draftSources.has(name) ? { text } : undefined);
  delete corpus.seedFiles;
  // (A groups or measures list the ingest left empty is the editor's to fill: a draft may wait for it.)
  const problems = validateCorpus(corpus).filter((p) => fresh.has(p.file));
  if (problems.length) {
    throw new IngestError(`生成的草稿未通过内容检查（${problems.length} 个问题），未写入任何文件：${formatProblem(problems[0]!)}`);
  }
}

/** The text of a raw file, or the ingest's refusal with the reason it cannot be read as text. */
function decoded(bytes: Uint8Array): ReturnType<typeof decodeBytes> {
  try {
    return decodeBytes(bytes);
  } catch (e) {
    throw e instanceof DecodeError ? new IngestError(e.message) : e;
  }
}

/** Ingests one raw file. Throws IngestError (with a one-line reason) when it refuses; nothing is written then. */
export function runIngest(file: string, opts: RunOptions = {}): RunReport {
  const contentDir = opts.content ?? 'content';
  const outDir = opts.out ?? contentDir;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new IngestError(`无法读取文件：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const { text, encoding } = decoded(bytes);
  const { ctx, corpus } = contextOf(contentDir);
  if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new IngestError(`--date 应写成 YYYY-MM-DD（例如 2022-11-08），收到 “${opts.date}”`);
  if (opts.date !== undefined && new Date(`${opts.date}T00:00:00Z`).toISOString().slice(0, 10) !== opts.date) throw new IngestError(`--date ${opts.date} 不存在`);
  if (opts.date !== undefined || opts.issuer !== undefined) ctx.given = { date: opts.date, issuer: opts.issuer };
  const result = ingestText(text, basename(file), ctx, createHash('sha256').update(bytes).digest('hex'));
  if (resolve(dirname(file)) !== resolve('seeds')) {
    result.warnings.push(`原文不在 seeds/ 中：npm run check 要求 source 字段所指的文件在 seeds/ 下，请把原文复制为 seeds/${basename(file)}`);
  }
  checkDrafts(result, outDir, contentDir, corpus, text);
  const written = writeFiles(outDir, result.files, opts.force ?? false).map(rel);
  return { result, encoding, written };
}
