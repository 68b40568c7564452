// The search indexer: word boundaries and their removal, the page preparation, the shard plan, and a real Pagefind
// run over a small site (shards, cache, and the stored text read back as the page prints it).
import { test } from 'node:test';
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KEPT_SPACE, segmentText, unsegment } from '../../../src/lib/search/segment.ts';
import { preparePage } from '../../../src/indexer/prepare.ts';
import { squash, squashText } from '../../../src/lib/search/normalize.ts';
import { buildExcerpt } from '../../../src/lib/search/excerpt.ts';
import { panelEnd, proseStart } from '../../../src/lib/search/rank.ts';
import { planShards } from '../../../src/indexer/shards.ts';
import { ask, PagePool, runJob } from '../../../src/indexer/pool.ts';
import { buildSearchIndex } from '../../../src/indexer/build.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';

/** What Pagefind does to whitespace in the text it stores: any run becomes one space. */
const folded = (s: string) => s.replace(/\s+/gu, ' ');

const bodies = ['practices', 'plans'].flatMap((dir) =>
  readdirSync(join('content', dir))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => ({ file: `${dir}/${f}`, body: splitFrontmatter(readFileSync(join('content', dir, f), 'utf8'), f).body })),
);

test('every line of every page body comes back exactly from its segmented form', () => {
  let lines = 0;
  for (const { file, body } of bodies) {
    for (const line of body.split('\n')) {
      if (!line.trim()) continue;
      lines++;
      assert.equal(unsegment(folded(segmentText(line))), folded(line), `${file}: ${line}`);
    }
  }
  assert.ok(lines > 300, `only ${lines} lines read`);
});

test('words next to Chinese are separated, numbers stand alone, a space of the text is marked', () => {
  const s = segmentText('新增高技能人才4503人，全市共有 22.9余万人次');
  const words = s.split(/\s+/u).map((w) => w.replace(KEPT_SPACE, ''));
  for (const w of ['新增', '技能', '人才', '4503', '22.9']) assert.ok(words.includes(w), `${w} in ${JSON.stringify(words)}`);
  assert.ok(s.includes(`共有${KEPT_SPACE} 22.9`), s);
  assert.equal(segmentText('plain ASCII text, no change'), 'plain ASCII text, no change');
  assert.equal(unsegment('plain ASCII text'), 'plain ASCII text');
  // Pagefind ends a block with ". ": that space stays.
  assert.equal(unsegment('新 机制. 地区 玉环'), '新机制. 地区玉环');
});

const page = (body: string, extra = '') =>
  `<!doctype html><html lang="zh-CN"><head><title>t</title><script>var a = "<main data-pagefind-body>";</script></head>` +
  `<body><header>站点 导航</header><main id="main" data-pagefind-body${extra}>${body}</main><footer>页脚</footer></body></html>`;

test('the prepared page holds the indexed body only, with its words separated', () => {
  const p = preparePage(
    page(
      '<h1 data-pagefind-weight="10">玉环市股权激励</h1>' +
        '<div hidden><span data-pagefind-filter="region:玉环市"></span><span data-pagefind-sort="date:2022-01-25"></span></div>' +
        '<p title="a > b">有限公司<span class="q">拿出15%的股权</span>，技术&amp;管理</p>' +
        '<nav data-pagefind-ignore><a href="/x/">相关案例标题</a><span data-pagefind-filter="group">技术工人</span></nav>' +
        '<div data-pagefind-ignore="all"><span data-pagefind-filter="measure:不算"></span>全忽略</div>' +
        '<script>ignored("<p>")</script><p>末段<br>换行</p>',
    ),
  );
  assert.ok(p);
  assert.equal(p.date, '2022-01-25');
  assert.match(p.html, /^<!doctype html><html lang="und"><body><main data-pagefind-body>/, 'no ids: Pagefind would store each as an anchor');
  assert.ok(!p.html.includes('站点') && !p.html.includes('页脚') && !p.html.includes('<title>'), 'outside the body');
  assert.ok(p.html.includes('<h1 data-pagefind-weight="10">玉环 市 股权 激励</h1>'), p.html);
  assert.ok(p.html.includes('data-pagefind-filter="region:玉环市"'), 'filter attributes kept as they are');
  assert.ok(p.html.includes('<p>有限公司<span> 拿出'), 'a word boundary at an element boundary; attributes Pagefind does not read dropped');
  assert.ok(p.html.includes('技术&amp;管理') || p.html.includes('技术 &amp;管理'), 'character references stay whole');
  assert.ok(!p.html.includes('相关') && p.html.includes('<nav data-pagefind-ignore><span data-pagefind-filter="group">技术工人</span></nav>'), 'ignored text and links go, a filter that takes its text keeps it');
  assert.ok(!p.html.includes('全忽略') && !p.html.includes('不算'), 'ignore="all" drops everything inside');
  assert.ok(!p.html.includes('ignored('), 'no script');
  assert.ok(/<p>末段<br>\S/.test(p.html), 'a void element, and a line break is a boundary of its own');
  assert.equal(preparePage('<html><body><main>no body marker</main></body></html>'), undefined);
});

