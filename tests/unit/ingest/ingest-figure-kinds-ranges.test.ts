// Tests of `npm run ingest` (src/ingest/) on small inline raw texts: the kind of a figure in a year the issue already
// looks back on, the indicator a longer name names, ranges, practices no taxonomy word matches, and the colophon line.
// The seeds' round trips are in ingest.test.ts. Run: node --test tests/unit/ingest/ingest-figure-kinds-ranges.test.ts
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../../src/check/load-corpus.ts';
import { validateCorpus } from '../../../src/check/validate.ts';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { cleanText } from '../../../src/ingest/clean.ts';
import { ingestText, type IngestResult } from '../../../src/ingest/ingest.ts';
import { extractMetrics, metricsOfParagraph } from '../../../src/ingest/metrics.ts';
import { runIngest } from '../../../src/ingest/run.ts';
import { suggestTags } from '../../../src/ingest/tag.ts';
import type { Taxonomy } from '../../../src/ingest/types.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'ingest-figure-kinds-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A taxonomy with just what the issues below need. */
const TAXONOMY: Taxonomy = {
  regions: [
    { id: 'huzhou', names: ['湖州市', '湖州'] },
    { id: 'anji', names: ['安吉县', '安吉'], parent: '湖州市' },
    { id: 'changxing', names: ['长兴县', '长兴'], parent: '湖州市' },
  ],
  groups: [
    { id: 'technical-workers', names: ['技术工人', '技能人才'] },
    { id: 'new-employment-workers', names: ['新就业形态劳动者', '骑手'] },
  ],
  measures: [
    { id: 'employment-services', names: ['就业服务', '就业'] },
    { id: 'labor-rights', names: ['权益保障', '劳动争议'] },
  ],
  indicators: [
    { id: 'per-capita-disposable-income', name: '居民人均可支配收入', unit: '元' },
    { id: 'rural-per-capita-disposable-income', name: '农村居民人均可支配收入', unit: '元' },
  ],
};

/** A raw issue of one practice, laid out as the extraction does (blank lines between lines). */
function rawIssue(title: string, body: readonly string[], colophon = ['送：市委、市人大常委会、市政府、市政协领导。', '发：各区县党委、政府，市级有关单位。']): string {
  const head = ['湖州共富工作简报', '第 2 期', '湖州市共同富裕示范区建设领导小组办公室 2022 年 4 月 20 日', '报：王纲书记、陈浩市长、市委副书记', '【 本期目录 】', `- ${title}`];
  const lines = [...head, title, ...body, ...colophon, '湖州市共同富裕示范区建设领导小组办公室 2022年4月20日印发'];
  return `\n\n${lines.join('\n\n')}\n`;
}

function ingest(text: string): IngestResult {
  return ingestText(text, 'issue.txt', { taxonomy: TAXONOMY, knownBriefings: [] });
}

/** The frontmatter and text of the result's first practice. */
function firstPractice(r: IngestResult): { data: Record<string, unknown>; text: string } {
  const f = r.files.find((x) => x.path.startsWith('practices/'))!;
  return { data: splitFrontmatter(f.content, f.path).data as Record<string, unknown>, text: f.content };
}

