/** A plan: its period, targets, group sections and measures agree with each other and with its body. */
import type { z } from 'astro/zod';
import { isDraft, type CheckContext } from '../context.ts';
import { checkRef } from '../refs.ts';
import { readDate } from '../../lib/masthead-lines.ts';
import { normalizeChars } from '../../lib/raw-text.ts';
import { withoutWhitespace } from '../../lib/whitespace.ts';
import { readMeasure, sectionText, type PrintedMeasure } from '../../lib/plan-sections.ts';
import { editDistance } from '../../lib/suggest.ts';
import type { RawEntry } from '../types.ts';
import { planSchema } from '../../schemas/plan.ts';
import { checkBody } from './bodies.ts';
import type { FidelityRules } from './fidelity.ts';
import { checkIngestMarks } from './leftovers.ts';
import { checkMetrics } from './metrics.ts';

/**
 * A plan's period runs forwards and holds the years of its targets; a measure number and a group appear once (the
 * page gives each group's section the id g-<group>, and lists measures by their printed numbers).
 */
function checkPlanStructure(ctx: CheckContext, file: string, plan: z.infer<typeof planSchema>, body: string): void {
  const { problems } = ctx;
  const [start, end] = plan.period.split('-').map(Number) as [number, number];
  if (start > end) {
    problems.push({ file, field: 'period', message: `期限 ${plan.period} 的起始年份晚于结束年份（页面会显示“${start}—${end}年”）：应写成 ${end}-${start}` });
  } else {
    plan.targets.forEach((t, i) => {
      if (t.year !== undefined && (t.year < start || t.year > end)) {
        problems.push({ file, field: `targets[${i}].year`, message: `年份 ${t.year} 不在方案期限 ${plan.period} 之内：应为 ${start} 至 ${end} 之间的年份` });
      }
    });
  }
  const numbers = new Map<number, string>();
  const groupAt = new Map<string, string>();
  plan.groups.forEach((g, i) => {
    const prev = groupAt.get(g.group);
    if (prev) problems.push({ file, field: `groups[${i}].group`, message: `群体 ${g.group} 重复（${prev} 已是 ${g.group}）：每个群体只写一节，页面上每节的位置 #g-${g.group} 只能有一个` });
    else groupAt.set(g.group, `groups[${i}]`);
    // The numbers the body's section prints (none when the body has no such heading): a number it lacks is a slip told
    // there (checkPlanMeasures, with the numbers it has), not also a repeat of the measure that rightly has it.
    const section = sectionText(body, g.heading);
    const printedMeasures = section.split('\n').map(readMeasure).filter((x) => x !== undefined);
    const printed = new Set(printedMeasures.map((x) => x.no));
    g.measures.forEach((m, j) => {
      const at = `groups[${i}].measures[${j}]`;
      m.units.forEach((u, k) => checkOrganisation(problems, file, `${at}.units[${k}]`, u, '责任单位'));
      if (section && !printed.has(m.no)) return;
      // A number typed as another of the section's (3 for 4): told once, with the number meant (checkPlanMeasures);
      // the measure that rightly has 3 is not told it repeats this one's, nor this one that it repeats it.
      if (meantNumber(m, printedMeasures) !== undefined) return;
      const used = numbers.get(m.no);
      if (used) problems.push({ file, field: `${at}.no`, message: `举措编号 ${m.no} 重复（${used} 已用 ${m.no}）：每项举措的编号应不同，照原文填写` });
      else numbers.set(m.no, at);
    });
  });
}

/** Two texts of a plan the same but for full-width forms and spacing (a title as typed and as printed). */
const sameText = (a: string, b: string) => withoutWhitespace(normalizeChars(a)) === withoutWhitespace(normalizeChars(b));

/**
 * The number a measure was meant to have, when its `no` is another of its section's (3 typed for 4): the paragraph
 * numbered `no` prints another title, and the section prints the measure's title as one paragraph numbered otherwise.
 * Undefined when `no` is right, is not the section's (told with the section's numbers), or the title does not tell.
 */
