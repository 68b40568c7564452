import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../../src/check/check.ts';
import { bodyArtifacts } from '../../../src/check/body-structure.ts';
import { formatProblem } from '../../../src/check/types.ts';

const FIXTURES = 'tests/fixtures/bad-content';

function copyOfContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync('content', dir, { recursive: true });
  return dir;
}

test('the real content passes every check', () => {
  const problems = checkContent('content');
  assert.deepEqual(problems.map(formatProblem), []);
});

test('the seeds’ 12 practices, 3 briefings and 2 plans are all in content/ (later issues add to them)', () => {
  const ids = (dir: string) => readdirSync(`content/${dir}`).map((f) => f.replace(/\.(mdx?|yaml)$/, ''));
  for (const id of ['taizhou-2021-09-30', 'taizhou-2021-12-01', 'taizhou-2022-01-25']) {
    assert.ok(ids('briefings').includes(id), id);
    const listed = (parse(readFileSync(`content/briefings/${id}.yaml`, 'utf8')) as { practices: string[] }).practices;
    assert.equal(listed.length, 4, id);
    for (const p of listed) assert.ok(ids('practices').includes(p), p);
  }
  for (const id of ['qingtian-action-plan', 'taizhou-action-plan']) assert.ok(ids('plans').includes(id), id);
});

for (const fixture of readdirSync(FIXTURES).sort()) {
  test(`bad input is rejected with its file and field: ${fixture}`, () => {
    const text = readFileSync(join(FIXTURES, fixture), 'utf8');
    const [, field, said = ''] = /# expect: (\S+) \| ?(.*)/.exec(text) ?? [];
    const words = said.trim();
    // Both halves are required: with no words, any problem on the field (even one the fixture does not mean) passed.
    assert.ok(field, `${fixture} declares the field it expects a problem on (# expect: <field> | <words>)`);
    assert.ok(words, `${fixture} declares the words its problem must say (# expect: ${field} | <words>)`);
    const dir = copyOfContent();
    try {
      writeFileSync(join(dir, 'practices', fixture), text);
      const problems = checkContent(dir);
      const hit = problems.find(
        (p) => p.file.endsWith(`practices/${fixture}`) && p.field === field && p.message.includes(words),
      );
      assert.ok(hit, `expected a problem on ${field} saying "${words}", got:\n${problems.map(formatProblem).join('\n')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a duplicate id is reported (same name as .md and .mdx)', () => {
  const dir = copyOfContent();
  try {
    cpSync(join(dir, 'practices', 'yuhuan-three-drives.md'), join(dir, 'practices', 'yuhuan-three-drives.mdx'));
    const problems = checkContent(dir);
    assert.ok(problems.some((p) => p.field === 'id' && /重复/.test(p.message)), problems.map(formatProblem).join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a duplicate taxonomy id is reported with its position', () => {
  const dir = copyOfContent();
  try {
    const path = join(dir, 'taxonomy', 'regions.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n- id: yuhuan\n  name: 玉环县\n  order: 99\n  level: 县\n`);
    const problems = checkContent(dir);
    assert.ok(problems.some((p) => p.file.endsWith('regions.yaml') && /\.id$/.test(p.field) && /重复/.test(p.message)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a search synonym that is already a taxonomy name, or another synonym’s, is reported with its place', () => {
  const dir = copyOfContent();
  try {
    const path = join(dir, 'taxonomy', 'synonyms.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n- id: workers\n  name: 产业工人\n  aliases: [电商]\n`);
    const problems = checkContent(dir).map(formatProblem);
    assert.ok(problems.some((p) => /synonyms\.yaml: \[\d+\]\.name: .*“产业工人”已是群体 technical-workers/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /synonyms\.yaml: \[\d+\]\.aliases\[0\]: .*“电商”已是同义词 e-commerce/.test(p)), problems.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a briefing listing a practice by a misspelt id: one message, in the briefing, suggesting the practice', () => {
  const dir = copyOfContent();
  try {
    const path = join(dir, 'briefings', 'taizhou-2021-09-30.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('sanmen-five-helps', 'sanmen-five-help'));
    const problems = checkContent(dir).map(formatProblem);
    // The practice is not also told it is missing from the list: that is the same slip (check-rules-practices.test.ts
    // has a practice left out of the list altogether).
    assert.ok(!problems.some((p) => p.includes('sanmen-five-helps.md: briefing:')), problems.join('\n'));
    assert.ok(problems.some((p) => /taizhou-2021-09-30.yaml: practices\[3\]: .*sanmen-five-help".*是否想填 sanmen-five-helps/.test(p)), problems.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bodyArtifacts leaves clean paragraphs, headings and footnotes alone', () => {
  assert.deepEqual(bodyArtifacts('## 一、标题\n\n第一段。\n\n第二段[^1]。\n\n[^1]: 注释一\n[^2]: 注释二'), []);
});

test('the parse cache gives the same problems as a fresh parse, and a damaged cache is ignored', () => {
  const dir = copyOfContent();
  const cache = join(mkdtempSync(join(tmpdir(), 'check-cache-')), 'content-check.bin');
  try {
    const file = join(dir, 'practices', 'yuhuan-three-drives.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^region: .*$/m, 'region: 玉环'));
    const fresh = checkContent(dir).map(formatProblem);
    assert.ok(fresh.some((p) => p.includes('region')), fresh.join('\n'));
    assert.deepEqual(checkContent(dir, 'seeds', cache).map(formatProblem), fresh, 'first run, writing the cache');
    // Written: a cache whose version cannot be worked out (a file of the code it depends on moved) is never written.
    assert.ok(existsSync(cache), 'the cache file was written');
    assert.deepEqual(checkContent(dir, 'seeds', cache).map(formatProblem), fresh, 'second run, from the cache');
    // Fixing the file is seen at once: the cache is keyed by the file's text.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^region: 玉环$/m, 'region: yuhuan'));
    assert.deepEqual(checkContent(dir, 'seeds', cache).map(formatProblem), []);
    writeFileSync(cache, 'not a cache');
    assert.deepEqual(checkContent(dir, 'seeds', cache).map(formatProblem), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dirname(cache), { recursive: true, force: true });
  }
});

test('an unknown region or group in a plan, and an unknown indicator of a figure, are reported with the id meant', () => {
  const dir = copyOfContent();
  try {
    const plan = join(dir, 'plans', 'qingtian-action-plan.md');
    writeFileSync(
      plan,
      readFileSync(plan, 'utf8')
        .replace(/^region: qingtian$/m, 'region: qingtain')
        .replace(/^  - group: researchers$/m, '  - group: researcher')
        .replace(/^    indicator: per-capita-disposable-income$/m, '    indicator: per-capita-disposable-incomes'),
    );
    const problems = checkContent(dir).map(formatProblem);
    const said = (re: RegExp) => assert.ok(problems.some((p) => re.test(p)), `${re}\n${problems.join('\n')}`);
    said(/qingtian-action-plan\.md: region: 未知的地区 "qingtain"。是否想填 qingtian（青田县）？允许的值：/);
    // The group's section heading names the group meant: told once, with it.
    said(/qingtian-action-plan\.md: groups\[1\]\.group: 未知的目标群体 "researcher"：小节“科研人员激励计划”说的是群体 researchers（“科研人员”），group 应为 researchers$/);
    said(/qingtian-action-plan\.md: targets\[0\]\.indicator: 未知的指标 "per-capita-disposable-incomes"。是否想填 per-capita-disposable-income（[^）]+）？允许的值：/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
