/**
 * Synthetic corpus for the scale benchmark: N practices made of the seeds' real paragraphs recombined, with frontmatter
 * spread over the taxonomy, metrics whose quotes are in the chosen paragraphs, and briefings of four practices each.
 * Each briefing gets a raw text of its own, written as an issue is printed (masthead, each practice's title and text,
 * colophon), so that the content check's fidelity and coverage rules hold as they do for real issues, and the site has
 * one source per issue, as a real corpus does. Deterministic for a given seed number. Node only.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { paragraphs } from '../lib/fidelity.ts';
import { relativeYear, sentenceAround } from '../check/text.ts';

/** mulberry32: a small, fast, seedable PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Para {
  text: string;
  metrics: Record<string, unknown>[];
}

/** The real paragraphs and headings of the practices whose briefing cites one seed. */
interface SeedPool {
  source: string;
  paras: Para[];
  headings: string[];
}

/**
 * Generates a content folder at `out` with `n` practices, and their raw texts in `seedsOut` (with the real seeds the
 * plans cite, copied from `sourceSeeds`); returns how many practices and briefings were written.
 */
export function generateCorpus(
  sourceContent: string,
  out: string,
  n: number,
  seedsOut: string,
  sourceSeeds = 'seeds',
  seed = 1,
): { practices: number; briefings: number } {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const sample = <T>(xs: readonly T[], k: number): T[] => {
    const copy = [...xs];
    const outList: T[] = [];
    while (outList.length < k && copy.length) outList.push(copy.splice(Math.floor(random() * copy.length), 1)[0]!);
    return outList;
  };

  mkdirSync(join(out, 'practices'), { recursive: true });
  mkdirSync(join(out, 'briefings'), { recursive: true });
  mkdirSync(seedsOut, { recursive: true });
  for (const f of readdirSync(sourceSeeds).filter((x) => x.endsWith('.txt'))) cpSync(join(sourceSeeds, f), join(seedsOut, f));
  cpSync(join(sourceContent, 'taxonomy'), join(out, 'taxonomy'), { recursive: true });
  cpSync(join(sourceContent, 'plans'), join(out, 'plans'), { recursive: true });

  const regions = (parse(readFileSync(join(sourceContent, 'taxonomy/regions.yaml'), 'utf8')) as { id: string; name: string }[]);
  // A practice's tags are ones its text names (the check reports any other): each with the words that name it.
  const groups = (parse(readFileSync(join(sourceContent, 'taxonomy/groups.yaml'), 'utf8')) as { id: string; name: string; aliases?: string[] }[]).map((g) => ({ id: g.id, words: [g.name, ...(g.aliases ?? [])] }));
  const measures = (parse(readFileSync(join(sourceContent, 'taxonomy/measures.yaml'), 'utf8')) as { id: string; name: string; keywords?: string[] }[]).map((m) => ({ id: m.id, words: [m.name, ...(m.keywords ?? [])] }));
  const namedIn = (text: string, tags: readonly { id: string; words: string[] }[]) => tags.filter((t) => t.words.some((w) => text.includes(w))).map((t) => t.id);

  // Real paragraphs (not headings or footnotes) with the metrics whose quotes they contain, by the seed they come
  // from: a synthetic issue recombines the paragraphs of one real issue, keeping the mix of words each issue has.
  const sourceOf = new Map(
    readdirSync(join(sourceContent, 'briefings'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace(/\.yaml$/, ''), String((parse(readFileSync(join(sourceContent, 'briefings', f), 'utf8')) as { source: string }).source)]),
  );
  const pools = new Map<string, SeedPool>();
  const titles: string[] = [];
  for (const f of readdirSync(join(sourceContent, 'practices')).filter((x) => /\.mdx?$/.test(x)).sort()) {
    const { data, body } = splitFrontmatter(readFileSync(join(sourceContent, 'practices', f), 'utf8'), f);
    titles.push(String(data.title));
    const source = sourceOf.get(String(data.briefing));
    if (!source) continue;
    let pool = pools.get(source);
    if (!pool) pools.set(source, (pool = { source, paras: [], headings: [] }));
    const metrics = (data.metrics ?? []) as Record<string, unknown>[];
    for (const p of paragraphs(body)) {
      if (p.startsWith('#')) pool.headings.push(p);
      else if (!p.startsWith('[^')) pool.paras.push({ text: p.replace(/\[\^\d+\]/g, ''), metrics: metrics.filter((m) => p.includes(String(m.quote))) });
    }
  }
  const seedPools = [...pools.values()].filter((p) => p.paras.length >= 5 && p.headings.length > 0).sort((a, b) => (a.source < b.source ? -1 : 1));

  const briefingsCount = Math.ceil(n / 4);
  let made = 0;
  for (let b = 0; b < briefingsCount; b++) {
    const date = new Date(Date.UTC(2021, 0, 1) + Math.floor((b / briefingsCount) * 6 * 365) * 86400000);
    const iso = date.toISOString().slice(0, 10);
    const bid = `bench-${String(b + 1).padStart(5, '0')}`;
    const ids: string[] = [];
    const { paras, headings } = seedPools[b % seedPools.length]!;
    const source = `${bid}.txt`;
    const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
    const issuer = '台州市高质量发展建设共同富裕先行市领导小组办公室';
    const printed: string[] = ['台州共富工作简报', `第 ${b + 1} 期`, `${issuer} ${y} 年 ${mo} 月 ${d} 日`];
    for (let k = 0; k < 4 && made < n; k++, made++) {
      const region = pick(regions);
      const id = `bench-${String(made + 1).padStart(5, '0')}`;
      ids.push(id);
      const chosen = sample(paras, 5 + Math.floor(random() * 10));
      // A published practice names at least one group and one measure (the check requires both, and tags its text
      // names): a draw whose paragraphs name none takes one more paragraph that does.
      for (const tags of [groups, measures]) {
        if (namedIn(chosen.map((p) => p.text).join('\n'), tags).length) continue;
        const naming = paras.filter((p) => namedIn(p.text, tags).length > 0);
        if (naming.length) chosen.push(pick(naming));
      }
      const body: string[] = [];
      chosen.forEach((p, i) => {
        if (i > 0 && i % 3 === 0) body.push(pick(headings));
        body.push(p.text);
      });
      // Each figure once: a quote can be in two of the chosen paragraphs. A figure of 今年 (去年) is this issue's year.
      const metrics = [...new Map(chosen.flatMap((p) => p.metrics.map((m) => [p, m] as const)).map(([p, m]) => [`${m.quote}\0${m.value}\0${m.unit}`, datedIn(p.text, m, y)])).values()].slice(0, 12);
      const title = `${region.name}${pick(titles).replace(/^[^\s“”]{2,6}?(市|区|县)/, '')}（${made + 1}）`;
      // The raw text prints the title, then the text as the page has it (headings without their Markdown marks):
      // the paragraphs' own corrections are not needed, their raw text being the page's.
      printed.push(title, ...body.map((p) => p.replace(/^#+\s*/, '')));
      const data = {
        title,
        region: region.id,
        groups: sample(namedIn(`${title}\n${body.join('\n')}`, groups), 1 + Math.floor(random() * 3)),
        measures: sample(namedIn(`${title}\n${body.join('\n')}`, measures), 1 + Math.floor(random() * 4)),
        briefing: bid,
        date: iso,
        metrics,
      };
      writeFileSync(join(out, 'practices', `${id}.md`), `---\n${stringify(data)}---\n\n${body.join('\n\n')}\n`);
    }
    printed.push(`${issuer} ${y}年${mo}月${d}日印发`);
    writeFileSync(join(seedsOut, source), `${printed.join('\n\n')}\n`);
    const briefing = {
      series: '台州共富工作简报',
      number: b + 1,
      date: iso,
      issuer,
      practices: ids,
      source,
    };
    writeFileSync(join(out, 'briefings', `${bid}.yaml`), stringify(briefing));
  }
  return { practices: made, briefings: briefingsCount };
}

/** A metric of a paragraph moved to an issue of `issueYear`: a year it has by 今年 or 去年 becomes that issue's. */
export function datedIn(paragraph: string, m: Record<string, unknown>, issueYear: number): Record<string, unknown> {
  if (m.year === undefined) return m;
  const sentence = sentenceAround(paragraph, String(m.quote));
  const relative = sentence === undefined ? undefined : relativeYear(sentence.slice(0, sentence.indexOf(String(m.quote))), issueYear);
  if (!relative) return m;
  // A total up to a date within the year (截至今年上半年) has no year.
  const { year: _, ...rest } = m;
  return relative.asOf ? rest : { ...m, year: relative.year };
}
