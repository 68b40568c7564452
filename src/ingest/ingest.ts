/**
 * The ingest as one pure function: decoded text in, draft files out (briefing YAML and practice MDX, or a plan MDX),
 * with what the editor should check. No disk access: `run.ts` reads the input and the taxonomy and writes the files.
 */
import { withoutWhitespace } from '../lib/whitespace.ts';
import { cleanText } from './clean.ts';
import { inferSeries, parseMasthead, type KnownBriefing } from './masthead.ts';
import { seriesOnTop } from '../lib/seed-text.ts';
import { seriesName as citedSeriesName } from '../lib/format.ts';
import { toMarkdown } from './markdown.ts';
import { extractMetrics } from './metrics.ts';
import { isPlan, parsePlan, revisedPlan, type KnownPlan } from './plan.ts';
import { splitIssue } from './split.ts';
import { detectRegion, suggestTags } from './tag.ts';
import { firstPlaceNamed, isKnownPlace, leadingPlaceName, unknownPlaceMessage } from '../lib/place-names.ts';
import { IngestError, type Doubt, type Taxonomy } from './types.ts';
import { briefingFile, planFile, practiceFile, type DraftBriefing, type DraftCorrection, type DraftPractice, type OutFile } from './write.ts';

/** What the ingest knows besides the text: the taxonomy and what content already holds. */
export interface IngestContext {
  taxonomy: Taxonomy;
  /** Existing briefings: a series the text does not print is taken from the same issuer's. */
  knownBriefings: readonly KnownBriefing[];
  /** Existing practices, to warn when a title is already in the corpus. */
  knownPractices?: readonly { id: string; title: string }[];
  /** Existing plans: a revision names the plan it replaces (`supersedes`), and gets an id of its own. */
  knownPlans?: readonly KnownPlan[];
  /**
   * What the editor gives for an issue whose text does not print it (a masthead set as a picture, say): the date
   * (YYYY-MM-DD) and the issuer, from `--date` and `--issuer`. Used only when the text has none; noted for review.
   */
  given?: { date?: string | undefined; issuer?: string | undefined };
}

/** A file to write, with the doubts to list for the editor. */
interface IngestFile extends OutFile {
  doubts: Doubt[];
}

/** The drafts made from one raw text. */
export interface IngestResult {
  kind: 'briefing' | 'plan';
  /** One line describing what was recognised. */
  summary: string;
  files: IngestFile[];
  warnings: string[];
}

/** Extraction slips known from the seeds: a 顿号 read as the English word "and" between Chinese words. */
export function mendSlips(paragraphs: readonly string[]): { paragraphs: string[]; corrections: DraftCorrection[] } {
  const corrections: DraftCorrection[] = [];
  const out = paragraphs.map((p) =>
    p.replace(/(?<=[\u4e00-\u9fff）”])\s*\band\b\s*(?=[\u4e00-\u9fff（“])/g, () => {
      if (!corrections.length) corrections.push({ from: 'and', to: '、', reason: '提取时把顿号误作英文 and' });
      return '、';
    }),
  );
  return { paragraphs: out, corrections };
}

/** The id of the region whose name or alias comes first in `text`, if any. */
function firstRegion(text: string, taxonomy: Taxonomy): string | undefined {
  return firstPlaceNamed(text, taxonomy.regions)?.id;
}

/**
 * Turns a raw text into drafts. `source` is the raw file's name (the `source` field), `sourceSha256` the hash of its
 * bytes, recorded so that the content check notices if the file is edited later. Throws IngestError.
 */
