// Content-check messages for slips an editor could otherwise make unseen: the ingest's leftover comments,
// repeated ids, spaces around titles, enum options, code blocks and headings, full/half-width variants, place names, an
// edited seed. Each test changes a copy of content/
// (or ingests a seed) the way an editor would, and expects the check's message.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, report } from '../../../src/check/check.ts';
import { hasLabelPlaceholder, ingestComments } from '../../../src/lib/ingest-leftovers.ts';
import { describeVariants, findLoose } from '../../../src/lib/char-variants.ts';
import { isKnownPlace, leadingPlaceName } from '../../../src/lib/place-names.ts';
import { IngestError } from '../../../src/ingest/types.ts';
import { runIngest } from '../../../src/ingest/run.ts';
import { bodyStructure, headingProblems } from '../../../src/check/body-structure.ts';
import { edgeSpaces } from '../../../src/check/text.ts';
import { edit, problemsAfter } from '../../support/content-copy.ts';

const work = mkdtempSync(join(tmpdir(), 'check-leftovers-'));
after(() => rmSync(work, { recursive: true, force: true }));

function expectLines(problems: string[], lines: string[]): void {
  for (const line of lines) assert.ok(problems.includes(line), `expected\n  ${line}\ngot\n  ${problems.join('\n  ')}`);
}

/** The line number (from 1) of the first line of content/practices/tiantai-heying.md that begins with `start`: the tests
 * below edit lines of that file, and its frontmatter may grow. */
function heyingLine(start: string): number {
  const i = readFileSync('content/practices/tiantai-heying.md', 'utf8').split('\n').findIndex((l) => l.startsWith(start));
  assert.ok(i >= 0, start);
  return i + 1;
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

test('a group, measure or partner listed twice in a practice names the field and the repeated value', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', /^groups: \[graduates, /m, 'groups: [graduates, graduates, ');
    edit(dir, 'practices/jiaojiang-talent.md', /^measures: \[talent-attraction, /m, 'measures: [talent-attraction, entrepreneurship, ');
    edit(dir, 'practices/wenling-mountain-sea.md', 'partners: [sanmen, jingning]', 'partners: [sanmen, jingning, sanmen]');
  });
  expectLines(problems, [
    'practices/jiaojiang-talent.md: groups[1]: 目标群体 graduates 重复（groups[0] 已经是 graduates）：每项只写一次，删去重复的这一项',
    'practices/jiaojiang-talent.md: measures[2]: 举措类型 entrepreneurship 重复（measures[1] 已经是 entrepreneurship）：每项只写一次，删去重复的这一项',
    'practices/wenling-mountain-sea.md: partners[2]: 协作地区 sanmen 重复（partners[0] 已经是 sanmen）：每项只写一次，删去重复的这一项',
  ]);
});

test('titles: spaces before or after a title, full-width ones included, are reported', () => {
  assert.equal(edgeSpaces('椒江区盯才“扩中” 大力培育“中收”后备军'), '', 'a space inside is the title’s own');
  assert.equal(edgeSpaces('\u3000甲乙'), '开头有 1 个全角空格');
  assert.equal(edgeSpaces('甲乙 \u3000'), '结尾有 1 个全角空格和 1 个半角空格');
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', /^title: (.*)$/m, 'title: \u3000$1');
    edit(dir, 'practices/tiantai-heying.md', /^title: (.*)$/m, "title: '$1 '");
    edit(dir, 'plans/qingtian-action-plan.md', /^title: (.*)$/m, 'title: $1\u3000\u3000');
  });
  expectLines(problems, [
    'practices/jiaojiang-talent.md: title: 标题首尾有空格（含全角空格）：“\u3000椒江区盯才“扩中” 大力培育“中收”后备军”开头有 1 个全角空格。请删去这些空格',
  ]);
  assert.ok(problems.some((p) => p.startsWith('practices/tiantai-heying.md: title: 标题首尾有空格（含全角空格）：') && p.endsWith('结尾有 1 个半角空格。请删去这些空格')), problems.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('plans/qingtian-action-plan.md: title: 标题首尾有空格（含全角空格）：') && p.endsWith('结尾有 2 个全角空格。请删去这些空格')), problems.join('\n'));
});

