// Content-check messages for a <br> inside a sentence, a baseline its sentence states as reached, a plan target given
// an earlier sentence's year, the ingest's guessed metrics published unchecked, and the region a title names no place
// for; each seen as the check's report.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../src/check/check.ts';
import { formatProblem } from '../../../src/check/types.ts';
import { runIngest } from '../../../src/ingest/run.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

const W = 'practices/wenling-mountain-sea.md';

describe('a <br> inside a sentence of a body', () => {
  const P = '该市与三门、景宁签署“飞地消薄”项目共建协议';
  for (const br of ['<br>', '<br/>', '<br />']) {
    test(`${br} between two words of a sentence is reported: the page breaks the line where the source does not`, () => {
      const problems = problemsAfter((dir) => edit(dir, W, P, P.replace('三门、', `三门、${br}`)));
      const at = problems.filter((p) => p.startsWith(`${W}: body: `) && p.includes(br));
      assert.equal(at.length, 1, problems.join('\n'));
      assert.match(at[0]!, /第 \d+ 行的“…该市与三门、<br ?\/?>景宁签署…”在句中换行：页面会在这里另起一行，原文没有。<br> 只用在表格的行与行之间/);
    });
  }
  test('a table written as the ingest writes it (rows apart by <br>, cells by 　) is not reported', () => {
    const table = '表1 两地消薄情况<br>地区　项目　收益<br>三门　12　276<br>景宁　8　205';
    const problems = problemsAfter((dir) => edit(dir, W, `\n\n一是“飞地项目”消薄攻坚。`, `\n\n${table}\n\n一是“飞地项目”消薄攻坚。`));
    assert.ok(!problems.some((p) => p.includes('在句中换行')), problems.join('\n'));
  });
  test('a <br> between a sentence and a table’s first row is reported: a caption is a title (表1 …, …情况), not a sentence', () => {
    const rows = '地区　项目　收益<br>三门　12　276<br>景宁　8　205';
    for (const [lead, shown] of [
      ['2021年两地消薄情况如下：', '…薄情况如下：<br>地区　项…'],
      ['全市共建飞地项目20个。', '…项目20个。<br>地区　项…'],
    ] as const) {
      const problems = problemsAfter((dir) => edit(dir, W, `\n\n一是“飞地项目”消薄攻坚。`, `\n\n${lead}<br>${rows}\n\n一是“飞地项目”消薄攻坚。`));
      assert.ok(problems.some((p) => p.startsWith(`${W}: body: `) && p.includes(`的“${shown}”在句中换行`)), problems.join('\n'));
    }
  });
});

describe('kind: baseline on a figure its sentence states as reached', () => {
  test('a result marked baseline is reported, with the 从…到 a baseline needs', () => {
    const marked = problemsAfter((dir) => edit(dir, 'practices/taizhou-integrated-reform.md', "kind: result\n    quote: '其中高技能人才 3.92 万人'", "kind: baseline\n    quote: '其中高技能人才 3.92 万人'"));
    assert.equal(marked.length, 1, marked.join('\n'));
    assert.match(marked[0]!, /^practices\/taizhou-integrated-reform\.md: metrics\[\d+\]\.kind: 起点（kind: baseline）是变化由之算起的数/);
    assert.match(marked[0]!, /引文“其中高技能人才 3\.92 万人”所在的句子没有“从…到…”“由…提高到…”这样的起点：它说的是已取得的数，kind 应为 result/);
  });
  test('the baselines of the seed texts (从 2013年的 42654户…减少到, 从收入不足5万元到…) are not reported', () => {
    assert.deepEqual(problemsAfter(() => {}), []);
  });
});
const T = 'plans/taizhou-action-plan.md';

describe('a plan target given the year of an earlier sentence', () => {
  const Q = "quote: '创建省级现代农业园区 6 个'";
  test('a target whose sentence names no year, given the year of the sentence before it, is reported', () => {
    const problems = problemsAfter((dir) => edit(dir, T, `kind: target\n    ${Q}`, `year: 2025\n    kind: target\n    ${Q}`));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^plans\/taizhou-action-plan\.md: targets\[\d+\]\.year: 目标“创建省级现代农业园区 6 个”所在的句子没有写年份：2025 年是前面一句（“到 2025 年新增省级以上孵化器/);
    assert.match(problems[0]!, /删去 year: 2025$/);
  });
  test('the year that opens a 主要目标 section is every target’s of the section (not reported)', () => {
    assert.deepEqual(problemsAfter(() => {}), []);
  });
});