function meantNumber(m: { no: number; title: string }, printed: readonly PrintedMeasure[]): number | undefined {
  const typed = printed.find((p) => p.no === m.no);
  if (!typed || sameText(typed.title, m.title)) return undefined;
  const titled = printed.filter((p) => p.no !== m.no && sameText(p.title, m.title));
  return titled.length === 1 ? titled[0]!.no : undefined;
}

/** The group a text names (a section heading: 科研人员激励计划 → researchers), by the longest name or alias it holds. */
function groupNamer(ctx: CheckContext): (text: string) => { n: string; id: string } | undefined {
  const groupNames = ctx.groups
    .flatMap((g) => [g.data.name, ...g.data.aliases].map((n) => ({ n, id: g.data.id })))
    .filter((x) => [...x.n].length >= 2)
    .sort((a, b) => b.n.length - a.n.length);
  return (text) => groupNames.find((x) => text.includes(x.n));
}

/** A body's headings (## to ####), without their marks. */
const bodyHeadings = (body: string) =>
  body
    .split('\n')
    .filter((l) => /^#{2,4}\s/.test(l))
    .map((l) => l.replace(/^#+\s*/, '').trim());

/**
 * A plan's group sections are the body's own: each `heading` is a heading of the body and names its group (the group
 * page lists that section's measures), and each heading of the body that names a group has its section.
 */
function checkPlanGroups(
  ctx: CheckContext,
  entry: RawEntry,
  planGroups: readonly { group: string; heading: string; measures: readonly { no: number; title: string; units: readonly string[]; lead?: number | undefined }[] }[],
  source?: string,
): void {
  const { problems, groupIdx } = ctx;
  const namedGroup = groupNamer(ctx);
  const headings = bodyHeadings(entry.body ?? '');
  // The source's lines, to tell a heading renamed in the body (the fidelity check's to tell) from one mistyped here.
  const read = source === undefined ? undefined : ctx.readSeed(source);
  const sourceLines = read && 'text' in read ? normalizeChars(read.text).split('\n').map((l) => withoutWhitespace(l)) : [];
  planGroups.forEach((g, i) => {
    if (!headings.some((h) => h.endsWith(g.heading))) {
      // The heading is the source's (a line of it ends so): the body's heading was changed, which the fidelity check
      // reports on the body's line; the measures of the section are not read either.
      if (sourceLines.some((l) => l.length > 0 && l.endsWith(withoutWhitespace(normalizeChars(g.heading))))) return;
      const near = headings.filter((h) => namedGroup(h)?.id === g.group);
      problems.push({
        file: entry.file,
        field: `groups[${i}].heading`,
        message: `正文中没有以“${g.heading}”结尾的小标题：heading 照正文中这一节的小标题填写${near.length ? `（是否是“${near[0]!.replace(/^[（(][一二三四五六七八九十]+[）)]\s*/, '')}”？）` : ''}`,
      });
      return;
    }
    checkPlanMeasures(ctx, entry.file, `groups[${i}]`, g.heading, sectionText(entry.body ?? '', g.heading), g.measures);
    const named = namedGroup(g.heading);
    if (named && named.id !== g.group) {
      // An id no group has is told here alone (checkPlans leaves it to this): the section says which group it is.
      problems.push({
        file: entry.file,
        field: `groups[${i}].group`,
        message: groupIdx.ids.has(g.group)
          ? `小节“${g.heading}”说的是群体 ${named.id}（“${named.n}”），这里写的是 ${g.group}：group 应为 ${named.id}，否则 ${g.group} 的群体页会列出另一个群体的举措`
          : `未知的目标群体 "${g.group}"：小节“${g.heading}”说的是群体 ${named.id}（“${named.n}”），group 应为 ${named.id}`,
      });
    }
  });
  // In the body's order: the plan's page lists the sections as groups has them, under the printed numbers （一）（二）….
  // Told once, at the first item that comes before the one above it in the body.
  const at = planGroups.map((g) => headings.findIndex((h) => h.endsWith(g.heading)));
  const early = at.every((x) => x >= 0) ? at.findIndex((x, k) => k > 0 && x < at[k - 1]!) : -1;
  if (early > 0) {
    const [g, above] = [planGroups[early]!, planGroups[early - 1]!];
    problems.push({
      file: entry.file,
      field: `groups[${early}]`,
      message: `小节“${g.heading}”在正文中印在“${above.heading}”之前，groups 中却排在它后面：groups 各项按正文小节的顺序排列（方案页面按 groups 的顺序列出各节）`,
    });
  }
  const listed = new Set(planGroups.map((g) => g.group));
  const sectioned = new Set(planGroups.map((g) => g.heading));
  for (const h of headings) {
    const named = namedGroup(h);
    if (!named || listed.has(named.id) || [...sectioned].some((s) => h.endsWith(s)) || !/计划|行动|工程/.test(h)) continue;
    problems.push({
      file: entry.file,
      field: 'groups',
      message: `正文的小节“${h}”说的是群体 ${named.id}（“${named.n}”），groups 中却没有它：方案不会出现在这个群体的页面上。请在 groups 中为它加一项（group: ${named.id}，heading 照小标题填写）`,
    });
  }
}

/**
 * Each measure of a group section is the body's own: the paragraph of that section numbered `no` prints its title
 * (up to the first 。) and its units (责任单位：…). The plan and group pages show the title and units from the
 * frontmatter, so a slip there would print words the plan does not have.
 */
function checkPlanMeasures(
  ctx: CheckContext,
  file: string,
  at: string,
  heading: string,
  section: string,
  measures: readonly { no: number; title: string; units: readonly string[]; lead?: number | undefined }[],
): void {
  const printed = section.split('\n').map(readMeasure).filter((m) => m !== undefined);
  measures.forEach((m, j) => {
    const field = `${at}.measures[${j}]`;
    const meant = meantNumber(m, printed);
    const typed = printed.find((x) => x.no === m.no);
    if (meant !== undefined) {
      // One slip, one message: the title and units are then checked against the paragraph meant, not the one typed.
      ctx.problems.push({
        file,
        field: `${field}.no`,
        message: `举措编号 ${m.no} 应为 ${meant}：正文的小节“${heading}”中，“${m.title}”是第 ${meant} 项，第 ${m.no} 项是“${typed!.title}”。no 照原文的编号填写`,
      });
    }
    const p = meant === undefined ? typed : printed.find((x) => x.no === meant);
    if (!p) {
      const numbers = printed.map((x) => x.no);
      ctx.problems.push({ file, field: `${field}.no`, message: `正文的小节“${heading}”中没有编号为 ${m.no} 的举措（以“${m.no}.”开头的段落）${numbers.length ? `：这一节的举措编号是 ${numbers.join('、')}` : ''}。no 照原文的编号填写` });
      return;
    }
    if (!sameText(m.title, p.title)) {
      ctx.problems.push({ file, field: `${field}.title`, message: `举措标题“${m.title}”与正文第 ${p.no} 项印的“${p.title}”不符：title 照原文填写（编号之后、第一个句号之前的文字）` });
    }
    if (p.units === undefined) {
      if (m.units.length) ctx.problems.push({ file, field: `${field}.units`, message: `正文第 ${p.no} 项（${p.title}）没有印责任单位：units 应为空列表 []` });
    } else if (!sameUnits(m.units, p.units, sameText)) {
      ctx.problems.push({ file, field: `${field}.units`, message: `责任单位 [${m.units.join(', ')}] 与正文第 ${p.no} 项印的“${p.units.join('、')}”不符：units 应为 [${p.units.join(', ')}]（照原文，每个单位一项，顺序不变）` });
    }
    // The pages print 牵头单位：…；配合单位：… only from `lead`: without it they would show one 责任单位 list the plan does not have.
    if (p.units !== undefined && p.lead && m.lead !== p.leads) {
      ctx.problems.push({ file, field: `${field}.lead`, message: `正文第 ${p.no} 项按“牵头单位”“配合单位”分列，牵头单位 ${p.leads} 个（${p.units.slice(0, p.leads).join('、')}）：应写 lead: ${p.leads}${m.lead === undefined ? '' : `，现为 ${m.lead}`}，页面才会照原文分列` });
    } else if (p.units !== undefined && !p.lead && m.lead !== undefined) {
      ctx.problems.push({ file, field: `${field}.lead`, message: `正文第 ${p.no} 项印的是“责任单位：”，没有分列牵头单位：删去 lead` });
    }
  });
}

/**
 * `supersedes` names an earlier plan of the site: not the plan itself, of the same region, issued before it, published
 * when this one is, revised by one plan only (a later revision supersedes the latest), and with no circle of revisions.
 */
function checkSupersedes(ctx: CheckContext): void {
  const { problems, plans, planIdx } = ctx;
  const byId = new Map(plans.map((pl) => [pl.entry.id, pl]));
  const revisedBy = new Map<string, string>();
  const day = (d: Date | undefined) => d?.toISOString().slice(0, 10);
  for (const pl of plans) {
    const older = pl.data.supersedes;
    if (older === undefined) continue;
    const { file } = pl.entry;
    if (older === pl.entry.id) {
      problems.push({ file, field: 'supersedes', message: `supersedes 填的是本方案自己（${older}）：填被本方案修订或废止的那份较早的方案的 id；没有就删去这一项` });
      continue;
    }
    checkRef(older, planIdx, file, 'supersedes', problems);
    const target = byId.get(older);
    if (!target) continue;
    const earlier = revisedBy.get(older);
    if (earlier) {
      problems.push({ file, field: 'supersedes', message: `方案 ${older} 已由 ${earlier} 修订：一份方案只写一个修订版；再次修订时，新方案的 supersedes 填 ${earlier}` });
    } else revisedBy.set(older, pl.entry.id);
    if (target.data.region !== pl.data.region) {
      problems.push({ file, field: 'supersedes', message: `被修订的方案 ${older} 是 ${target.data.region} 的方案，本方案是 ${pl.data.region} 的：supersedes 只填同一地区较早印发的方案（修订本或明文废止的那一份）` });
    }
    const [mine, theirs] = [day(pl.data.date), day(target.data.date)];
    if (mine && theirs && theirs >= mine) {
      problems.push({ file, field: 'supersedes', message: `被修订的方案 ${older} 的日期 ${theirs} 不早于本方案的 ${mine}：supersedes 写在较新的方案里，填较早的那份方案` });
    }
    if (!isDraft(pl.entry) && isDraft(target.entry)) {
      problems.push({ file, field: 'supersedes', message: `方案 ${older} 还是草稿（draft: true），不会发布，本方案的页面无法链接到它：先核对并发布它，或删去 supersedes` });
    }
  }
  // A circle (a supersedes b, b supersedes a) has no first plan: reported once, at the plan it is met from.
  const reported = new Set<string>();
  for (const pl of plans) {
    const path: string[] = [];
    for (let id: string | undefined = pl.entry.id; id !== undefined && byId.has(id); id = byId.get(id)!.data.supersedes) {
      if (path.includes(id)) {
        const circle = path.slice(path.indexOf(id));
        if (!circle.some((c) => reported.has(c)) && circle[0] !== byId.get(circle[0]!)!.data.supersedes) {
          circle.forEach((c) => reported.add(c));
          problems.push({ file: byId.get(circle[0]!)!.entry.file, field: 'supersedes', message: `方案的修订关系绕成了一圈（${[...circle, id].join(' → ')}）：只有较新的方案写 supersedes，填较早的那份` });
        }
        break;
      }
      path.push(id);
    }
  }
}

/**
 * A target's year is one the plan prints for it: in the target's paragraph (到 2025 年，…), or in the heading or opening
 * paragraph of its section (（三）主要目标: 力争到 2025 年，… governs the ——led goals after it). A year worked out
 * from the plan's period (五年新增博士 25 名 in a 2021-2025 plan) is not what the text says, and /metrics/ shows it as
 * the year the figure is for.
 */
function checkTargetYears(ctx: CheckContext, file: string, targets: readonly { quote: string; year?: number | undefined }[], body: string): void {
  const paragraphs = body.split(/\n\s*\n/);
  targets.forEach((t, i) => {
    if (t.year === undefined) return;
    const at = paragraphs.findIndex((p) => p.includes(t.quote));
    if (at < 0) return; // reported with the quote
    const heading = paragraphs.slice(0, at + 1).findLastIndex((p) => /^#{1,6}\s/.test(p.trim()));
    // The section's heading (（三）到 2025 年主要目标) and its opening paragraph (力争到 2025 年，…) speak for the section.
    const opening = heading >= 0 ? `${paragraphs[heading]}\n${paragraphs[heading + 1] ?? ''}` : '';
    const printed = (p: string) => new RegExp(`(?<!\\d)${t.year}(?!\\d)`).test(p.replace(/[ \u3000](?=\d)|(?<=\d)[ \u3000]/g, ''));
    // A paragraph that prints another year is the sentence rule's (src/check/rules/metrics.ts): it names the year to write.
    const years = (p: string) => /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(p.replace(/[ \u3000](?=\d)|(?<=\d)[ \u3000]/g, ''));
    if (printed(paragraphs[at]!) || printed(opening) || years(paragraphs[at]!)) return;
    ctx.problems.push({
      file,
      field: `targets[${i}].year`,
      message: `年份 ${t.year} 在引文“${t.quote}”所在的段落、它所在一节的标题和开头段落中都没有印出：原文没有写年份时不填 year（“五年”“每年”“十四五”写在 label 中）`,
    });
  });
}

export function checkPlans(ctx: CheckContext, fidelity: FidelityRules): void {
  const { problems, plans, regionIdx, groupIdx, seedFiles, checkSourceHash } = ctx;
  const { checkFidelity, checkCoverage } = fidelity;
  checkSupersedes(ctx);
  for (const pl of plans) {
    const { file } = pl.entry;
    checkRef(pl.data.region, regionIdx, file, 'region', problems);
    // A title that begins with a place names the plan's region, as a practice's does: 青田县…行动方案 is not
    // 台州市's plan, and a wrong region would list it on another region's page.
    const named = ctx.titleRegion(pl.data.title);
    if (named && named.id !== pl.data.region && regionIdx.ids.has(pl.data.region)) {
      const name = ctx.regions.find((r) => r.data.id === pl.data.region)?.data.name;
      problems.push({ file, field: 'region', message: `标题以“${named.name}”开头，region 却是 ${pl.data.region}${name ? `（${name}）` : ''}：应为 ${named.id}，或核对标题` });
    }
    const namedGroup = groupNamer(ctx);
    const headings = bodyHeadings(pl.entry.body ?? '');
    pl.data.groups.forEach((g, i) => {
      // Not an unknown id in a section of the body whose heading names a group: checkPlanGroups tells it with that group.
      if (namedGroup(g.heading) && headings.some((h) => h.endsWith(g.heading))) return;
      checkRef(g.group, groupIdx, file, `groups[${i}].group`, problems);
    });
    checkPlanStructure(ctx, pl.entry.file, pl.data, pl.entry.body ?? '');
    if (!(pl.entry.body ?? '').trim()) {
      problems.push({ file, field: 'body', message: '正文为空' });
    } else {
      checkMetrics(ctx, file, 'targets', pl.data.targets, pl.entry.body ?? '', true, isDraft(pl.entry));
      if (!isDraft(pl.entry)) checkTargetYears(ctx, file, pl.data.targets, pl.entry.body ?? '');
      checkIngestMarks(ctx, pl.entry, 'targets', pl.data.targets);
      checkPlanGroups(ctx, pl.entry, pl.data.groups, pl.data.source);
      checkBody(ctx, pl.entry, 'plans', pl.data.source);
      checkFidelity(pl.entry, pl.data.corrections, pl.data.source);
      // A plan is its whole source: a red header or closing 印发 line left out is text no page shows.
      checkCoverage([{ entry: pl.entry, corrections: pl.data.corrections }], pl.data.source, undefined, { title: pl.data.title });
    }
    if (seedFiles && !seedFiles.has(pl.data.source)) {
      problems.push({ file, field: 'source', message: `seeds/ 中没有文件 ${pl.data.source}` });
    } else {
      checkSourceHash(file, pl.data.source, pl.data.sourceSha256);
      checkPlanHeader(ctx, file, pl.data);
    }
  }
}

/**
 * Whether the units typed are the ones printed, in order. Several typed in one item (总工会、人力社保局) are read as
 * their parts: that slip is told by checkOrganisation, not again as other units.
 */
function sameUnits(typed: readonly string[], printed: readonly string[], same: (a: string, b: string) => boolean): boolean {
  const parts = typed.flatMap((u) => u.split(/[、，,；;]\s*/).filter(Boolean));
  return parts.length === printed.length && parts.every((u, k) => same(u, printed[k]!));
}

/**
 * One organisation per list item, named as printed: 总工会、人力社保局 in one item would be one unit on the page, and a
 * label copied with it (牵头单位：) is no unit's name.
 */
function checkOrganisation(problems: CheckContext['problems'], file: string, field: string, name: string, what: string): void {
  const label = /^[\s\u3000]*((?:牵头|配合|责任|参与|发文)单位)[\s\u3000]*[：:]/.exec(name)?.[1];
  if (label) problems.push({ file, field, message: `“${label}：”不是单位名称：只填单位本身（“${name.replace(/^[^：:]*[：:][\s\u3000]*/, '')}”）` });
  else if (/[、，,；;]/.test(name)) problems.push({ file, field, message: `“${name}”是几个${what}写在一项里：每个单位单独一项，写成 [${name.split(/[、，,；;]\s*/).filter(Boolean).join(', ')}]` });
}

/** Brackets of a document number as typed or printed (〔2022〕, [2022], (2022), 【2022】) made one. */
const docForm = (s: string) => withoutWhitespace(normalizeChars(s)).replace(/[〔［\[（(【]/g, '〔').replace(/[〕］\]）)】]/g, '〕');

/**
 * What a plan's frontmatter says of its document is what its source prints: the document number, the issuers, the
 * date (in digits or Chinese numerals), and whether it is a draft for comments (征求意见稿).
 */
function checkPlanHeader(ctx: CheckContext, file: string, plan: z.infer<typeof planSchema>): void {
  const read = ctx.readSeed(plan.source);
  if (!read || !('text' in read)) return;
  const seed = `seeds/${plan.source}`;
  const flat = docForm(read.text);
  const report = (field: string, message: string) => ctx.problems.push({ file, field, message });
  // The header (the lines above the title) prints the plan's own number; the text may cite other documents' below.
  const header = docForm(read.text.split('\n').filter((l) => l.trim()).slice(0, 12).join(''));
  const own = /[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号/.exec(header)?.[0].replace(/^.*文件/, '');
  if (!plan.docNumber && own) report('docNumber', `docNumber 未填，原文 ${seed} 的文头印有发文字号“${own}”：照原文填写（页面和引用都写出它）`);
  if (plan.docNumber && !flat.includes(docForm(plan.docNumber))) {
    // The number as printed, without the masthead's …文件 that the flat text runs into it.
    const printed = /[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号/.exec(flat)?.[0].replace(/^.*文件/, '');
    report('docNumber', `发文字号“${plan.docNumber}”在原文 ${seed} 中找不到${printed ? `（原文印的是“${printed}”）` : ''}：照原文填写`);
  }
  // The names the source prints as names: each line's parts set apart by runs of spaces, a date or 印发 after them cut off.
  const printedNames = normalizeChars(read.text)
    .split('\n')
    .flatMap((l) => l.trim().split(/[ \u3000]{2,}/))
    .map((c) => docForm(c.replace(/\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:印发)?$/, '')))
    .filter((c) => c.length >= 2 && c.length <= 40 && !/[，。；：]/.test(c));
  plan.issuers.forEach((issuer, i) => {
    if (/[、，,；;]|单位[：:]/.test(issuer)) return checkOrganisation(ctx.problems, file, `issuers[${i}]`, issuer, '发文单位');
    const name = docForm(issuer);
    if (!flat.includes(name)) return report(`issuers[${i}]`, `发文单位“${issuer}”在原文 ${seed} 中找不到：照原文填写，每个单位一项`);
    // Found only inside a longer printed name (湖州市人民政府 of 湖州市人民政府办公室): another organ, shortened.
    const longer = printedNames.find((c) => c !== name && c.includes(name));
    if (longer && !printedNames.includes(name)) report(`issuers[${i}]`, `发文单位“${issuer}”只是原文 ${seed} 印的“${longer}”的一部分：照原文填写单位全称`);
  });
  // The title as printed, with what follows its period (（修订）, （试行）): a revision is another document than the plan it revises.
  const titleAt = flat.indexOf(docForm(plan.title));
  if (titleAt < 0) {
    // The page's heading and every citation of the plan are its title: one the source does not print is reworded.
    const wanted = docForm(plan.title);
    const near = printedNames
      .map((c) => ({ c, d: editDistance(c, wanted) }))
      .filter((x) => x.d <= Math.max(2, Math.floor(wanted.length / 4)))
      .sort((a, b) => a.d - b.d)[0];
    const printed = near && normalizeChars(read.text).split('\n').flatMap((l) => l.trim().split(/[ \u3000]{2,}/)).find((l) => docForm(l) === near.c);
    report('title', `标题“${plan.title}”在原文 ${seed} 中找不到${printed ? `：原文印的是“${printed.trim()}”` : ''}。标题照原文印的写（可以去掉断行和多余空格）`);
  } else {
    const edition = /^〔(修订|修订版|修订稿|试行|暂行)〕/.exec(flat.slice(titleAt + docForm(plan.title).length));
    if (edition) report('title', `标题“${plan.title}”后面，原文 ${seed} 还印着“（${edition[1]}）”：标题照原文印的写全（${edition[1]}后的方案与原来的方案是两份文件）`);
  }
  if (plan.date) {
    const iso = plan.date.toISOString().slice(0, 10);
    const printed = [...new Set(normalizeChars(read.text).split('\n').map((l) => readDate(l)).filter((d): d is string => d !== undefined))];
    if (!printed.includes(iso)) {
      report('date', `日期 ${iso} 在原文 ${seed} 中找不到${printed.length ? `（原文印的日期：${printed.slice(0, 5).join('、')}）` : ''}：date 照原文的成文或印发日期填写`);
    }
  }
  const draft = flat.includes('征求意见稿');
  if (plan.status === '征求意见稿' && !draft) report('status', `原文 ${seed} 中没有“征求意见稿”字样：正式印发的文件 status 填“正式印发”`);
  if (plan.status === '正式印发' && draft) report('status', `原文 ${seed} 印有“征求意见稿”：status 应为“征求意见稿”`);
}
