// The ingest's leftovers (src/check/rules/leftovers.ts, found by src/lib/ingest-leftovers.ts): the 待核对 comments and
// the label placeholder · a draft carries, reported once its page is published. Each test changes a copy of content/
// (or ingests a seed) the way an editor would, and expects the check's message.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, report } from '../../../src/check/check.ts';
import { hasLabelPlaceholder, ingestComments } from '../../../src/lib/ingest-leftovers.ts';
import { runIngest } from '../../../src/ingest/run.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

const work = mkdtempSync(join(tmpdir(), 'check-leftovers-'));
after(() => rmSync(work, { recursive: true, force: true }));

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

test('ingest leftovers: the comments and the label placeholder the ingest writes are found, a printed · is not', () => {
  const text = '---\n# 草稿：由 npm run ingest 从 a.txt 生成。请核对标有“待核对”的字段\ntitle: 甲  # 待核对：标题在原文中分两行\nregion: x\n---\n\n# 待核对：正文里的字\n';
  assert.deepEqual(ingestComments(text, true), [
    { line: 2, text: '# 草稿：由 npm run ingest 从 a.txt 生成。请核对标有“待核对”的字段', header: true },
    { line: 3, text: '# 待核对：标题在原文中分两行', header: false },
  ]);
  assert.deepEqual(ingestComments('# 由 npm run ingest 从 a.txt 生成\nseries: 甲\npractices:  # 待核对：顺序\n', false).map((c) => c.line), [1, 3]);
  assert.deepEqual(ingestComments('---\ntitle: 甲#待核对\n---\n', true), [], 'a # inside a value is no comment');
  const body = '浙江工业大学·椒江创业创新中心正式揭牌运行，促成 5家本地企业与浙工大建立长期校企合作关系。';
  assert.equal(hasLabelPlaceholder('促成·本地企业与浙工大建立长期校企合作关系', body), true);
  assert.equal(hasLabelPlaceholder('浙江工业大学·椒江创业创新中心入驻项目', body), false);
  assert.equal(hasLabelPlaceholder('与浙工大建立长期校企合作关系的本地企业', body), false);
  // A problem on a comment line is located by its line, as a field is.
  assert.equal(report([{ file: 'a.md', field: 'frontmatter', line: 3, message: 'x' }], () => undefined).split('\n')[0], 'a.md:3: frontmatter: x');
});

test('ingest leftovers: a published practice, plan or briefing with a 待核对 comment or a · placeholder is reported; a draft is not', () => {
  const change = (draft: boolean) => (dir: string) => {
    const f = 'practices/jiaojiang-talent.md';
    edit(dir, f, /^---\n/, '---\n# 草稿：由 npm run ingest 从 001_87f722b323f69c9e.txt 生成。请核对标有“待核对”的字段，删除这些注释，再删除 draft: true 即可发布。\n');
    edit(dir, f, /^(groups: .*)$/m, '$1  # 待核对：按关键词自动推荐（graduates: 高校毕业生×2），请核对');
    edit(dir, f, 'label: 与浙工大建立长期校企合作关系的本地企业', 'label: 促成·本地企业与浙工大建立长期校企合作关系');
    if (draft) edit(dir, f, /^date: (.*)$/m, 'date: $1\ndraft: true');
    edit(dir, 'plans/qingtian-action-plan.md', /^(status: .*)$/m, '$1  # 待核对：有“征求意见稿”字样');
    if (draft) edit(dir, 'plans/qingtian-action-plan.md', /^(status: .*)$/m, '$1\ndraft: true');
    edit(dir, 'briefings/taizhou-2021-12-01.yaml', /^(practices:)$/m, '$1  # 待核对：案例顺序');
  };
  const published = problemsAfter(change(false));
  expectLines(published, [
    'practices/jiaojiang-talent.md: frontmatter: 第 2 行是导入草稿的说明注释（“# 草稿：由 npm run ingest 从 001_87f722b323f6…”），但本案例已不是草稿，会被发布：先核对所有标有“待核对”的字段，再删除这一行',
    'practices/jiaojiang-talent.md: frontmatter: 第 5 行还有导入留下的“待核对”注释（“# 待核对：按关键词自动推荐（graduates: 高校毕业生×2），请核对”），但本案例已不是草稿，会被发布：请核对这一行的内容，改好后删除这条注释',
    'practices/jiaojiang-talent.md: metrics[12].label: label“促成·本地企业与浙工大建立长期校企合作关系”中的“·”是导入留下的占位符（标出被取走的数字原来的位置），不是原文的字；本页已不是草稿，会被发布：请把 label 改写成读者看得懂的名称，并去掉“·”',
    'plans/qingtian-action-plan.md: frontmatter: 第 6 行还有导入留下的“待核对”注释（“# 待核对：有“征求意见稿”字样”），但本方案已不是草稿，会被发布：请核对这一行的内容，改好后删除这条注释',
  ]);
  expectLines(published, [
    'briefings/taizhou-2021-12-01.yaml: 第 6 行还有导入留下的“待核对”注释（“# 待核对：案例顺序”），但本期简报的案例已不是草稿，会被发布：请核对这一行的内容，改好后删除这条注释',
  ]);
  // The printed interpunct of jiaojiang-talent's 浙江工业大学·椒江创业创新中心 label is the source's own.
  assert.equal(published.filter((p) => p.includes('占位符')).length, 1, published.join('\n'));
  const drafts = problemsAfter(change(true));
  // (The briefing's other three practices are still published, so its comment is still reported.)
  assert.deepEqual(drafts.filter((p) => /待核对|占位符|说明注释/.test(p) && !p.startsWith('briefings/')), []);
});

test('ingest leftovers: every 待核对 comment of an ingested issue is reported once its practices are no longer drafts', () => {
  const content = join(work, 'content');
  cpSync('content/taxonomy', join(content, 'taxonomy'), { recursive: true });
  runIngest(join('seeds', readdirSync('seeds').find((f) => f.startsWith('001'))!), { content });
  let notes = 0;
  let placeholders = 0;
  for (const f of readdirSync(join(content, 'practices'))) {
    const path = join(content, 'practices', f);
    const text = readFileSync(path, 'utf8');
    notes += ingestComments(text, true).length;
    placeholders += text.split('\n').filter((l) => /^ {2}- label: .*·/.test(l)).length;
    // (The metrics' unverified lines removed too: each is reported on its own,
    // tests/unit/check/check-line-breaks-baselines-guesses.test.ts.)
    writeFileSync(path, text.replace(/^draft: true\n/m, '').replace(/^    unverified: .*\n/gm, ''));
  }
  assert.ok(notes > 4 && placeholders > 0, `the ingest wrote ${notes} comments and ${placeholders} placeholders`);
  const problems = checkContent(content, 'seeds');
  assert.equal(problems.filter((p) => /待核对|说明注释/.test(p.message) && p.file.includes('/practices/')).length, notes);
  assert.equal(problems.filter((p) => p.message.includes('占位符')).length, placeholders);
  // The briefing is published with them, and its comments are reported too.
  assert.ok(problems.some((p) => p.file.includes('/briefings/') && p.message.includes('说明注释')));
});