describe('the kind of a figure: targets are after the issue date', () => {
  const issued = '2022-04-20';
  const kinds = (p: string, opts = { issued }) => metricsOfParagraph(p, opts).map((m) => [m.value, m.unit, m.kind, m.year]);

  test('由 2020 年的 A 提高到 2021 年的 B: A is a baseline, B a result, and 到 2021 年 cues no target in 2022', () => {
    assert.deepEqual(kinds('推动平台企业为骑手缴纳职业伤害保险，参保人数达 8500 人，参保率由 2020 年的 45% 提高到 2021 年的 71%。'), [
      [8500, '人', 'result', undefined],
      [45, '%', 'baseline', 2020],
      [71, '%', 'result', 2021],
    ]);
  });
  test('the baseline’s quote ends at its figure', () => {
    const [, base] = metricsOfParagraph('参保人数达 8500 人，参保率由 2020 年的 45% 提高到 2021 年的 71%。', { issued });
    assert.equal(base!.quote, '参保率由 2020 年的 45%');
  });
  test('从 … 减少到当前的 …: figures before the verb are baselines, after it results', () => {
    assert.deepEqual(kinds('低收入农户从 2013年的 42654户112850人减少到当前的 6537户 11146人。'), [
      [42654, '户', 'baseline', 2013],
      [112850, '人', 'baseline', 2013],
      [6537, '户', 'result', undefined],
      [11146, '人', 'result', undefined],
    ]);
  });
  test('a year that has ended by the issue date is no target; a later one, or the issue’s own year end, is', () => {
    assert.deepEqual(kinds('到 2021 年底，全县建成骑手驿站 56 个。'), [[56, '个', 'result', 2021]]);
    assert.deepEqual(kinds('到 2025 年，工会入会率达到 80% 以上。'), [[80, '%', 'target', 2025]]);
    assert.deepEqual(kinds('力争到 2022 年底，建成驿站 80 个。'), [[80, '个', 'target', 2022]]);
    assert.deepEqual(kinds('2021 年，全县完成年度目标任务的 120%。'), [[120, '%', 'result', 2021]]);
    // A target cue with a later year still makes the change’s end a target.
    assert.deepEqual(kinds('到 2025 年，参保率由 2021 年的 71% 提高到 90%。'), [
      [71, '%', 'baseline', 2021],
      [90, '%', 'target', 2025],
    ]);
  });
  test('the ingest reads the issue date from the masthead', () => {
    const r = ingest(rawIssue('长兴县聚焦新就业形态劳动者权益保障', ['一是扩大社保覆盖。参保人数达 8500 人，参保率由 2020 年的 45% 提高到 2021 年的 71%。']));
    const metrics = firstPractice(r).data.metrics as { value: number; kind: string; year?: number }[];
    assert.deepEqual(metrics.map((m) => [m.value, m.kind, m.year]), [[8500, 'result', undefined], [45, 'baseline', 2020], [71, 'result', 2021]]);
  });
  test('without an issue date (a plan) the cues read as before', () => {
    assert.deepEqual(kinds('到 2021 年底，全县建成骑手驿站 56 个。', {} as { issued: string }), [[56, '个', 'target', 2021]]);
  });
});

describe('the year of a plan’s target: its sentence’s, or its 主要目标 section’s (yearHint)', () => {
  const years = (p: string) => metricsOfParagraph(p, { kind: 'target', yearHint: 2025 }).map((m) => [m.quote, m.year]);

  test('a yearly figure (每年…, 年均…) takes no section year: it is no one year’s', () => {
    assert.deepEqual(years('每年组织职业技能培训 5000 人次以上。全县存贷款总额突破 2000 亿元。低收入农户收入年均增长 15%。'), [
      ['每年组织职业技能培训 5000 人次以上', undefined],
      ['全县存贷款总额突破 2000 亿元', 2025],
      ['低收入农户收入年均增长 15%', undefined],
    ]);
    // 每年 speaks for the clauses after it in its sentence (a year left out is never a wrong one), not for the next sentence.
    assert.deepEqual(years('每年发放创业担保贷款3亿元以上，扶持创业3000人以上。新增孵化器15家以上。'), [
      ['每年发放创业担保贷款3亿元以上', undefined],
      ['扶持创业3000人以上', undefined],
      ['新增孵化器15家以上', 2025],
    ]);
  });
  test('a year its sentence writes before it is its year all the same (the check asks for it); one after it is the next clause’s', () => {
    assert.deepEqual(years('到2025年，每年新增技能人才4万人。'), [['每年新增技能人才4万人', 2025]]);
    assert.deepEqual(years('每年组织职业技能培训 5000 人次以上，到 2025 年技能人才占从业人员比例达 35%。'), [
      ['每年组织职业技能培训 5000 人次以上', undefined],
      ['到 2025 年技能人才占从业人员比例达 35%', 2025],
    ]);
  });
});