test('fixed lists: every enum field is told its options in Chinese, Chinese options too (plan status, region level)', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'plans/qingtian-action-plan.md', /^status: .*$/m, 'status: 正式发布');
    edit(dir, 'taxonomy/regions.yaml', /level: 县$/m, 'level: 县级');
  });
  expectLines(problems, [
    'plans/qingtian-action-plan.md: status: 只能是以下之一：正式印发、征求意见稿，收到 “正式发布”',
    'taxonomy/regions.yaml: [7].level: 只能是以下之一：市、区、县级市、县，收到 “县级”',
  ]);
  assert.ok(!problems.some((p) => /Invalid|expected/.test(p)), problems.join('\n'));
});

test('code blocks: an indented body line outside a list, or a ``` fence, is reported with its line', () => {
  // (The list items here are told as bullets too, in a plan as in a practice: not what this test is about.)
  const at = (body: string) => bodyStructure(body, 1, 'plans').map((p) => p.message).filter((m) => !m.includes('列表的圆点'));
  assert.deepEqual(at('甲。\n\n    乙。\n\n\t丙。\n'), [
    '第 3 行：这一行缩进了（行首有 4 个空格），会显示成代码块；删除行首空格（“乙。…”）',
    '第 5 行：这一行缩进了（行首有 Tab），会显示成代码块；删除行首空格（“丙。…”）',
  ]);
  // A list item's or a footnote's indented paragraph, a line continuing a paragraph: not code.
  assert.deepEqual(at('- 甲[^1]。\n\n    乙。\n\n[^1]: 注。\n\n    续。\n\n丁\n    戊。\n'), []);
  // A full-width indent is no code either: it is told as the source's first-line indent (check-rules-bodies.test.ts).
  assert.deepEqual(at('甲。\n\n\u3000\u3000己。\n').map((m) => m.slice(0, 21)), ['第 3 行以 2 个全角空格“　　”开头（']);
  assert.deepEqual(at('甲。\n\n    乙。\n'.replace('甲。', '- 甲。\n\n庚。')), ['第 5 行：这一行缩进了（行首有 4 个空格），会显示成代码块；删除行首空格（“乙。…”）'], 'a paragraph after the list ends it');
  assert.deepEqual(bodyStructure('甲。\n\n    乙。\n', 1, 'plans', false), [], 'MDX has no indented code');
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/tiantai-heying.md', /^(一是精准识别扶持对象。)/m, '    $1');
    edit(dir, 'practices/tiantai-heying.md', /^(二是构建村企利益联结机制。.*)$/m, '```\n$1\n```');
  });
  expectLines(problems, [
    `practices/tiantai-heying.md: body: 第 ${heyingLine('一是精准识别扶持对象。')} 行：这一行缩进了（行首有 4 个空格），会显示成代码块；删除行首空格（“一是精准识别扶持对象。探索实践农…”）`,
    `practices/tiantai-heying.md: body: 第 ${heyingLine('二是构建村企利益联结机制。')} 行的 \`\`\` 会把后面的文字显示成代码块（等宽字体的灰框，不分段）：正文来自原文，不会有代码。删除 \`\`\` 这一行（和它后面配对的那一行）`,
  ]);
  // Only these two: the fence is not also a paragraph “not in the source” or a line broken mid-sentence.
  assert.equal(problems.length, 2, problems.join('\n'));
});

test('headings: ## with no space after it (or a full-width one) is told to add the space, not that the text is not in the source', () => {
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/tiantai-heying.md', /^## 一、/m, '##一、');
    edit(dir, 'practices/tiantai-heying.md', /^## 二、/m, '##\u3000二、');
  });
  assert.deepEqual(problems, [
    `practices/tiantai-heying.md: body: 第 ${heyingLine('## 一、')} 行：# 号后要有一个空格：“##一、聚焦“提低”，精准帮促有路子”不会成为标题，页面上会显示 # 号。写成“## 一、聚焦“提低”，精准帮促有路子”`,
    `practices/tiantai-heying.md: body: 第 ${heyingLine('## 二、')} 行：# 号后要有一个空格（半角空格，这里是全角空格“　”）：“##\u3000二、聚力“增收”，多形式持股有方法”不会成为标题，页面上会显示 # 号。写成“## 二、聚力“增收”，多形式持股有方法”`,
  ]);
});