test('a figure kept on one line (span.fig) is segmented with the text around it: 2021年度 keeps the word 年度', () => {
  const body = (figure: string) => page(`<h1>标题</h1><p>评${figure}度优秀，新增<span class="fig" data-astro-cid-x1>4.7万人</span>次</p>`);
  assert.equal(preparePage(body('<span class="fig">2021年</span>'))!.html, preparePage(body('2021年').replace(/<span class="fig"[^>]*>|<\/span>/g, ''))!.html);
});

test('a new related practice in an ignored list leaves the prepared page (and its cached shard) unchanged', () => {
  const related = (href: string, title: string) =>
    page(`<h1>标题</h1><p>正文。</p><section data-pagefind-ignore aria-labelledby="r-1"><h2 id="r-1">相关案例</h2><a href="${href}">${title}</a></section>`);
  assert.equal(preparePage(related('/practices/a/', '甲案例'))!.html, preparePage(related('/practices/new/', '新案例'))!.html);
});

test('shards: one when the site fits, else newest first, and a new newest page changes only the primary shard', () => {
  const pages = Array.from({ length: 10 }, (_, i) => ({ path: `p${i}/index.html`, date: `2021-0${1 + (i % 9)}-01` }));
  pages.push({ path: 'plan/index.html', date: undefined as unknown as string });
  assert.equal(planShards(pages, 100).length, 1);
  const shards = planShards(pages, 4);
  assert.deepEqual(shards.map((s) => s.name), ['s2', 's1', 's0']);
  assert.equal(shards.at(-1)!.pages[0]!.path, 'plan/index.html', 'undated pages are the oldest');
  assert.ok(shards[0]!.pages.every((p) => p.date! >= shards[1]!.pages.at(-1)!.date!), 'a shard holds a later span of dates');
  const after = planShards([...pages, { path: 'new/index.html', date: '2027-01-01' }], 4);
  assert.deepEqual(after.slice(1), shards.slice(1));
  assert.throws(() => planShards(pages, 0), /positive integer/);
});