describe('the indicator of a figure: the longest name that names it', () => {
  const indicators = TAXONOMY.indicators;
  const ids = (p: string, list = indicators) => metricsOfParagraph(p, { indicators: list }).map((m) => [m.value, m.indicator]);

  test('农村居民人均可支配收入 is rural, not 居民人均可支配收入, whatever the taxonomy’s order', () => {
    assert.deepEqual(ids('2021年，全县农村居民人均可支配收入达到 39875 元，同比增长 10.4%。'), [[39875, 'rural-per-capita-disposable-income'], [10.4, undefined]]);
    assert.deepEqual(ids('全县农村居民人均可支配收入达到 39875 元。', [...indicators].reverse()), [[39875, 'rural-per-capita-disposable-income']]);
    assert.deepEqual(ids('全市居民人均可支配收入 60000 元。'), [[60000, 'per-capita-disposable-income']]);
  });
  test('a shorter name inside the longer one does not count when the longer one’s unit does not fit', () => {
    const more = [...indicators, { id: 'rural-income-growth', name: '农村居民人均可支配收入增长', unit: '%' }];
    assert.deepEqual(ids('农村居民人均可支配收入增长 10.4%。', more), [[10.4, 'rural-income-growth']]);
    assert.deepEqual(ids('农村居民人均可支配收入增长 900 元。', more), [[900, undefined]]);
  });
});