test('quotes and titles that differ only in full-width/half-width characters or quotation marks say which characters', () => {
  assert.equal(findLoose('共有 609个人才项目参赛', '６０９个'), 3);
  assert.deepEqual(describeVariants('共有 ６０９个', '共有 609个', '引文', '正文'), ['引文中的 ６０９ 是全角数字，正文是 609']);
  assert.deepEqual(describeVariants('"扩中"', '“扩中”', '标题', '原文'), ['标题中的 " " 是直引号，原文是 “ ”']);
  assert.deepEqual(describeVariants('ＡＩ工会', 'AI工会', '引文', '正文'), ['引文中的 ＡＩ 是全角字母，正文是 AI']);
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/jiaojiang-talent.md', "quote: '共有 609个人才项目参赛'", "quote: '共有 ６０９个人才项目参赛'");
    edit(dir, 'practices/huangyan-four-measures.md', "quote: '3名技术工人获评“浙江工匠”'", `quote: '3名技术工人获评"浙江工匠"'`);
    edit(dir, 'practices/sanmen-five-helps.md', /^title: .*$/m, `title: '三门县聚焦"五个帮"探索“浙有众扶”新路径'`);
  });
  expectLines(problems, [
    'practices/jiaojiang-talent.md: metrics[0].quote: 引文“共有 ６０９个人才项目参赛”在正文中找不到：引文中的 ６０９ 是全角数字，正文是 609。引文要与正文逐字一致，写成“共有 609个人才项目参赛”',
    'practices/huangyan-four-measures.md: metrics[1].quote: 引文“3名技术工人获评"浙江工匠"”在正文中找不到：引文中的 " " 是直引号，正文是 “ ”。引文要与正文逐字一致，写成“3名技术工人获评“浙江工匠””',
    'practices/sanmen-five-helps.md: title: 标题与原文 seeds/002_d3d2b23bbdabca64.txt 不符：标题中的 " " 是直引号，原文是 “ ”。标题应照原文（可以去掉断行和多余空格）',
  ]);
});

test('place names: a title beginning with a place the region table lacks is refused by the ingest and reported by the check', () => {
  for (const [title, place] of [['龙泉市以“三带”策略', '龙泉市'], ['鹿城区探索', '鹿城区'], ['台州市本级', '台州市'], ['深化集成改革 破解', undefined], ['推进全市', undefined], ['城乡区域协调', undefined], ['山区26县', undefined], ['县域经济', undefined], ['老城区改造', undefined], ['聚焦山区26县', undefined], ['打造城区“15分钟”服务圈', undefined], ['萧山区“共富工坊”', '萧山区'], ['景宁畲族自治县', '景宁畲族自治县']] as const) {
    assert.equal(leadingPlaceName(title), place, title);
  }
  // None of the real practices is flagged: each title begins with a place of the table, or with none.
  const regionNames = [...readFileSync('content/taxonomy/regions.yaml', 'utf8').matchAll(/^\s+(?:name: (\S+)|aliases: \[(.*)\])$/gm)].flatMap((m) => (m[1] ? [m[1]] : m[2]!.split(/,\s*/)));
  for (const f of readdirSync('content/practices')) {
    const title = /^title: '?(.*?)'?$/m.exec(readFileSync(join('content/practices', f), 'utf8'))![1]!;
    const place = leadingPlaceName(title);
    assert.ok(place === undefined || isKnownPlace(place, regionNames), `${f}: ${title}`);
  }
  // The ingest stops rather than give the practice another region (from the body, or the issuing city).
  const seed = join(work, '000-longquan.txt');
  writeFileSync(seed, readFileSync('seeds/000_901b1eb27f07a258.txt', 'utf8').replace(' 天台县创新“和盈模式”', ' 龙泉市创新“和盈模式”'));
  assert.throws(
    () => runIngest(seed, { out: join(work, 'out-longquan'), content: 'content' }),
    (e: unknown) => e instanceof IngestError && e.message.startsWith('标题以“龙泉市”开头，但地区表里没有它：先在 content/taxonomy/regions.yaml 添加这个地区'),
  );
  const problems = problemsAfter((dir) => edit(dir, 'practices/tiantai-heying.md', /^title: 天台县/m, 'title: 龙泉市'));
  expectLines(problems, [
    'practices/tiantai-heying.md: region: 标题以“龙泉市”开头，但地区表里没有它：先在 content/taxonomy/regions.yaml 添加这个地区，再把 region 改成它（现在 region 是 tiantai（天台县））；若标题里的地名写错了，照原文改正',
  ]);
});