export function ingestText(text: string, source: string, ctx: IngestContext, sourceSha256?: string): IngestResult {
  // Text formats that are no extracted text: their markup would be taken for words, and nothing found.
  if (/^\s*\{\\rtf/.test(text)) throw new IngestError('这是 RTF 文件（写字板或 Word 另存的格式），不是纯文本：请在 Word 中“另存为”纯文本（.txt），或从 PDF 原件提取文字，再导入');
  if (/^\s*(?:<!DOCTYPE\s+html|<html[\s>]|<\?xml)/i.test(text) || (text.match(/<\/?(?:p|div|span|section|br|h\d)\b[^>]*>/gi)?.length ?? 0) > 20) {
    throw new IngestError('这是网页（HTML）或 XML 文件，不是提取的纯文本：请从 PDF 原件提取文字（网页或公众号文章的文字可能与印发的原件不同），再导入');
  }
  const series = [...new Set([...seriesOnTop(text), ...ctx.knownBriefings.map((b) => b.series)])];
  const paras = cleanText(text, series);
  if (!paras.length) throw new IngestError('文件中没有文字内容');
  const sourceOk = /^[\w.-]+\.txt$/.test(source);
  const warnings: string[] = [];
  if (!sourceOk) warnings.push(`原文件名“${source}”不符合 source 字段的要求（只能用字母、数字、. - _，以 .txt 结尾）：请把原文改名后放入 seeds/，并改正 source 字段`);

  if (isPlan(paras)) {
    const plan = parsePlan(paras, ctx.taxonomy, source);
    const older = revisedPlan(plan, ctx.knownPlans ?? []);
    if (older) {
      plan.data.supersedes = older.id;
      plan.doubts.push({ field: 'supersedes', note: `原文修订或废止了站内的《${older.title}》（${older.id}）：核对后保留；那份方案的页面会写明它已被修订` });
    }
    // The id the site's plan of the same region already has, under another title (a revision of it): this one's year
    // is added. The same title is the same plan ingested again, which the writing refuses without --force.
    if (ctx.knownPlans?.some((k) => k.id === plan.id && withoutWhitespace(k.title) !== withoutWhitespace(plan.data.title))) {
      const year = plan.data.date?.slice(0, 4) ?? plan.data.period.slice(-4);
      const taken = new Set(ctx.knownPlans.map((k) => k.id));
      let id = `${plan.id}-${year}`;
      for (let n = 2; taken.has(id); n++) id = `${plan.id}-${year}-${n}`;
      plan.doubts.push({ field: 'title', note: `站内已有 id 为 ${plan.id} 的方案，本方案的 id 取 ${id}（文件 plans/${id}.md）` });
      plan.id = id;
    }
    if (sourceSha256) plan.data.sourceSha256 = sourceSha256;
    if (!sourceOk) {
      plan.data.source = `${plan.id}.txt`;
      plan.doubts.push({ field: 'source', note: `原文件名不可用，暂填 ${plan.data.source}：请把原文以此名存入 seeds/` });
    }
    const path = `plans/${plan.id}.md`;
    return {
      kind: 'plan',
      summary: `方案：${plan.data.title}（${plan.data.status}，${plan.data.groups.length} 个群体，${plan.data.groups.reduce((n, g) => n + g.measures.length, 0)} 项举措，${plan.data.targets.length} 个目标数字）`,
      files: [{ path, content: planFile(plan), doubts: plan.doubts }],
      warnings,
    };
  }

  const issue = splitIssue(paras);
  const mast = parseMasthead(issue.head, issue.tail);
  const briefingDoubts: Doubt[] = [];
  if (!mast.date && ctx.given?.date) {
    mast.date = ctx.given.date;
    briefingDoubts.push({ field: 'date', note: `原文没有印日期（或没有提取出来），按 --date 填写 ${ctx.given.date}：请对照 PDF 原件核对` });
  }
  if (!mast.issuer && ctx.given?.issuer) {
    mast.issuer = ctx.given.issuer;
    briefingDoubts.push({ field: 'issuer', note: '原文没有印编发单位（或没有提取出来），按 --issuer 填写：请对照 PDF 原件核对' });
  }
  if (!mast.date) throw new IngestError('找不到简报日期（应形如 2021年9月30日，在报头或末尾的“印发”行中）：原文确实没有印（或报头是图片、没有提取出来）时，不要改 seeds/ 中的原文，用 --date YYYY-MM-DD 给出 PDF 原件上的日期');
  if (!mast.issuer) throw new IngestError('找不到发文单位（报头或末尾“印发”行中日期前的单位名称）：原文确实没有印时，不要改 seeds/ 中的原文，用 --issuer 单位名称 给出 PDF 原件上的编发单位');
  let seriesName = mast.series;
  if (!seriesName) {
    const inferred = inferSeries(mast.issuer, ctx.knownBriefings);
    if (inferred) {
      seriesName = inferred.series;
      briefingDoubts.push(inferred.doubt);
    } else {
      seriesName = '（刊名待填写）';
      briefingDoubts.push({ field: 'series', note: '原文未印刊名，请填写' });
    }
  }
  if (mast.colophonDate) {
    briefingDoubts.push({ field: 'date', note: `报头日期 ${mast.date} 与末尾“印发”行的日期 ${mast.colophonDate} 不同：date 取报头日期，请核对原件` });
  }
  if (mast.special) {
    briefingDoubts.push({ field: 'subseries', note: `原文印的是“${mast.special}”：${mast.subseries}与正刊分开编号，number 只记正刊的“第N期”，所以不填；subseries 填“${mast.subseries}”，${mast.specialNumber ? `specialNumber 填 ${mast.specialNumber}，` : ''}页面刊名显示为“${mast.series ?? '刊名'}（${mast.subseries}）”，请核对` });
  } else if (mast.number === undefined) {
    briefingDoubts.push({ field: 'number', note: '原文未印期号（第N期），所以不写 number（不要推测）；PDF 原件的报头印了期号时，在这一行写 number: N' });
  }
  const issuerRegion = firstRegion(mast.issuer, ctx.taxonomy);
  // An issuer of a place the table lacks (中共瑞安市委…): its practices would otherwise get the table's first region.
  const issuerPlace = leadingPlaceName(mast.issuer.replace(/^中共/, ''));
  if (!issuerRegion && issuerPlace && !isKnownPlace(issuerPlace, ctx.taxonomy.regions.flatMap((r) => r.names))) {
    throw new IngestError(
      `编发单位“${mast.issuer}”是${issuerPlace}的，但地区表里没有${issuerPlace}：本期标题没写地区的案例会被填成别的地区。先在 content/taxonomy/regions.yaml 添加${issuerPlace}（id、name、level、parent；它所属的地级市不在表中时先添加地级市），再重新导入`,
    );
  }
  const briefingId = `${issuerRegion ?? 'briefing'}-${mast.date}`;

  // Titles beginning with places the table lacks (龙泉市…) are refused: all of them at once, so that the editor adds
  // the regions in one go rather than one per run.
  const known = ctx.taxonomy.regions.flatMap((r) => r.names);
  const unknown = issue.practices.flatMap((raw) => {
    const place = leadingPlaceName(raw.title);
    return place && !isKnownPlace(place, known) ? [{ place, title: raw.title }] : [];
  });
  const places = [...new Set(unknown.map((u) => u.place))];
  if (places.length > 1) {
    throw new IngestError(
      `标题以${places.map((p) => `“${p}”`).join('')}开头，但地区表里没有它们：先在 content/taxonomy/regions.yaml 添加这 ${places.length} 个地区（每个写 id、name、level、parent），再重新导入（案例${unknown.map((u) => `“${u.title}”`).join('')}）`,
    );
  }

  const used = new Set<string>();
  const practices: DraftPractice[] = issue.practices.map((raw) => {
    const doubts: Doubt[] = [];
    const { paragraphs, corrections } = mendSlips(raw.paragraphs);
    if (corrections.length) doubts.push({ field: 'corrections', note: '已把夹在中文之间的英文 and 改为顿号，请核对原文' });
    const body = toMarkdown(paragraphs);
    const plain = paragraphs.join('\n\n');
    // A title beginning with a place the table lacks (龙泉市…) would get another region, from the rest of the title
    // or the body: the region is added to the table first.
    const place = leadingPlaceName(raw.title);
    if (place && !isKnownPlace(place, ctx.taxonomy.regions.flatMap((r) => r.names))) {
      throw new IngestError(`${unknownPlaceMessage(place)}这个地区（id、name、level、parent），再重新导入（案例“${raw.title}”）`);
    }
    const where = detectRegion(raw.title, plain, ctx.taxonomy.regions, issuerRegion);
    doubts.push(...where.doubts);
    // Thresholds measured on the twelve curated practices: groups (any mention) P 0.85 R 0.85; measures (weight ≥ 2,
    // at most 8) P 0.74 R 0.83. The editor removes a wrong suggestion more easily than spots a missing one.
    const groups = suggestTags('groups', raw.title, plain, ctx.taxonomy.groups, 1, 6);
    const measures = suggestTags('measures', raw.title, plain, ctx.taxonomy.measures, 2, 8);
    doubts.push(...groups.doubts, ...measures.doubts);
    if (raw.titleFrom === 'text' && raw.titleLines > 1) doubts.push({ field: 'title', note: '标题在原文中分两行，合并时加了空格，请核对' });
    if (raw.mark) doubts.push({ field: 'title', note: `原文标题后的“${raw.mark}”是脚注标记，不是标题的字，未收入标题；脚注的文字留在正文中，请核对` });
    if (raw.subtitle) doubts.push({ field: 'title', note: `原文在标题下印了副标题“${raw.subtitle}”，已接在标题后面（标题照原文印的写），请核对` });
    const { metrics, doubts: metricDoubts } = extractMetrics(body, { indicators: ctx.taxonomy.indicators, issued: mast.date });
    doubts.push(...metricDoubts);
    let id = `${where.region}-${mast.date}`;
    for (let k = 2; used.has(id); k++) id = `${where.region}-${mast.date}-${k}`;
    used.add(id);
    const same = ctx.knownPractices?.find((p) => withoutWhitespace(p.title) === withoutWhitespace(raw.title));
    if (same) warnings.push(`案例“${raw.title}”已在 content 中（${same.id}），新草稿 ${id} 可能重复`);
    return {
      id,
      data: { title: raw.title, region: where.region, partners: where.partners, groups: groups.ids, measures: measures.ids, briefing: briefingId, date: mast.date!, metrics, corrections },
      body,
      doubts,
    };
  });

  const briefing: DraftBriefing = {
    id: briefingId,
    data: {
      series: seriesName,
      subseries: mast.subseries,
      number: mast.number,
      specialNumber: mast.specialNumber,
      date: mast.date,
      issuer: mast.issuer,
      reportTo: mast.reportTo,
      sendTo: mast.sendTo,
      copyTo: mast.copyTo,
      distributeTo: mast.distributeTo,
      editorNote: mast.editorNote,
      practices: practices.map((p) => p.id),
      source: sourceOk ? source : `${briefingId}.txt`,
      ...(sourceSha256 ? { sourceSha256 } : {}),
    },
    doubts: briefingDoubts,
  };
  if (!sourceOk) briefing.doubts.push({ field: 'source', note: `原文件名不可用，暂填 ${briefing.data.source}：请把原文以此名存入 seeds/` });
  return {
    kind: 'briefing',
    summary: `简报：${citedSeriesName({ series: seriesName, subseries: mast.subseries, number: mast.number, specialNumber: mast.specialNumber })}${mast.number ? ` 第${mast.number}期` : mast.special ? ` ${mast.special}` : ''}（${mast.date}），${practices.length} 个案例${issue.toc.length ? '（按目录拆分）' : '（按标题拆分）'}`,
    files: [
      ...practices.map((p) => ({ path: `practices/${p.id}.md`, content: practiceFile(p, briefing.data.source), doubts: p.doubts })),
      { path: `briefings/${briefing.id}.yaml`, content: briefingFile(briefing), doubts: briefing.doubts },
    ],
    warnings,
  };
}