describe('groups and measures no word of the practice matches', () => {
  test('the list is left empty, and the note names the field and the ids to choose from', () => {
    const g = suggestTags('groups', '安吉县“两山”转化带动农民持续增收', '全县白茶种植面积达 20 万亩，盘活闲置农房 1200 余幢。', TAXONOMY.groups, 1);
    assert.deepEqual(g.ids, []);
    assert.equal(g.doubts.length, 1);
    assert.equal(g.doubts[0]!.field, 'groups');
    assert.match(g.doubts[0]!.note, /没有可对应的词/);
    for (const id of TAXONOMY.groups.map((x) => x.id)) assert.ok(g.doubts[0]!.note.includes(id), `${id} in “${g.doubts[0]!.note}”`);
  });
  test('words too few to suggest anything are shown as candidates, the list still empty', () => {
    const m = suggestTags('measures', '安吉县“两山”转化带动农民持续增收', '带动两千余人就近就业。', TAXONOMY.measures, 2);
    assert.deepEqual(m.ids, []);
    assert.match(m.doubts[0]!.note, /employment-services: 就业×1/);
  });
  test('the drafts are written; published as they are, the content check stops them at groups and measures', () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content/taxonomy'), join(content, 'taxonomy'), { recursive: true });
    const input = join(work, 'issue.txt');
    const text = rawIssue('温岭市盘活闲置农房发展精品民宿', ['近年来，温岭市盘活闲置农房 1200 余幢，发展精品民宿 110 家。'])
      .replaceAll('湖州共富工作简报', '台州共富工作简报')
      .replaceAll('湖州市共同富裕示范区建设领导小组办公室', '台州市高质量发展建设共同富裕先行市领导小组办公室');
    writeFileSync(input, text);
    const report = runIngest(input, { content });
    const file = report.written.find((f) => f.includes('practices/'))!;
    const draft = readFileSync(file, 'utf8');
    assert.match(draft, /^groups: \[\]  # 待核对：.*technical-workers/m);
    assert.match(draft, /^measures: \[\]  # 待核对：.*employment-services/m);
    // The editor deletes the comments and the draft line without choosing: the content check names both fields, and
    // the two figures nobody checked.
    writeFileSync(file, draft.replace(/^draft: true\n/m, '').replace(/  # 待核对：.*$/gm, '').replace(/^# 草稿：.*\n/m, ''));
    const { corpus } = loadCorpus(content);
    const problems = validateCorpus(corpus).filter((p) => p.file.endsWith(file.slice(file.indexOf('practices/'))));
    assert.deepEqual(problems.map((p) => p.field).sort(), ['groups', 'measures', 'metrics[0].unverified', 'metrics[1].unverified']);
  });
});

describe('a range is not a figure', () => {
  const figures = (p: string) => metricsOfParagraph(p).map((m) => [m.value, m.unit]);

  test('neither end of a range becomes a metric; the figures around it do', () => {
    assert.deepEqual(figures('全县白茶种植面积达 20 万亩，年产值 31.6 亿元，户均增收 5000元到1万元。'), [[200000, '亩'], [3160000000, '元']]);
    for (const p of ['户均增收 5000元到1万元', '月收入 3000 元至 5000 元', '每村收益约 5-6 万元', '每户收益约 750-1000元', '家庭年可支配收入 10—50 万元', '培训 10～20人', '补贴 900－2500元']) {
      assert.deepEqual(figures(p), [], p);
    }
  });
  test('what only looks like one stays: a change, a span of years, figures in two units', () => {
    assert.deepEqual(figures('参保率由 2020 年的 45% 提高到 2021 年的 71%'), [[45, '%'], [71, '%']]);
    assert.deepEqual(figures('2016年-2020年共拨付资金859万元'), [[8590000, '元']]);
    assert.deepEqual(figures('建成驿站 56 个至 2021 年底服务 3000 人次'), [[56, '个'], [3000, '人次']]);
    assert.deepEqual(figures('家庭年可支配收入 10-50 万元的群体比例达到 70%'), [[70, '%']]);
    // 从 A 到 B: a change from a baseline, not a range; 从 A 到 B 不等 is a range.
    assert.deepEqual(metricsOfParagraph('实现村集体经济从收入不足5万元到100余万元转变').map((m) => [m.value, m.kind]), [[50000, 'baseline'], [1000000, 'result']]);
    assert.deepEqual(figures('每户年分红从 5000 元到 1 万元不等'), []);
  });
  test('a span of time given as how often or how long (每 2到 3 年, 用3至5年时间, 每年2至3次) is no range of data: the note leaves it out, real ranges stay', () => {
    const body = '每 2到 3 年开展一次技能等级复核。用3至5年时间，培育技能人才1万人。每隔1至2个月走访一次。全市每年组织2至3次招聘会。力争3到5年内建成示范基地10个。经过5到8年努力，农民人均收入达到3万元。户均增收 5000元到1万元，培训时间为3至5天。';
    const { metrics, ranges, doubts } = extractMetrics(body);
    assert.deepEqual(ranges, ['户均增收 5000元到1万元', '培训时间为3至5天']);
    assert.doesNotMatch(doubts.find((d) => d.field === 'metrics')?.note ?? '', /每 2到 3 年|3至5年|2至3次|1至2个月|3到5年|5到8年/);
    assert.deepEqual(metrics.map((m) => [m.label, m.value, m.unit]), [['培育技能人才', 10000, '人'], ['建成示范基地', 10, '个'], ['农民人均收入', 30000, '元']]);
  });
  test('the editor is told, on the metrics line, which ranges were left out', () => {
    const { metrics, doubts } = extractMetrics('一是扩大种植规模。年产值 31.6 亿元，户均增收 5000元到1万元，每村收益约 5-6 万元。');
    assert.equal(metrics.length, 1);
    const note = doubts.find((d) => d.field === 'metrics')?.note ?? '';
    assert.match(note, /范围/);
    assert.match(note, /“户均增收 5000元到1万元”/);
    assert.match(note, /“每村收益约 5-6 万元”/);
    const r = ingest(rawIssue('安吉县做强白茶产业', ['一是扩大种植规模。全县白茶种植面积达 20 万亩，户均增收 5000元到1万元。']));
    assert.match(firstPractice(r).text, /^metrics:  # 待核对：.*范围.*“户均增收 5000元到1万元”/m);
  });
});

describe('the colophon line', () => {
  // Headings and lines cut at about 30 columns: the text reads as wrapped there, and the 发 line reaches that margin.
  const body = [
    '一、做强白茶产业，拓宽增收渠道', '一是扩大种植规模。全县白茶种植', '面积达 20 万亩，年产值 31.6 亿元。',
    '二、发展乡村旅游，激活闲置资源', '一是盘活闲置农房。通过“村集体+', '公司+农户”模式盘活闲置农房。',
    '三、完善利益联结，带动共同富裕', '一是推行“保底收益+按股分红”，', '让农户稳定分享产业增值收益。',
    '四、加强组织保障，凝聚工作合力', '五、强化宣传引导，营造良好氛围',
  ];
  test('an issuer, a date and 印发 start a paragraph of their own, also after a line at the margin', () => {
    const paras = cleanText(rawIssue('安吉县“两山”转化带动农民持续增收', body));
    assert.deepEqual(paras.slice(-2), ['发：各区县党委、政府，市级有关单位。', '湖州市共同富裕示范区建设领导小组办公室 2022年4月20日印发']);
  });
  test('the briefing’s distributeTo is the 发 line alone', () => {
    const r = ingest(rawIssue('安吉县“两山”转化带动农民持续增收', body));
    const briefing = parseYaml(r.files.find((f) => f.path.startsWith('briefings/'))!.content) as Record<string, unknown>;
    assert.equal(briefing.distributeTo, '各区县党委、政府，市级有关单位。');
    assert.equal(briefing.issuer, '湖州市共同富裕示范区建设领导小组办公室');
  });
});