test('headings: numbered alike, at one level; a heading of over 40 characters or ending with 。 is a paragraph', () => {
  const at = (body: string) => headingProblems(body.split('\n'), (i) => i + 1).map((p) => p.message);
  assert.deepEqual(at('## 一、甲\n\n### （一）乙\n\n### (二)丙\n\n## 二、丁\n\n## 三、戊\n'), []);
  assert.deepEqual(at('## 一、甲\n\n## 二、乙\n\n### 三、丙\n'), [
    '第 5 行：标题“### 三、丙”与同一正文中其他“一、二、”式的标题级别不同（它们是 ##）：同一种编号的标题应同级，写成“## 三、丙”',
  ]);
  assert.deepEqual(at('### （一）甲\n\n## （二）乙\n'), [
    '第 3 行：标题“## （二）乙”与同一正文中其他“（一）（二）”式的标题级别不同（它们是 ###）：同一种编号的标题应同级，写成“### （二）乙”',
  ], 'on a tie, the first heading’s level');
  assert.deepEqual(at('```\n## 一、甲\n```\n## 一、乙\n'), [], 'not in a code block');
  assert.deepEqual(at('## 一、加强技能培训。\n'), ['第 1 行：标题“一、加强技能培训。”以句号“。”结尾，像是一段正文被写成了标题：是正文就删去行首的 ## 和空格；是标题就照原文核对']);
  const problems = problemsAfter((dir) => {
    edit(dir, 'practices/tiantai-heying.md', /^## 二、/m, '### 二、');
    edit(dir, 'practices/tiantai-heying.md', /^(一是精准识别扶持对象。)/m, '## $1');
    edit(dir, 'practices/tiantai-heying.md', /^(二是构建村企利益联结机制。)/m, '### $1');
  });
  expectLines(problems, [
    `practices/tiantai-heying.md: body: 第 ${heyingLine('一是精准识别扶持对象。')} 行：标题“一是精准识别扶持对象。探索实践农民持股模…”有 176 个字，像是一段正文被写成了标题：是正文就删去行首的 ## 和空格；是标题就照原文核对`,
    `practices/tiantai-heying.md: body: 第 ${heyingLine('## 二、')} 行：标题“### 二、聚力“增收”，多形式持股有方法”与同一正文中其他“一、二、”式的标题级别不同（它们是 ##）：同一种编号的标题应同级，写成“## 二、聚力“增收”，多形式持股有方法”`,
  ]);
  expectLines(problems, [`practices/tiantai-heying.md: body: 第 ${heyingLine('二是构建村企利益联结机制。')} 行：标题“二是构建村企利益联结机制。采用“公司+村…”有 227 个字，像是一段正文被写成了标题：是正文就删去行首的 ### 和空格；是标题就照原文核对`]);
});

test('a source recorded at import must not change: the ingest records its SHA-256, the check reports an edited seed', () => {
  const content = join(work, 'hash-content');
  cpSync('content/taxonomy', join(content, 'taxonomy'), { recursive: true });
  const name = readdirSync('seeds').find((f) => f.startsWith('002'))!;
  runIngest(join('seeds', name), { content });
  const [briefing] = readdirSync(join(content, 'briefings')).map((f) => readFileSync(join(content, 'briefings', f), 'utf8'));
  assert.match(briefing!, new RegExp(`^sourceSha256: ${createHash('sha256').update(readFileSync(join('seeds', name))).digest('hex')}$`, 'm'));
  // The site's own issues and plans record theirs: a seed edited together with its page is reported, by name.
  const seeds = join(work, 'hash-seeds');
  cpSync('seeds', seeds, { recursive: true });
  writeFileSync(join(seeds, name), readFileSync(join(seeds, name), 'utf8').replace('及时介入救助', '第一时间介入救助'));
  const problems = checkContent('content', seeds).filter((p) => p.field === 'sourceSha256');
  assert.deepEqual(problems.map((p) => p.file.replace(/^.*content\//, '')), ['briefings/taizhou-2021-09-30.yaml']);
  assert.match(problems[0]!.message, new RegExp(`^seeds/${name} 与导入时不同（导入时的 SHA-256 是 [0-9a-f]{12}…，现在是 [0-9a-f]{12}…）：seeds/ 中的原文不得修改`));
  assert.deepEqual(checkContent('content', 'seeds').filter((p) => p.field === 'sourceSha256'), [], 'the seeds as they are: nothing');
});

