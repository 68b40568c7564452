// Tests of `npm run ingest` (src/ingest/): unit tests of each stage, the round trip of the five seeds and of
// reformatted variants made here from them (compared with the hand-checked pages in content/), and bad inputs.
// Run: npx node --test tests/unit/ingest/ingest.test.ts
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { planSchema } from '../../../src/schemas/plan.ts';
import { practiceSchema } from '../../../src/schemas/practice.ts';
import { briefingSchema } from '../../../src/schemas/briefing.ts';
import { loadCorpus } from '../../../src/check/load-corpus.ts';
import { sameUnit } from '../../../src/lib/numbers.ts';
import { validateCorpus } from '../../../src/check/validate.ts';
import { cleanText, isStandalone, splitGluedHeading, toParagraphs, SECTION, ENUMERATION } from '../../../src/ingest/clean.ts';
import { displayWidth } from '../../../src/lib/titles.ts';
import { COLOPHON, normalizeChars, removePageNumbers, removeRunningHeaders, toLines } from '../../../src/lib/raw-text.ts';
import { decodeBytes } from '../../../src/lib/decode.ts';
import { mendSlips } from '../../../src/ingest/ingest.ts';
import { parseMasthead } from '../../../src/ingest/masthead.ts';
import { isMastheadLine, parseIssueNumber, readDate } from '../../../src/lib/masthead-lines.ts';
import { toMarkdown } from '../../../src/ingest/markdown.ts';
import { extractMetrics, labelOf, metricsOfParagraph } from '../../../src/ingest/metrics.ts';
import { isPlan, normalizeTitle } from '../../../src/ingest/plan.ts';
import { runIngest } from '../../../src/ingest/run.ts';
import { bodySimilarity, similarity } from '../../support/similarity.ts';
import { findToc, isTitleLine, splitIssue } from '../../../src/ingest/split.ts';
import { countHits, detectRegion, suggestTags } from '../../../src/ingest/tag.ts';
import { IngestError } from '../../../src/ingest/types.ts';
import { writeFiles } from '../../../src/ingest/write.ts';
import { encodeGb18030 } from '../../support/gb18030.ts';
import { withoutWhitespace } from '../../../src/lib/whitespace.ts';
import { problemsAfter, publish } from '../../support/content-copy.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SEEDS = join(ROOT, 'seeds');
const CONTENT = join(ROOT, 'content');
const FIXTURES = join(ROOT, 'tests/fixtures/ingest');
const work = mkdtempSync(join(tmpdir(), 'ingest-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

let counter = 0;
/** A fresh empty folder under the test's temp dir. */
function freshDir(name: string): string {
  const dir = join(work, `${name}-${counter++}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Every file under `dir` (relative paths, sorted); empty when the folder does not exist. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

// ---------------------------------------------------------------------------------------------------------------
// Reformatted variants of a seed. Paragraphs are rebuilt once from the seed, then laid out again the way another
// PDF extraction would: another margin (numbers and words split where the margin falls), other page-number styles
// and running headers at page tops, CRLF, GBK bytes, full-width digits, headings glued to their paragraph.

const seedText = (name: string) => readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(name))!), 'utf8');

/** Breaks a paragraph at display width `w` (CJK counts two), wherever the margin falls. */
function wrap(p: string, w: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const ch of p) {
    if (displayWidth(cur + ch) > w) {
      lines.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * A title, table-of-contents item or masthead line at a narrower margin: set in a larger font and centred, it breaks
 * into two shorter lines (at the space between its two halves when it has one), never into a full-width line.
 */
function balance(p: string, w: number): string[] {
  if (displayWidth(p) <= w * 0.8) return [p];
  const mid = displayWidth(p) / 2;
  const space = [...p.matchAll(/ /g)].map((m) => m.index).sort((a, b) => Math.abs(displayWidth(p.slice(0, a)) - mid) - Math.abs(displayWidth(p.slice(0, b)) - mid))[0];
  if (space !== undefined && Math.abs(displayWidth(p.slice(0, space)) - mid) < mid / 2) return [p.slice(0, space), p.slice(space + 1)];
  let cut = 0;
  while (displayWidth(p.slice(0, cut)) < mid) cut++;
  return [p.slice(0, cut), p.slice(cut)];
}

interface Layout {
  width?: number;
  pageEvery?: number;
  pageStyle?: (n: number) => string;
  header?: string;
  glue?: boolean;
}

/** Lays paragraphs out as an extraction would: wrapped prose, page furniture every `pageEvery` lines. */
function layout(paras: string[], o: Layout): string {
  const ps = [...paras];
  if (o.glue) {
    for (let i = ps.length - 2; i >= 0; i--) {
      if (SECTION.test(ps[i]!) && isStandalone(ps[i]!) && ENUMERATION.test(ps[i + 1]!)) ps.splice(i, 2, ps[i]! + ps[i + 1]!);
    }
  }
  const lines: string[] = [];
  for (const p of ps) {
    const display = /^[●•\-【]/.test(p) || isTitleLine(p);
    const keep = isMastheadLine(p) || COLOPHON.test(p);
    lines.push(...(!o.width || keep ? [p] : display ? balance(p, o.width) : wrap(p, o.width)));
  }
  const out: string[] = [];
  let page = 1;
  lines.forEach((l, i) => {
    if (o.pageEvery && i > 0 && i % o.pageEvery === 0) {
      out.push(o.pageStyle!(page++));
      if (o.header) out.push(o.header);
    }
    out.push(l);
  });
  return `${out.join('\n\n')}\n`;
}

interface Variant {
  name: string;
  bytes: (seed: string) => Uint8Array;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const VARIANTS: Variant[] = [
  { name: 'as-is', bytes: (s) => utf8(seedText(s)) },
  { name: 'crlf', bytes: (s) => utf8(seedText(s).replace(/\n/g, '\r\n')) },
  { name: 'gbk', bytes: (s) => encodeGb18030(seedText(s)) },
  { name: 'wrap40', bytes: (s) => utf8(layout(cleanText(seedText(s)), { width: 40 })) },
  {
    name: 'wrap72-pages',
    bytes: (s) => utf8(layout(cleanText(seedText(s)), { width: 72, pageEvery: 23, pageStyle: (n) => (n % 2 ? `- ${n} -` : `第${n}页`), header: '台州共富工作简报' })),
  },
  {
    name: 'fullwidth-nospace',
    bytes: (s) => utf8(seedText(s).replace(/(\d) (?=[万亿个人名家元%年])/g, '$1').replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
  },
  { name: 'glued-wrap60', bytes: (s) => utf8(layout(cleanText(seedText(s)), { width: 60, glue: true, pageEvery: 31, pageStyle: (n) => `— ${n}—` })) },
];

// ---------------------------------------------------------------------------------------------------------------
// The curated pages each seed corresponds to.

interface Curated {
  id: string;
  title: string;
  region: string;
  body: string;
  metrics: { value: number; unit: string; quote: string }[];
}

function curatedBriefing(source: string): { id: string; briefing: Record<string, unknown>; practices: Curated[] } {
  for (const f of readdirSync(join(CONTENT, 'briefings'))) {
    const briefing = parseYaml(readFileSync(join(CONTENT, 'briefings', f), 'utf8')) as Record<string, unknown>;
    if (briefing.source !== source) continue;
    const practices = (briefing.practices as string[]).map((id) => {
      const { data, body } = splitFrontmatter(readFileSync(join(CONTENT, 'practices', `${id}.md`), 'utf8'), id);
      return { id, title: String(data.title), region: String(data.region), body, metrics: (data.metrics ?? []) as Curated['metrics'] };
    });
    return { id: f.replace(/\.yaml$/, ''), briefing, practices };
  }
  throw new Error(`no curated briefing for ${source}`);
}

interface Drafted {
  title: string;
  region: string;
  body: string;
  metrics: { value: number; unit: string; quote: string }[];
  draft: unknown;
}

function readDrafts(out: string): { practices: Drafted[]; briefing: Record<string, unknown> } {
  const bfile = readdirSync(join(out, 'briefings'))[0]!;
  const briefing = parseYaml(readFileSync(join(out, 'briefings', bfile), 'utf8')) as Record<string, unknown>;
  const practices = (briefing.practices as string[]).map((id) => {
    const { data, body } = splitFrontmatter(readFileSync(join(out, 'practices', `${id}.md`), 'utf8'), id);
    return { title: String(data.title), region: String(data.region), body, metrics: (data.metrics ?? []) as Drafted['metrics'], draft: data.draft };
  });
  return { practices, briefing };
}

const sameFigure = (a: { value: number; unit: string }, b: { value: number; unit: string }) => a.value === b.value && sameUnit(a.unit, b.unit);

// ---------------------------------------------------------------------------------------------------------------

/** Writes a seed's variant as an input file in a fresh folder; returns it and the folder drafts go to. */
function writeVariant(seed: string, v: (typeof VARIANTS)[number]): { input: string; out: string } {
  const dir = freshDir(`${seed}-${v.name}`);
  const input = join(dir, `${seed}-${v.name}.txt`);
  writeFileSync(input, v.bytes(seed));
  // INGEST_DUMP=<dir> keeps the variants for a look with `npm run ingest`.
  if (process.env.INGEST_DUMP) cpSync(input, join(process.env.INGEST_DUMP, `${seed}-${v.name}.txt`));
  return { input, out: join(dir, 'out') };
}

describe('round trip: briefings 000, 001, 002 and reformatted variants', () => {
  const rows: string[] = [];
  after(() => {
    console.log(`\nbody similarity per practice (target ≥ 0.98):\n${rows.join('\n')}`);
  });
  for (const seed of ['000', '001', '002']) {
    const source = readdirSync(SEEDS).find((f) => f.startsWith(seed))!;
    const gold = curatedBriefing(source);
    for (const v of VARIANTS) {
      test(`${seed} ${v.name}`, () => {
        const { input, out } = writeVariant(seed, v);
        runIngest(input, { out, content: CONTENT });
        const { practices } = readDrafts(out);
        assert.equal(practices.length, gold.practices.length, 'number of practices');
        practices.forEach((p, i) => {
          const g = gold.practices[i]!;
          const sim = bodySimilarity(p.body, g.body);
          const missing = g.metrics.filter((m) => !p.metrics.some((d) => sameFigure(d, m)));
          rows.push(`  ${seed} ${v.name.padEnd(18)} ${g.id.padEnd(36)} ${sim.toFixed(4)}  metrics ${g.metrics.length - missing.length}/${g.metrics.length}`);
          assert.equal(withoutWhitespace(p.title), withoutWhitespace(g.title), `title of ${g.id}`);
          assert.equal(p.region, g.region, `region of ${g.id}`);
          assert.equal(p.draft, true, `${g.id} is a draft`);
          assert.ok(sim >= 0.98, `${g.id}: body similarity ${sim.toFixed(4)} < 0.98`);
          assert.deepEqual(missing.map((m) => `${m.value} ${m.unit} (${m.quote})`), [], `${g.id}: curated metrics missing from the draft`);
        });
      });
    }
  }
});

describe('round trip: plans 003, 004 and reformatted variants', () => {
  const rows: string[] = [];
  after(() => console.log(`\nplans (body similarity, targets found / curated):\n${rows.join('\n')}`));
  for (const [seed, id] of [['003', 'qingtian-action-plan'], ['004', 'taizhou-action-plan']] as const) {
    const gold = splitFrontmatter(readFileSync(join(CONTENT, 'plans', `${id}.md`), 'utf8'), id);
    const g = gold.data as Record<string, unknown> & { groups: { group: string; heading: string; measures: { no: number; title: string; units: string[] }[] }[]; targets: { value: number; unit: string }[] };
    for (const v of VARIANTS) {
      test(`${seed} ${v.name}`, () => {
        const { input, out } = writeVariant(seed, v);
        const report = runIngest(input, { out, content: CONTENT });
        assert.equal(report.result.kind, 'plan');
        const files = listFiles(out);
        assert.deepEqual(files, [`plans/${id}.md`]);
        const { data, body } = splitFrontmatter(readFileSync(join(out, files[0]!), 'utf8'), id);
        const mine = planSchema.parse(data);
        const theirs = planSchema.parse(g);
        for (const key of ['title', 'docNumber', 'issuers', 'date', 'status', 'region', 'period'] as const) {
          assert.deepEqual(mine[key], theirs[key], `${id}: ${key}`);
        }
        const groups = data.groups as typeof g.groups;
        assert.deepEqual(groups.map((x) => x.group), g.groups.map((x) => x.group), `${id}: group ids`);
        assert.deepEqual(groups.map((x) => x.heading), g.groups.map((x) => x.heading), `${id}: group headings`);
        assert.deepEqual(
          groups.map((x) => x.measures.map((m) => `${m.no}.${m.title}`)),
          g.groups.map((x) => x.measures.map((m) => `${m.no}.${m.title}`)),
          `${id}: measure numbers and titles`,
        );
        assert.deepEqual(groups.map((x) => x.measures.map((m) => m.units)), g.groups.map((x) => x.measures.map((m) => m.units)), `${id}: 责任单位`);
        const targets = data.targets as { value: number; unit: string; kind: string }[];
        assert.ok(targets.every((t) => t.kind === 'target'), 'plan figures are targets');
        const found = g.targets.filter((t) => targets.some((d) => sameFigure(d, t))).length;
        const extra = targets.filter((d) => !g.targets.some((t) => sameFigure(d, t))).length;
        rows.push(`  ${seed} ${v.name.padEnd(18)} ${id.padEnd(22)} body ${bodySimilarity(body, gold.body).toFixed(4)}  curated targets found ${found}/${g.targets.length}, ${extra} more figures`);
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Drafts against the content check, the schemas, and overwriting.

describe('drafts join a corpus cleanly', () => {
  test('every draft parses with its schema, is a draft, and the whole corpus passes the content check', () => {
    const content = join(freshDir('corpus'), 'content');
    cpSync(join(CONTENT, 'taxonomy'), join(content, 'taxonomy'), { recursive: true });
    for (const seed of ['000', '001', '002', '003', '004']) {
      runIngest(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(seed))!), { content });
    }
    const files = listFiles(content).filter((f) => !f.startsWith('taxonomy/'));
    assert.equal(files.filter((f) => f.startsWith('practices/')).length, 12);
    assert.equal(files.filter((f) => f.startsWith('briefings/')).length, 3);
    assert.deepEqual(files.filter((f) => f.startsWith('plans/')), ['plans/qingtian-action-plan.md', 'plans/taizhou-action-plan.md']);
    for (const f of files) {
      const text = readFileSync(join(content, f), 'utf8');
      if (f.startsWith('briefings/')) assert.ok(briefingSchema.safeParse(parseYaml(text)).success, f);
      else {
        const { data } = splitFrontmatter(text, f);
        const schema = f.startsWith('plans/') ? planSchema : practiceSchema;
        const r = schema.safeParse(data);
        assert.ok(r.success, `${f}: ${r.error?.message}`);
        assert.equal(data.draft, true, `${f} is a draft`);
        assert.match(text, /# 待核对：/, `${f} marks what the editor should check`);
      }
    }
    const { corpus, problems } = loadCorpus(content);
    assert.deepEqual([...problems, ...validateCorpus(corpus)], []);
  });

  test('never overwrites: an existing file stops the whole run, --force replaces', () => {
    const out = freshDir('force');
    const seed = join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('001'))!);
    const first = runIngest(seed, { out, content: CONTENT });
    const marker = join(out, first.result.files[0]!.path);
    writeFileSync(marker, 'edited by an editor');
    rmSync(join(out, first.result.files[1]!.path));
    assert.throws(() => runIngest(seed, { out, content: CONTENT }), (e: unknown) => e instanceof IngestError && /已存在/.test(e.message) && /--force/.test(e.message));
    assert.equal(readFileSync(marker, 'utf8'), 'edited by an editor');
    assert.ok(!existsSync(join(out, first.result.files[1]!.path)), 'nothing written when any file exists');
    runIngest(seed, { out, content: CONTENT, force: true });
    assert.notEqual(readFileSync(marker, 'utf8'), 'edited by an editor');
    // A practice the editor has checked and published (no draft line) is never replaced, not even with --force.
    const practice = join(out, first.result.files.find((f) => f.path.startsWith('practices/'))!.path);
    const reviewed = readFileSync(practice, 'utf8').replace(/^draft: true\n/m, '');
    writeFileSync(practice, reviewed);
    assert.throws(() => runIngest(seed, { out, content: CONTENT, force: true }), (e: unknown) => e instanceof IngestError && /已发布（没有 draft: true），--force 也不会覆盖/.test(e.message));
    assert.equal(readFileSync(practice, 'utf8'), reviewed);
  });

  test('each drafted figure says once what to check: its unverified line, with no 待核对 comment repeating it', () => {
    const out = freshDir('unverified');
    for (const seed of ['001', '004']) runIngest(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(seed))!), { out, content: CONTENT });
    for (const f of listFiles(out).filter((x) => /^(practices|plans)\//.test(x))) {
      const text = readFileSync(join(out, f), 'utf8');
      const items = text.split(/\n  - label: /).slice(1);
      assert.ok(items.length > 0, `${f} has figures`);
      for (const item of items) {
        const lines = item.slice(0, item.search(/\n(?!    )/) + 1 || undefined).split('\n');
        assert.ok(lines.some((l) => /^    unverified: \[label, year, kind/.test(l)), `${f}: ${lines[0]}`);
        // The check enforces the unverified line; a comment saying the same would be deleted and the line kept.
        assert.ok(!/自动提取：label 需改写/.test(lines[0]!), `${f}: ${lines[0]}`);
      }
    }
  });

  test('主要目标’s year stays in that section when the next headings are glued to the text (二、… at a paragraph’s end, （一）… before its text)', () => {
    const raw = readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('003'))!), 'utf8');
    const at = raw.indexOf('二、主要实施路径');
    const end = raw.lastIndexOf('\n\n', at);
    const glued = `${raw.slice(0, end)}二、主要实施路径（一）全面拓宽居民增收渠道${raw.slice(raw.indexOf('以扩大就业为根本'))}`
      // A figure in the next section, whose sentence names no year.
      .replace('1.扩大就业容量。', '1.扩大就业容量。全县新增城镇就业岗位 8000 个。');
    const dir = freshDir('glued-goals');
    const file = join(dir, '003_glued.txt');
    writeFileSync(file, glued);
    const out = join(dir, 'out');
    runIngest(file, { out, content: CONTENT });
    const { data } = splitFrontmatter(readFileSync(join(out, 'plans/qingtian-action-plan.md'), 'utf8'), 'plan');
    const targets = data.targets as { quote: string; year?: number }[];
    const jobs = targets.find((t) => t.quote.includes('8000 个'));
    assert.ok(jobs, targets.map((t) => t.quote).join('\n'));
    assert.equal(jobs.year, undefined, 'a year the sentence does not name is not guessed from 主要目标');
    // The 主要目标 section's own figures keep its year.
    assert.equal(targets.find((t) => t.quote.includes('全县存贷款总额突破 2000 亿元'))?.year, 2025);
  });

  test('an original plan’s yearly targets under 主要目标 (每年…, 年均…) get no year: published as drafted, the check asks for no year', () => {
    const out = freshDir('yearly-targets');
    runIngest(join(SEEDS, '003_84359d70cc1cc035.txt'), { out, content: CONTENT });
    const drafted = readFileSync(join(out, 'plans/qingtian-action-plan.md'), 'utf8');
    const targets = splitFrontmatter(drafted, 'plan').data.targets as { quote: string; year?: number }[];
    const yearOf = (quote: string) => {
      const t = targets.find((x) => x.quote === quote);
      assert.ok(t, `no target “${quote}”`);
      return t.year;
    };
    assert.equal(yearOf('每年组织职业技能培训 5000 人次以上'), undefined);
    assert.equal(yearOf('低收入农户收入年均增长 15%'), undefined);
    // The section’s other figures keep its year (力争到 2025 年), and a year the sentence writes is the figure’s.
    assert.equal(yearOf('居民人均可支配收入达到 5.8 万元'), 2025);
    assert.equal(yearOf('到 2025 年技能人才占从业人员比例达 35%'), 2025);
    const problems = problemsAfter((dir) => {
      writeFileSync(join(dir, 'plans/qingtian-action-plan.md'), drafted);
      publish(dir, 'plans/qingtian-action-plan.md');
    });
    assert.deepEqual(problems.filter((p) => /^plans\/qingtian-action-plan\.md: targets\[\d+\]\.year:/.test(p)), []);
  });

  test('writeFiles writes all or nothing', () => {
    const out = freshDir('write');
    writeFileSync(join(out, 'b.txt'), 'old');
    assert.throws(() => writeFiles(out, [{ path: 'sub/a.txt', content: 'a' }, { path: 'b.txt', content: 'b' }], false), IngestError);
    assert.deepEqual(listFiles(out), ['b.txt']);
    writeFiles(out, [{ path: 'sub/a.txt', content: 'a' }, { path: 'b.txt', content: 'b' }], true);
    assert.deepEqual(listFiles(out), ['b.txt', 'sub/a.txt']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Bad inputs, through the command line: non-zero exit, one line naming the file and the reason, nothing written.

describe('bad inputs', () => {
  const cases: [file: string, reason: RegExp][] = [
    ['empty.txt', /文件为空/],
    ['blank.txt', /只有空白/],
    ['binary.txt', /二进制/],
    ['pdf-file.txt', /PDF/],
    ['undecodable.txt', /无法解码/],
    ['mojibake.txt', /锟斤拷/],
    ['no-practice.txt', /未找到任何案例/],
  ];
  for (const [file, reason] of cases) {
    test(file, () => {
      const out = freshDir(`bad-${file}`);
      const r = spawnSync(process.execPath, ['scripts/ingest.ts', join(FIXTURES, file), '--out', out], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 1, `exit status (stderr: ${r.stderr})`);
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, `one line: ${r.stderr}`);
      assert.match(lines[0]!, new RegExp(`^ingest: .*${file}: `));
      assert.match(lines[0]!, reason);
      assert.equal(r.stdout, '');
      assert.deepEqual(listFiles(out), []);
    });
  }
  test('a missing file and a bad option', () => {
    const r = spawnSync(process.execPath, ['scripts/ingest.ts', join(FIXTURES, 'does-not-exist.txt')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /无法读取文件：ENOENT/);
    const u = spawnSync(process.execPath, ['scripts/ingest.ts', '--bogus'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(u.status, 2);
    assert.match(u.stderr, /未知选项 --bogus/);
  });
  test('the command line reports what it wrote and what needs review', () => {
    const out = freshDir('cli');
    const r = spawnSync(process.execPath, ['scripts/ingest.ts', join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('002'))!), '--out', out], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /简报：台州共富工作简报（实践创新） 第3期（2021-09-30），4 个案例（按目录拆分）/);
    assert.equal((r.stdout.match(/^写入 /gm) ?? []).length, 5);
    assert.match(r.stdout, /需要编辑核对/);
    assert.match(r.stdout, /partners: 正文多次提到其他地区/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Unit tests of the stages.

describe('decode', () => {
  test('UTF-8, with or without BOM', () => {
    assert.deepEqual(decodeBytes(utf8('台州共富')), { text: '台州共富', encoding: 'utf-8' });
    assert.equal(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('台州')])).text, '台州');
  });
  test('GBK and GB18030', () => {
    const d = decodeBytes(encodeGb18030('台州共富工作简报 第3期 ¹'));
    assert.equal(d.encoding, 'gb18030');
    assert.equal(d.text, '台州共富工作简报 第3期 ¹');
  });
  test('UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'台州'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    assert.deepEqual(decodeBytes(le), { text: '台州', encoding: 'utf-16le' });
  });
  test('refusals', () => {
    assert.throws(() => decodeBytes(new Uint8Array()), /文件为空/);
    assert.throws(() => decodeBytes(new Uint8Array([0x41, 0x00, 0x42])), /二进制/);
    assert.throws(() => decodeBytes(utf8('%PDF-1.4 …')), /PDF/);
    assert.throws(() => decodeBytes(new Uint8Array([0xe5, 0x8f, 0xb0, 0xff, 0x41])), /无法解码/);
    assert.throws(() => decodeBytes(utf8('台州\uFFFD共富')), /替换字符/);
  });
});

describe('clean', () => {
  test('line ends, full-width digits and emphasis marks', () => {
    assert.equal(normalizeChars('第一行\r\n３．９２万人，１８．７％\r**退役军人事务局**'), '第一行\n3.92万人，18.7%\n退役军人事务局');
  });
  test('a paragraph’s first-line indent (full-width spaces, as the PDFs print it) is not written into the body', () => {
    // The check tells an editor who pastes one (bodyStructure): the page would show the paragraph indented.
    assert.equal(toMarkdown(cleanText('\u3000\u3000近年来，温岭市建立高标准就业服务。\n\u3000\u3000二是加强培训。\n')), '近年来，温岭市建立高标准就业服务。\n\n二是加强培训。\n');
  });
  test('page numbers in every style, nothing else', () => {
    const text = ['正文一', '— 5—', '- 3 -', '第3页', '第 12 页 共 20 页', '3/12', '12', '2021年', '— 7 —'].join('\n');
    assert.deepEqual(removePageNumbers(text).split('\n'), ['正文一', '2021年']);
  });
  test('running headers repeating the series title, masthead kept', () => {
    const lines = toLines(['台州共富工作简报', '第 3 期', '正文第一行，', '台州共富工作简报', '接着写。', '台州共富工作简报 第3期', '再写。'].join('\n'));
    assert.deepEqual(removeRunningHeaders(lines, ['台州共富工作简报'], 2).map((l) => l.text), ['台州共富工作简报', '第 3 期', '正文第一行，', '接着写。', '再写。']);
  });
  test('a line recurring next to page numbers is a header; a recurring subheading is not', () => {
    const text = ['某地简报', '第 1 期', '某办公室 2022年1月1日', '甲县做法', '正文第一段。', '主要做法', '一是某事。', '内部资料 注意保存', '- 1 -', '接着写。', '主要做法', '二是某事。', '- 2 -', '内部资料 注意保存', '再写。', '主要做法', '三是某事。', '内部资料 注意保存', '第3页', '结束。'].join('\n');
    const paras = cleanText(text);
    assert.equal(paras.filter((p) => p === '主要做法').length, 3);
    assert.ok(!paras.some((p) => p.includes('内部资料')));
  });
  test('paragraphs rebuilt from wrapped lines: numbers and words split at the margin, headings, markers', () => {
    const wrapped = [
      '一、“政策+平台”齐发力，盯牢重点人群突破',
      '一是以摸清用才需求为前提。进一步摸排掌握企业引才需求并',
      '指导服务好重点人才工程申报。走访企业 3400余次，解决各类问题 90',
      '0余个，连续两年面向全球发布白皮书，涵盖重点骨干企业和人才',
      '需求。',
      '二是以构建政策体系为重点。先后出台一系列人才政策，坚持“财',
      '为才用”，安排人才发展专项资金共计 5109万元，用于扶持人才创业',
      '和创新项目资助。',
      '三是以搭建创新平台为载体。抢抓长三角一体化历史机遇，引进第三',
      '方科创机构，合力打造国际创新港，助推人才企业加速发展壮大。',
    ];
    const paras = toParagraphs(toLines(wrapped.join('\n\n')));
    assert.equal(paras.length, 4);
    assert.equal(paras[0], '一、“政策+平台”齐发力，盯牢重点人群突破');
    assert.match(paras[1]!, /解决各类问题 900余个，连续两年/);
    assert.match(paras[2]!, /“财为才用”/);
  });
  test('a heading glued to its paragraph is split; closing punctuation never opens a paragraph', () => {
    assert.deepEqual(splitGluedHeading('一、夯实基础支撑升级就业服务平台一是升级基础体系。各镇设立劳动保障所。'), ['一、夯实基础支撑升级就业服务平台', '一是升级基础体系。各镇设立劳动保障所。']);
    assert.deepEqual(splitGluedHeading('一、以大带小促集群，产业引领创业致富'), ['一、以大带小促集群，产业引领创业致富']);
    assert.deepEqual(toParagraphs(toLines('7.深化改革。加快建设。〔责任单位：组织部、经合中心（招商中心）\n〕\n8.下一项。')), ['7.深化改革。加快建设。〔责任单位：组织部、经合中心（招商中心）〕', '8.下一项。']);
  });
});

describe('masthead and split', () => {
  const issue = [
    '台州共富工作简报',
    '(实践创新)',
    '第 3 期',
    '台州市高质量发展建设共同富裕先行市领导小组办公室 2021 年 9 月 30 日',
    '报：李跃旗书记、吴海平市长',
    '编者按：现选取两地典型做法予以刊发，供各地学习借鉴。',
    '【 本期目录 】',
    '- 温岭市念好新时代山海经 奏响共同富裕协作曲',
    '- 玉环市以“三带”策略力促全域共富',
    '温岭市念好新时代山海经 奏响共同富裕协作曲',
    '自全省启动山海协作升级版以来，温岭市全面贯彻部署。',
    '玉环市以“三带”策略力促全域共富近年来，玉环市以城乡一体化发展为导向。',
    '送：市委、市人大常委会、市政府、市政协领导。',
    '发：各县（市、区）党委、政府，市级有关单位。',
    '台州市高质量发展建设共同富裕先行市领导小组办公室 2021年9月30日印发',
  ];
  test('dates', () => {
    assert.equal(readDate('2021 年 9 月 30 日'), '2021-09-30');
    assert.equal(readDate('2021年2月30日'), undefined);
  });
  test('table of contents, titles (one glued to its paragraph), masthead and colophon', () => {
    const s = splitIssue(issue);
    assert.deepEqual(s.toc, ['温岭市念好新时代山海经 奏响共同富裕协作曲', '玉环市以“三带”策略力促全域共富']);
    assert.deepEqual(s.practices.map((p) => p.paragraphs), [['自全省启动山海协作升级版以来，温岭市全面贯彻部署。'], ['近年来，玉环市以城乡一体化发展为导向。']]);
    const m = parseMasthead(s.head, s.tail);
    assert.deepEqual(m, {
      series: '台州共富工作简报',
      subseries: '实践创新',
      number: 3,
      date: '2021-09-30',
      issuer: '台州市高质量发展建设共同富裕先行市领导小组办公室',
      reportTo: '李跃旗书记、吴海平市长',
      editorNote: '现选取两地典型做法予以刊发，供各地学习借鉴。',
      sendTo: '市委、市人大常委会、市政府、市政协领导。',
      distributeTo: '各县（市、区）党委、政府，市级有关单位。',
    });
  });
  test('issue numbers in digits, full-width digits and Chinese numerals; a total number is not the issue number', () => {
    const cases: [string, number | undefined][] = [
      ['第 3 期', 3], ['第３期', 3], ['第三期', 3], ['第十二期', 12], ['第二十期', 20], ['第一百零五期', 105], ['2022年第二期（总第十五期）', 2], ['第期', undefined], ['第〇期', undefined],
    ];
    for (const [text, n] of cases) assert.equal(parseIssueNumber(text.replace(/[（(]?总第.*$/, '')), n, text);
    for (const line of ['第三期', '2022年第二期（总第十五期）', '第 12 期']) assert.ok(isMastheadLine(line), line);
    const head = ['台州共富工作简报', '2022年第二期（总第十五期）', '台州市共富办 2022年3月1日'];
    assert.equal(parseMasthead(head, []).number, 2);
  });
  test('a colophon date that differs from the masthead is kept for the editor; the masthead date wins', () => {
    const m = parseMasthead(['台州共富工作简报', '第三期', '台州市共富办 2022年3月1日'], ['台州市共富办 2022年3月10日印发']);
    assert.deepEqual([m.number, m.date, m.colophonDate], [3, '2022-03-01', '2022-03-10']);
    assert.equal(parseMasthead(issue.slice(0, 4), issue.slice(-1)).colophonDate, undefined);
  });
  test('a title glued to the end of the paragraph before it (that paragraph’s last line ran to the margin)', () => {
    const s = splitIssue(['【 本期目录 】', '- 甲县创新做法一', '- 乙县探索做法二', '甲县创新做法一', '甲县的第一段。', '甲县的最后一段。乙县探索做法二乙县的第一段。']);
    assert.deepEqual(s.practices.map((p) => [p.title, p.paragraphs]), [
      ['甲县创新做法一', ['甲县的第一段。', '甲县的最后一段。']],
      ['乙县探索做法二', ['乙县的第一段。']],
    ]);
  });
  test('● lines, and titles by their shape when there is no table of contents', () => {
    assert.deepEqual(findToc(['● 甲县做法一', '● 乙县做法二', '正文'])?.items.map((i) => i.text), ['甲县做法一', '乙县做法二']);
    const s = splitIssue(['椒江区盯才“扩中”', '大力培育“中收”后备军', '椒江区将人才队伍建设作为突破口。', '一、政策齐发力', '一是摸清需求。', '温岭市以高质量就业扎实推动共同富裕', '近年来，温岭市建立平台。']);
    assert.deepEqual(s.practices.map((p) => [p.title, p.paragraphs.length]), [['椒江区盯才“扩中” 大力培育“中收”后备军', 3], ['温岭市以高质量就业扎实推动共同富裕', 1]]);
  });
  test('no practice, a table-of-contents title missing from the text', () => {
    assert.throws(() => splitIssue(['这是一段说明文字。', '还是说明。']), /未找到任何案例/);
    assert.throws(() => splitIssue(['● 甲县做法一', '甲县做法二', '正文。']), /在正文中找不到/);
  });
});

describe('metrics', () => {
  const one = (p: string) => metricsOfParagraph(p);
  test('a label longer than 30 characters is cut at a clause’s punctuation, or not at all: never inside a word', () => {
    // The content's own sentences, whose labels were cut mid-word (…年平, …达成战略, …等员).
    assert.equal(one('取得高级技师、技师、高级技能、中级技能和初级技能从业人员年平均工资分别为153906元')[0]!.label, '取得高级技师、技师、高级技能、中级技能和初级技能从业人员年平均工资');
    assert.equal(one('该县职业中专已与县发改委、人力社保局等 12家机关事业单位达成战略合作')[0]!.label, '该县职业中专已与县发改委、人力社保局等·机关事业单位达成战略合作');
    assert.equal(one('如艾迪西流体控制集团有限公司拿出 15%的股权分两期分配至技术工人等员工')[0]!.label, '艾迪西流体控制集团有限公司拿出·股权分两期分配至技术工人等员工');
    assert.equal(labelOf('短的标签'), '短的标签');
    assert.equal(labelOf('在全市范围内推进技能人才评价改革：新增技能人才认定机构的数量和覆盖面持续扩大'), '在全市范围内推进技能人才评价改革');
    assert.equal(labelOf('新增技能人才认定机构数量（含社会培训评价组织和企业自主评价单位在内的全部机构）'), '新增技能人才认定机构数量');
  });
  test('万/亿 resolved, units kept, approximations', () => {
    assert.deepEqual(one('其中高技能人才 3.92 万人'), [{ label: '高技能人才', value: 39200, unit: '人', kind: 'result', quote: '其中高技能人才 3.92 万人' }]);
    assert.equal(one('完成职业技能补贴性培训10738人/次')[0]!.unit, '人次');
    assert.deepEqual(one('全市共有 22.9余万人次考取证书').map((m) => [m.value, m.unit, m.approx]), [[229000, '人次', true]]);
    assert.deepEqual(one('累计完成投资96.4亿元').map((m) => [m.value, m.unit]), [[9640000000, '元']]);
    assert.deepEqual(one('一级发放200 元/月技能津贴').map((m) => [m.value, m.unit]), [[200, '元/月']]);
    assert.deepEqual(one('分别占全市人口总数的 18.7%和 6.3%').map((m) => [m.value, m.unit]), [[18.7, '%'], [6.3, '%']]);
  });
  test('years, issue numbers, ranges and model names are not figures; years and targets are read', () => {
    assert.deepEqual(one('2021年度新型学徒制招生 3460人').map((m) => [m.value, m.year]), [[3460, 2021]]);
    assert.deepEqual(one('第 3 期刊发“1+X”模式和“500精英计划”'), []);
    // 超 is a bound (more than), not an approximation: it stays in the quote and is shown with the figure.
    assert.deepEqual(one('预计全市技工教育招生规模每年将超 1 万人').map((m) => [m.value, m.kind, m.approx]), [[10000, 'target', undefined]]);
    // A figure of several years together is none of them alone (the check says so too).
    assert.deepEqual(one('2016年-2020年共拨付资金859万元').map((m) => [m.value, m.year]), [[8590000, undefined]]);
  });
  test('each quote is in the body and states its value', () => {
    const body = toMarkdown(['一是深化改革。全市新增技能人才 8.63万人，其中高技能人才 3.92 万人，完成省定指标的196%。', '## 二、标题']);
    const { metrics } = extractMetrics(body, { indicators: [{ id: 'new-skilled-talents', name: '新增技能人才', unit: '人' }] });
    assert.deepEqual(metrics.map((m) => [m.value, m.unit, m.indicator ?? '']), [[86300, '人', 'new-skilled-talents'], [39200, '人', ''], [196, '%', '']]);
    for (const m of metrics) assert.ok(body.includes(m.quote));
  });
});

describe('tags', () => {
  const regions = [
    { id: 'taizhou', names: ['台州市', '台州', '市本级'] },
    { id: 'wenling', names: ['温岭市', '温岭'], parent: '台州市' },
    { id: 'sanmen', names: ['三门县', '三门'], parent: '台州市' },
    { id: 'jingning', names: ['景宁畲族自治县', '景宁'], parent: '丽水市' },
  ];
  test('region from the title; 我市 means the issuing city; partners named three times', () => {
    assert.equal(detectRegion('温岭市念好新时代山海经', '正文', regions, 'taizhou').region, 'wenling');
    const city = detectRegion('深化集成改革', '近年来，我市深化改革，在三门等地试点。', regions, 'taizhou');
    assert.equal(city.region, 'taizhou');
    assert.match(city.doubts[0]!.note, /我市/);
    const partners = detectRegion('温岭市念好新时代山海经', '与三门、景宁签署协议。三门、景宁两地。帮助三门和景宁。台州台州台州。', regions, 'taizhou');
    assert.deepEqual(partners.partners, ['sanmen', 'jingning']);
  });
  test('longest names first, suggestions with evidence', () => {
    const groups = [
      { id: 'technical-workers', names: ['技术工人', '技能人才', '高技能人才'] },
      { id: 'graduates', names: ['高校毕业生', '毕业生'] },
    ];
    assert.equal(countHits('新增高技能人才和技能人才', groups).get('technical-workers')!.names.get('技能人才'), 1);
    const g = suggestTags('groups', '技术工人“扩中”', '高校毕业生就业', groups, 2);
    assert.deepEqual(g.ids, ['technical-workers']);
    assert.match(g.doubts[0]!.note, /技术工人×1/);
  });
});

describe('markdown, slips, titles, similarity', () => {
  test('headings, footnotes moved to the end, MDX escaped', () => {
    const md = toMarkdown(['一、聚焦“谁该帮”', '（一）主要目标', '二是集成“1+4+6+X”¹功能，{a} <b>。', '¹ 即 1 个帮扶中心', '三是其他。']);
    assert.equal(md, '## 一、聚焦“谁该帮”\n\n### （一）主要目标\n\n二是集成“1+4+6+X”[^1]功能，\\{a\\} \\<b\\>。\n\n三是其他。\n\n[^1]: 即 1 个帮扶中心\n');
  });
  test('the English "and" the extraction put for a 顿号 is mended and recorded', () => {
    const r = mendSlips(['玉环市中等职业技术学校 and 玉环市坎门成人技术学校', 'GEP and GDP']);
    assert.deepEqual(r.paragraphs, ['玉环市中等职业技术学校、玉环市坎门成人技术学校', 'GEP and GDP']);
    assert.deepEqual(r.corrections, [{ from: 'and', to: '、', reason: '提取时把顿号误作英文 and' }]);
  });
  test('plan titles', () => {
    assert.equal(normalizeTitle('青田县“扩中”“提低”行动方案 (2021-2025年)'), '青田县“扩中”“提低”行动方案（2021-2025年）');
  });
  test('similarity', () => {
    assert.equal(similarity('台州共富', '台州共富'), 1);
    assert.equal(similarity('abcd', 'abxd'), 0.75);
    assert.ok(bodySimilarity('## 一、标题\n\n正文 一段。', '一、标题\n\n正文一段。') === 1);
    assert.ok(similarity('温岭市念好新时代山海经', '玉环市以三带策略力促全域共富') < 0.3);
  });
});

describe('plans or briefings', () => {
  test('a practice titled …实施方案 does not make a briefing a plan', () => {
    const paras = ['某县出台技术工人激励实施方案', '近年来，某县出台股权激励计划，责任单位明确。', '一、主要做法', '一是某事。'];
    assert.equal(isPlan(paras), false);
    assert.equal(isPlan(['某县“扩中”“提低”行动方案', '为全面贯彻落实……，制定本方案。', '一、总体要求', '（一）指导思想']), true);
  });
  test('a county in the title wins over its city', () => {
    const regions = [
      { id: 'taizhou', names: ['台州市', '台州'] },
      { id: 'yuhuan', names: ['玉环市', '玉环'], parent: '台州市' },
    ];
    assert.equal(detectRegion('打响“台州技工”品牌 玉环市探索新机制', '正文。', regions).region, 'yuhuan');
  });
});

test('metrics: a 多 or 余 written after the unit (1万元多, 50万元余以上) is in the quote and makes the figure approximate', () => {
  const of = (p: string) => metricsOfParagraph(p).map((m) => [m.quote, m.value, m.unit, m.approx ?? false]);
  // A quote cut at the figure's end (a long clause, a change's baseline) kept the unit and dropped its 多.
  assert.deepEqual(of('带动农户户均增收1万元多并且实现了全村低收入农户全部稳定脱贫增收致富目标。'), [['带动农户户均增收1万元多', 10000, '元', true]]);
  assert.deepEqual(of('带动农户户均增收1万元余以上并且实现了全村低收入农户全部稳定脱贫增收致富目标。'), [['带动农户户均增收1万元余以上', 10000, '元', true]]);
  assert.deepEqual(of('村集体经济收入从2020年的30万元多提高到2021年的50万元余，')[0], ['村集体经济收入从2020年的30万元多', 300000, '元', true]);
  // A word starting with 余 or 多 after the unit is no part of the figure.
  assert.deepEqual(of('发放补贴100万元多次用于支持低收入农户开展生产经营活动增收致富。'), [['发放补贴100万元', 1000000, '元', false]]);
});

test('drafts: the header says what publishing takes (unverified lines too), and an unprinted issue number is noted where number goes', () => {
  const out = freshDir('notes');
  runIngest(join(SEEDS, '001_87f722b323f69c9e.txt'), { out, content: CONTENT });
  const files = listFiles(out);
  const briefing = readFileSync(join(out, files.find((f) => f.startsWith('briefings/'))!), 'utf8').split('\n');
  // The note was on date (date: 2022-01-25  # 待核对：原文未印期号…), which is right: it is about the number.
  const date = briefing.findIndex((l) => l.startsWith('date: '));
  assert.equal(briefing[date], 'date: 2022-01-25');
  assert.match(briefing[date - 1]!, /^# 待核对：原文未印期号（第N期），所以不写 number（不要推测）.*number: N/);
  const practice = readFileSync(join(out, files.find((f) => f.startsWith('practices/'))!), 'utf8').split('\n');
  assert.match(practice[1]!, /^# 草稿：.*删去各条数据的 unverified 行.*再删除 draft: true/);
  const plan = freshDir('notes-plan');
  runIngest(join(SEEDS, '003_84359d70cc1cc035.txt'), { out: plan, content: CONTENT });
  assert.match(readFileSync(join(plan, 'plans/qingtian-action-plan.md'), 'utf8').split('\n')[1]!, /^# 草稿：.*删去各条的 unverified 行.*再删除 draft: true/);
});