describe('the ingest’s guessed metrics are checked before they are published', () => {
  test('a draft whose 待核对 comments and draft line are deleted, unchecked, is reported metric by metric', () => {
    const content = mkdtempSync(join(tmpdir(), 'ingest-9-'));
    try {
      cpSync('content/taxonomy', join(content, 'taxonomy'), { recursive: true });
      runIngest('seeds/001_87f722b323f69c9e.txt', { content });
      // What an editor in a hurry does: delete every comment and the draft line, and check nothing else.
      for (const dir of ['practices', 'briefings']) {
        for (const f of readdirSync(join(content, dir))) {
          const path = join(content, dir, f);
          const text = readFileSync(path, 'utf8')
            .split('\n')
            .filter((l) => !/^\s*#\s*(?:草稿|由 npm run ingest)/.test(l) && l !== 'draft: true')
            .map((l) => l.replace(/\s+# 待核对[\s\S]*$/, ''))
            .join('\n');
          writeFileSync(path, text);
        }
      }
      const problems = checkContent(content, 'seeds').map(formatProblem);
      const file = readdirSync(join(content, 'practices'))[0]!;
      const metrics = (readFileSync(join(content, 'practices', file), 'utf8').match(/^  - label: /gm) ?? []).length;
      assert.ok(metrics > 5);
      const unchecked = problems.filter((p) => p.includes(`practices/${file}: metrics[`) && p.includes('.unverified: '));
      assert.equal(unchecked.length, metrics, problems.join('\n'));
      assert.match(unchecked[0]!, /metrics\[0\]\.unverified: 这一项是导入自动提取的，label、year、kind 还没有核对，本案例已不是草稿，会被发布：对照引文“[^”]+”所在的句子核对 label（/);
      assert.match(unchecked[0]!, /核对完删去 unverified 这一行$/);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
  test('a draft keeps them without a report', () => {
    const content = mkdtempSync(join(tmpdir(), 'ingest-9-'));
    try {
      cpSync('content/taxonomy', join(content, 'taxonomy'), { recursive: true });
      runIngest('seeds/001_87f722b323f69c9e.txt', { content });
      assert.match(readFileSync(join(content, 'practices', readdirSync(join(content, 'practices'))[0]!), 'utf8'), /^    unverified: \[label, year, kind\]$/m);
      assert.deepEqual(checkContent(content, 'seeds').map(formatProblem), []);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});

describe('fresh tries', () => {
  const X = 'practices/xianju-government-school-enterprise.md';
  test('an indicator on a figure whose label and quote name another thing is reported', () => {
    const problems = problemsAfter((dir) => edit(dir, X, "    quote: '每年为企业输送技术工人约 2600名'", "    quote: '每年为企业输送技术工人约 2600名'\n    indicator: new-high-skilled-talents"));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^practices\/xianju-government-school-enterprise\.md: metrics\[4\]\.indicator: label“县职业中专每年为企业输送技术工人”和引文“每年为企业输送技术工人约 2600名”都没有说“新增高技能人才”/);
  });
  test('the region of a practice whose title names no place is the one its first paragraph speaks of', () => {
    const R = 'practices/taizhou-integrated-reform.md';
    const county = problemsAfter((dir) => edit(dir, R, 'region: taizhou', 'region: jiaojiang'));
    assert.deepEqual(county, [
      'practices/taizhou-integrated-reform.md: region: 标题没有写地区，正文第一段（“近年来，我市深化职技融通、薪酬分配制度、政策激励机制…”）也没有写到 jiaojiang（椒江区）：正文说“我市”，是编发简报的市自己的案例（市本级），region 应为 taizhou（台州市）',
    ]);
    // A neighbouring county the text names further on is no better.
    const named = problemsAfter((dir) => edit(dir, R, 'region: taizhou', 'region: sanmen'));
    assert.equal(named.length, 1, named.join('\n'));
    assert.match(named[0]!, /也没有写到 sanmen（三门县）：正文说“我市”/);
  });
  test('a target’s year is read from 到2025年 written without spaces, as from 到 2025 年', () => {
    const Q = "kind: target\n    quote: '力争到2025年全市市场主体总量达到90万户'";
    const dropped = problemsAfter((dir) => edit(dir, T, `year: 2025\n    ${Q}`, Q));
    assert.deepEqual(dropped, [
      'plans/taizhou-action-plan.md: targets[15].year: 目标（kind: target）没有填年份，它所在的句子写的是 2025 年（“实施市场主体升级工程，力争到2025年全市市场主体总量达到90万户”）：应写 year: 2025',
    ]);
    const wrong = problemsAfter((dir) => edit(dir, T, `year: 2025\n    ${Q}`, `year: 2024\n    ${Q}`));
    assert.equal(wrong.length, 1, wrong.join('\n'));
    assert.match(wrong[0]!, /targets\[15\]\.year: 目标（kind: target）的年份 2024 与它所在的句子不符：句子写的是 2025 年/);
  });
  test('a paragraph pasted twice is reported once, as pasted twice, not also as quotes found twice or text out of order', () => {
    const problems = problemsAfter((dir) => {
      const path = join(dir, X);
      const paras = readFileSync(path, 'utf8').split('\n\n');
      const k = paras.length - 2;
      paras.splice(k, 0, paras[k]!);
      writeFileSync(path, paras.join('\n\n'));
    });
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^practices\/xianju-government-school-enterprise\.md: body: 第 \d+ 行这一段与第 \d+ 行的一段相同（“三是聚焦“活化创新”/);
  });
});

test('a first paragraph that names no place, or a county-level city speaking as 我市, does not question the region', () => {
  const R = 'practices/taizhou-integrated-reform.md';
  // The editor's region stands when the text names no place (a county's own briefing text may say 近年来，…).
  const none = problemsAfter((dir) => {
    edit(dir, R, 'region: taizhou', 'region: yuhuan');
    edit(dir, R, '近年来，我市深化', '近年来，深化');
  });
  assert.deepEqual(none.filter((m) => /: region:/.test(m)), []);
  // 玉环市 is a county-level city: its own text says 我市.
  const cityLevel = problemsAfter((dir) => edit(dir, R, 'region: taizhou', 'region: yuhuan'));
  assert.deepEqual(cityLevel.filter((m) => /: region:/.test(m)), []);
});