test('the worker processes read and prepare pages as the calling process does, in order', async () => {
  const root = mkdtempSync(join(tmpdir(), 'pool-'));
  const pool = new PagePool({ workers: 2, minParallel: 1, batch: 2 });
  try {
    const files = bodies.slice(0, 7).map(({ body }, i) => {
      const file = join(root, `p${i}.html`);
      writeFileSync(file, i === 3 ? `<html><body><p>${i}</p></body></html>` : page(`<h1>${i}</h1>${body}<span data-pagefind-sort="date:2021-01-0${i + 1}"></span>`));
      return file;
    });
    for (const op of ['read', 'prepare'] as const) {
      const inWorkers = await pool.run({ op, files });
      assert.equal(inWorkers.length, files.length);
      assert.deepEqual(inWorkers, runJob({ op, files }), op);
    }
    const read = await pool.run({ op: 'read', files });
    assert.deepEqual(read.map((r) => [r.indexed, r.date]), files.map((_, i) => (i === 3 ? [false, undefined] : [true, `2021-01-0${i + 1}`])));
    await assert.rejects(pool.run({ op: 'read', files: [...files, join(root, 'missing.html')] }), /ENOENT/);

    // A worker that cannot start or dies: the job is done in this process, with a warning, and so are later jobs.
    const failing = join(root, 'dies.mjs');
    writeFileSync(failing, 'process.exit(3);\n');
    const warnings: string[] = [];
    const broken = new PagePool({ workers: 2, minParallel: 1, batch: 2, script: pathToFileURL(failing), warn: (m) => warnings.push(m) });
    try {
      assert.deepEqual(await broken.run({ op: 'prepare', files }), runJob({ op: 'prepare', files }));
      assert.deepEqual(await broken.run({ op: 'read', files }), runJob({ op: 'read', files }));
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0]!, /exit code 3.*in the build's own process/);
    } finally {
      await broken.close();
    }
  } finally {
    await pool.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a real Pagefind run: shards, their list, the cache, and the stored text read back as printed', async () => {
  const root = mkdtempSync(join(tmpdir(), 'indexer-'));
  try {
    const site = join(root, 'dist');
    const texts = ['全市共有 22.9余万人次考取职业资格证。', '新增高技能人才4503人，居台州市第一。', '实施股权激励计划。'];
    texts.forEach((t, i) => {
      mkdirSync(join(site, `p${i}`), { recursive: true });
      writeFileSync(
        join(site, `p${i}`, 'index.html'),
        page(`<h1>第${i}页</h1><p>${t}</p><span data-pagefind-sort="date:2021-0${i + 1}-01"></span>`),
      );
    });
    writeFileSync(join(site, 'index.html'), '<html lang="zh-CN"><body><p>首页，不编入索引</p></body></html>');
    const cacheDir = join(root, 'cache');
    const first = await buildSearchIndex(site, { cacheDir, shardPages: 2 });
    assert.deepEqual([first.pages, first.shards, first.reused], [3, 2, 0]);
    assert.deepEqual(JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8')), ['shards/s0/']);
    const files = readdirSync(join(site, 'pagefind'));
    assert.ok(files.includes('pagefind.js') && files.includes('wasm.unknown.pagefind'), files.join(' '));
    assert.ok(!files.some((f) => f.startsWith('pagefind-ui') || f.startsWith('pagefind-component-ui')), 'no UI bundles');
    assert.ok(!readdirSync(join(site, 'pagefind', 'shards', 's0')).includes('pagefind.js'), 'a merged shard has no script');

    // The stored text of every page, unsegmented, is the page's text.
    const stored = [join(site, 'pagefind'), join(site, 'pagefind', 'shards', 's0')].flatMap((dir) =>
      readdirSync(join(dir, 'fragment')).map((f) => {
        const raw = gunzipSync(readFileSync(join(dir, 'fragment', f))).subarray('pagefind_dcd'.length);
        return JSON.parse(raw.toString('utf8')) as { url: string; content: string };
      }),
    );
    assert.equal(stored.length, 3);
    for (const [i, t] of texts.entries()) {
      const f = stored.find((s) => s.url === `/p${i}/`);
      assert.ok(f, `/p${i}/ indexed`);
      assert.equal(unsegment(f.content), `第${i}页. ${t}`);
    }

    const again = await buildSearchIndex(site, { cacheDir, shardPages: 2 });
    assert.equal(again.reused, 2, 'unchanged shards come from the cache');
    writeFileSync(join(site, 'p2', 'index.html'), page('<h1>第2页</h1><p>改过的文字。</p><span data-pagefind-sort="date:2021-03-01"></span>'));
    const changed = await buildSearchIndex(site, { cacheDir, shardPages: 2 });
    assert.equal(changed.reused, 1, 'only the shard of the changed page is indexed again');
    const cacheEntries = readdirSync(join(cacheDir, 'search-index'));
    assert.equal(cacheEntries.filter((f) => !f.endsWith('.bin')).length, 2, 'the cache keeps the shards in use only');
    assert.deepEqual(cacheEntries.filter((f) => f.endsWith('.bin')).sort(), ['pages.bin', 'prepared-s0.bin', 'prepared-s1.bin']);

    // A page rewritten to the same length (the indexer knows unchanged files by size, time and inode) is read again.
    writeFileSync(join(site, 'p2', 'index.html'), page('<h1>第2页</h1><p>改写的文字。</p><span data-pagefind-sort="date:2021-03-01"></span>'));
    const same = await buildSearchIndex(site, { cacheDir, shardPages: 2 });
    assert.equal(same.reused, 1, 'a page rewritten to the same size is indexed again');
    const newest = readdirSync(join(site, 'pagefind', 'fragment')).map((f) =>
      unsegment((JSON.parse(gunzipSync(readFileSync(join(site, 'pagefind', 'fragment', f))).subarray('pagefind_dcd'.length).toString('utf8')) as { content: string }).content),
    );
    assert.deepEqual(newest, ['第2页. 改写的文字。']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a job sent to a worker that has just died is reported with its exit code, not the failed write', async () => {
  /** A worker whose channel is closed: sending fails, and its 'exit' event comes `exitAfter` ms later (or came before). */
  class Dead extends EventEmitter {
    exitCode: number | null = null;
    signalCode = null;
    readonly code: string;
    constructor(code: string, exitAfter: number | 'before') {
      super();
      this.code = code;
      if (exitAfter === 'before') this.exitCode = 3;
      else setTimeout(() => ((this.exitCode = 3), this.emit('exit', 3, null)), exitAfter);
    }
    send() {
      setImmediate(() => this.emit('error', Object.assign(new Error(this.code), { code: this.code })));
      return false;
    }
  }
  // Sending fails (EPIPE) before the worker's 'exit' event arrives: the failure waits for the event, which says why.
  await assert.rejects(ask(new Dead('EPIPE', 20) as unknown as ChildProcess, { op: 'read', files: [] }), /ended \(exit code 3\)/);
  // One that is already gone says so at once.
  await assert.rejects(ask(new Dead('ERR_IPC_CHANNEL_CLOSED', 'before') as unknown as ChildProcess, { op: 'read', files: [] }), /ended \(exit code 3\)/);
});

test('a shard is re-cut in a worker process, and its error reaches the build', async () => {
  const root = mkdtempSync(join(tmpdir(), 'repack-worker-'));
  const pool = new PagePool({ workers: 2 });
  try {
    writeFileSync(join(root, 'pagefind-entry.json'), JSON.stringify({ version: '0.0.1', languages: {} }));
    await assert.rejects(pool.repack(root, 0), /Pagefind 0\.0\.1 wrote this index; src\/indexer\/repack\.ts reads only/);
  } finally {
    await pool.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a field panel whose last value ends in a bracket ends there in the index, so the excerpt opens at the text', async () => {
  const root = mkdtempSync(join(tmpdir(), 'indexer-'));
  try {
    const site = join(root, 'dist');
    mkdirSync(join(site, 'b'), { recursive: true });
    // A briefing's masthead with its last field (发：…) ending in a bracket, then the editor's note.
    writeFileSync(
      join(site, 'b', 'index.html'),
      page(
        '<h1>某期简报</h1><dl><div><dt>编发单位<span>：</span></dt><dd>台州市领导小组办公室</dd></div>' +
          '<div><dt>发<span>：</span></dt><dd>各县（市、区）</dd></div></dl>' +
          '<section><h2>编者按</h2><p>现选取市本级典型做法予以刊发，供各地学习借鉴。</p></section>',
      ),
    );
    await buildSearchIndex(site, { cacheDir: join(root, 'cache') });
    const [f] = readdirSync(join(site, 'pagefind', 'fragment'));
    const stored = JSON.parse(gunzipSync(readFileSync(join(site, 'pagefind', 'fragment', f!))).subarray('pagefind_dcd'.length).toString('utf8')) as { content: string };
    const content = unsegment(stored.content);
    assert.match(content, /各县（市、区）\. 编者按\. 现选取/u);
    const body = squash(content, true);
    const text = body.text.slice(panelEnd(content, body, proseStart(content, body, '某期简报', [])));
    assert.match(text, /^\|?编者按/u, 'the panel ends after its last value');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a practice panel whose tag ends in a bracket (高素质农民（渔民）) is joined to the next label in the index, and the excerpt sets them apart', async () => {
  const root = mkdtempSync(join(tmpdir(), 'indexer-'));
  try {
    const site = join(root, 'dist');
    mkdirSync(join(site, 'p'), { recursive: true });
    // The practice page's panel as src/components renders it: each value a list item, the label a <dt>.
    const tags = (label: string, values: string[]) =>
      `<div><dt>${label}<span class="visually-hidden">：</span></dt><dd><ul class="tags">${values.map((v) => `<li><a href="/x/">${v}</a></li>`).join('')}</ul></dd></div>`;
    writeFileSync(
      join(site, 'p', 'index.html'),
      page(`<h1>玉环市三驱动</h1><dl class="meta-panel">${tags('目标群体', ['技术工人', '高素质农民（渔民）'])}${tags('举措类型', ['产业带动'])}</dl><p>正文第一句。</p>`),
    );
    await buildSearchIndex(site, { cacheDir: join(root, 'cache') });
    const [f] = readdirSync(join(site, 'pagefind', 'fragment'));
    const stored = JSON.parse(gunzipSync(readFileSync(join(site, 'pagefind', 'fragment', f!))).subarray('pagefind_dcd'.length).toString('utf8')) as { content: string };
    const content = unsegment(stored.content);
    assert.match(content, /高素质农民（渔民）\. 举措类型：/u);
    const excerpt = buildExcerpt(content, 0, [squashText('技术工人')])!.map((s) => s.text).join('');
    assert.match(excerpt, /高素质农民（渔民） · 举措类型：产业带动/u);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
