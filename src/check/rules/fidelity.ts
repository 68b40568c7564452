/**
 * Bodies against their sources (src/lib/fidelity.ts, src/lib/coverage.ts): every paragraph is the source's, cleaned
 * of extraction artifacts only, and the pages made from one source keep all of its text in its order.
 */
import { isPlanFile, type CheckContext } from '../context.ts';
import type { RawEntry } from '../types.ts';
import { describeVariants, findLoose } from '../../lib/char-variants.ts';
import { coverage, type WholeDocument } from '../../lib/coverage.ts';
import { normalizeBody, normalizeMarkdown, normalizeSource, SourceIndex, unfaithful, type Correction } from '../../lib/fidelity.ts';
import { findNumbers } from '../../lib/numbers.ts';
import { comparableSeed } from '../../lib/seed-text.ts';
import { SERIES } from '../../lib/masthead-lines.ts';
import { withoutWhitespace } from '../../lib/whitespace.ts';
import { PASTED_MIN_CHARS } from '../text.ts';
import { cutText } from '../../lib/format.ts';
import { BULLET_MARKER, isPipeTable, ORDERED_MARKER } from '../body-structure.ts';

export type FidelityRules = ReturnType<typeof fidelityRules>;

/** The fidelity and coverage rules of one run, which share each source's reduced text. */
export function fidelityRules(ctx: CheckContext) {
  const { corpus, problems, briefings, seedFiles, readSeed, seedKeyOf, reduced } = ctx;
  const sources = new Map<string, SourceIndex | string>();
  const series = [...new Set(briefings.map((b) => b.data.series))];
  const FIDELITY_RULE = '正文只能清理提取痕迹（断行、页码、页眉），不能改写原文；修正提取错误时在 corrections 中记录（from 原文写法，to 页面写法，reason 原因）';
  /**
   * The body says what its source says: every paragraph occurs in the seed (whitespace, Markdown markup and page
   * numbers aside) once the recorded corrections are applied; each correction's `from` is in the seed and its `to`
   * in the body.
   */
  /** The seed reduced for comparison, or the reason it cannot be read; undefined when there are no seeds to read. */
  const sourceIndex = (source: string): SourceIndex | string | undefined => {
    if (!corpus.readSeed || (seedFiles && !seedFiles.has(source))) return undefined;
    let index = sources.get(source);
    if (index === undefined) {
      const key = corpus.memo && seedKeyOf(source);
      const memoKey = key && `comparable\0${key}\0${series.join('\0')}`;
      const kept = memoKey ? corpus.memo!.get(memoKey) : undefined;
      if (typeof kept === 'string') {
        index = new SourceIndex(kept);
      } else {
        const read = readSeed(source);
        if (!read) return undefined;
        index = 'text' in read ? new SourceIndex(comparableSeed(read.text, series)) : read.error;
        if (memoKey && typeof index === 'object') corpus.memo!.set(memoKey, index.comparable);
      }
      sources.set(source, index);
    }
    return index;
  };
  /**
   * The seed other than `except` that holds all of `paragraphs` (reduced, the page's `corrections` applied), for a page
   * none of whose paragraphs is in its own source; looked for only then, among the seeds a briefing or plan cites.
   */
  const sourceHolding = (paragraphs: readonly string[], except: string, corrections: readonly Correction[]): string | undefined => {
    const cited = new Set([...briefings.map((b) => b.data.source), ...ctx.plans.map((p) => p.data.source)]);
    cited.delete(except);
    for (const name of cited) {
      const index = sourceIndex(name);
      if (typeof index === 'object' && paragraphs.every((p) => index.text(corrections).includes(p))) return name;
    }
    return undefined;
  };
  /** Files whose body the fidelity check found unfaithful: their coverage is not checked (it would say it again). */
  const unfaithfulFiles = new Set<string>();
  const checkFidelity = (entry: RawEntry, corrections: readonly Correction[], source: string) => {
    const index = sourceIndex(source);
    if (index === undefined) return;
    const { file } = entry;
    const seed = `seeds/${source}`;
    if (typeof index === 'string') {
      problems.push({ file, field: 'body', message: `无法读取原文 ${seed}（${index}），正文无法与原文核对` });
      return;
    }
    const body = entry.body ?? '';
    const first = entry.bodyLine ?? 1;
    const bodyText = corrections.length ? normalizeBody(body) : '';
    corrections.forEach((c, i) => {
      // A correction mends an extraction (a line break, a character read twice or wrongly, a half-width mark): the
      // figures are the source's as printed, even a misprint.
      const from = findNumbers(c.from).map((n) => n.value);
      const to = findNumbers(c.to).map((n) => n.value);
      if (c.from === c.to) {
        problems.push({ file, field: `corrections[${i}]`, message: `from 与 to 相同（“${c.from}”）：这一项没有修正任何东西，请删去它` });
      } else if (from.length > 0 && from.length === to.length && from.some((v, k) => v !== to[k])) {
        const k = from.findIndex((v, j) => v !== to[j]);
        problems.push({
          file,
          field: `corrections[${i}].to`,
          message: `“${c.from}”改成“${c.to}”改动了原文的数字（${from[k]} → ${to[k]}）：corrections 只记录提取造成的差错（断行、重复或认错的字、全角半角），数字照原文印的写，原文印错的也照印的写`,
        });
      }
      if (!index.has(c.from)) problems.push({ file, field: `corrections[${i}].from`, message: `“${c.from}”在原文 ${seed} 中找不到：from 应照抄原文（提取文本）中的写法` });
      const shown = normalizeMarkdown(c.to);
      if (shown && !bodyText.includes(shown)) problems.push({ file, field: `corrections[${i}].to`, message: `“${c.to}”在正文中找不到：to 应是页面上（正文中）的写法` });
    });
    const bad = unfaithful(body, index, corrections, reduced(entry));
    const all = bad.length >= 2 ? reduced(entry).filter((p) => p.reduced).length : -1;
    if (bad.length >= 2 && bad.length === all) {
      // Not one paragraph is in this source: the page points at the wrong source, not at a text reworded throughout.
      unfaithfulFiles.add(file);
      const home = sourceHolding(reduced(entry).filter((p) => p.reduced).map((p) => p.reduced), source, corrections);
      const issue = home && briefings.find((b) => b.data.source === home)?.entry.id;
      problems.push({
        file,
        field: 'body',
        message: home
          ? `正文的 ${all} 段都不在原文 ${seed} 中，而在 seeds/${home} 中${issue ? `（简报 ${issue} 的原文）` : ''}：是否${isPlanFile(file) ? '把 source 写错了' : `把本案例放错了简报？briefing 应为 ${issue ?? '以它为 source 的简报'}，并列在那一期的 practices 中`}`
          : `正文的 ${all} 段都不在原文 ${seed} 中：是否${isPlanFile(file) ? ' source ' : '所属简报（briefing）或简报的 source '}写错了？（正文应整理自它所依据的那份原文）`,
      });
      return;
    }
    const paragraphAt = new Map(reduced(entry).map((p) => [p.line, p]));
    for (const u of bad) {
      unfaithfulFiles.add(file);
      // `3. 近年来…` or `- 近年来…`: the source has the paragraph without the list number or bullet mark the body
      // rules report (ORDERED_MARKER, BULLET_MARKER).
      const text = paragraphAt.get(u.line)?.text ?? '';
      const marker = ORDERED_MARKER.exec(text) ?? BULLET_MARKER.exec(text);
      if (marker && index.text(corrections).includes(u.text.slice(withoutWhitespace(marker[0]).length))) continue;
      // A Markdown table (| 地区 | 人数 |): the body rules say how a table is written here (pipeTableAt), once.
      if (isPipeTable(text)) continue;
      const where = `第 ${u.line + first - 1} 行：`;
      problems.push({
        file,
        field: 'body',
        message: u.matched
          ? `${where}这一段与原文 ${seed} 不符：在“…${u.text.slice(Math.max(0, u.matched - 7), u.matched)}”之后，原文是“${cutText(u.sourceNext, 11)}”，正文是“${cutText(u.text.slice(u.matched), 11)}”。${FIDELITY_RULE}`
          : `${where}这一段在原文 ${seed} 中找不到（“${cutText(u.text, 30)}”）。${FIDELITY_RULE}`,
      });
    }
  };

  /**
   * The pages made from one source keep all its text, in its order (src/lib/coverage.ts): a paragraph left out, put
   * in another practice or moved is reported. Only when every page's paragraphs are in the source (fidelity) and the
   * source can be read.
   */
  const checkCoverage = (
    entries: readonly { entry: RawEntry; title?: string | undefined; corrections: readonly Correction[] }[],
    source: string,
    list?: string,
    whole?: WholeDocument,
  ) => {
    const index = sourceIndex(source);
    if (typeof index !== 'object' || entries.some((e) => unfaithfulFiles.has(e.entry.file))) return;
    // An empty body is reported as such (正文为空): its text is not also reported missing, after the page before it.
    if (entries.some((e) => !(e.entry.body ?? '').trim())) return;
    // A practice listed twice is reported as such; its paragraphs would all seem out of order.
    if (new Set(entries.map((e) => e.entry.id)).size !== entries.length) return;
    const seed = `seeds/${source}`;
    // The pages of an issue (`list`, its briefing file) are practices, even when only one of them is left in the list.
    const issue = list !== undefined || entries.length > 1;
    // An issue's practices listed in another order than the source prints them: said once, of the list (`list`, the
    // briefing's file), rather than as paragraphs out of place in the practices' bodies.
    let listOrder = false;
    if (list && entries.length > 1) {
      const text = index.text();
      const at = entries.map((e) => (e.title ? text.indexOf(normalizeSource(e.title)) : -1));
      if (at.every((a) => a >= 0) && new Set(at).size === at.length && at.some((a, i) => i > 0 && a < at[i - 1]!)) {
        const printed = entries.map((e, i) => ({ id: e.entry.id, at: at[i]! })).sort((a, b) => a.at - b.at).map((e) => e.id);
        problems.push({ file: list, field: 'practices', message: `案例的顺序与原文 ${seed} 不同：原文中依次是 ${printed.join('、')}。practices 应按原文印的顺序排列` });
        listOrder = true;
      }
    }
    const byId = new Map(entries.map((e) => [e.entry.id, e.entry]));
    const pages = entries.map(({ entry, title }) => ({ id: entry.id, title, paragraphs: reduced(entry) }));
    const lineIn = (id: string, line: number) => line + (byId.get(id)!.bodyLine ?? 1) - 1;
    for (const c of coverage(pages, index.text(entries.flatMap((e) => e.corrections)), whole)) {
      const file = byId.get(c.page)!.file;
      if (c.kind === 'title') {
        // A title that differs from the printed one only in full-width or half-width characters, or quotation marks.
        const title = entries.find((e) => e.entry.id === c.page)?.title;
        const comparableTitle = title === undefined ? '' : normalizeSource(title);
        const text = index.text();
        const at = comparableTitle ? findLoose(text, comparableTitle) : -1;
        const variants = at >= 0 ? describeVariants(comparableTitle, text.slice(at, at + comparableTitle.length), '标题', '原文') : [];
        problems.push({
          file,
          field: 'title',
          message: variants.length
            ? `标题与原文 ${seed} 不符：${variants.join('；')}。标题应照原文（可以去掉断行和多余空格）`
            : c.printed
              ? `标题与原文 ${seed} 不符：原文在本案例正文前印的是“${c.printed}”。标题应照原文（可以去掉断行和多余空格）`
              : `标题在原文 ${seed} 中本案例正文之前找不到：标题应照原文（可以去掉断行和多余空格）`,
        });
      } else if (c.kind === 'order') {
        // A running head left in a practice is reported as one (src/check/body-structure.ts), not as a paragraph out of place.
        if (listOrder || (list && SERIES.test(withoutWhitespace(c.text)))) continue;
        // Nor a paragraph pasted again in its page: reported as pasted twice (src/check/body-structure.ts).
        const own = pages.find((pg) => pg.id === c.page)?.paragraphs ?? [];
        const at = own.findIndex((x) => x.line === c.line);
        if (at > 0 && own[at]!.reduced.length >= PASTED_MIN_CHARS && own.slice(0, at).some((x) => x.reduced === own[at]!.reduced)) continue;
        problems.push({
          file,
          field: 'body',
          message: `第 ${lineIn(c.page, c.line)} 行：这一段（“${cutText(c.text, 20)}”）在原文 ${seed} 中位于它前面的段落之前${c.more ? `（本${issue ? '案例' : '方案'}还有 ${c.more} 段也是这样）` : ''}：段落的顺序${issue ? '、简报 practices 列表中案例的顺序' : ''}应与原文一致。是否把段落放错了位置${issue ? '或放进了别的案例' : ''}？`,
        });
      } else if (c.kind === 'misplaced') {
        // Pages are in printed order here (a list out of order is said above and ends the check).
        const ids = entries.map((e) => e.entry.id);
        const home = entries.find((e) => e.entry.id === c.belongs);
        const end = ids.indexOf(c.belongs) < ids.indexOf(c.page) ? '末尾' : '开头';
        problems.push({
          file,
          field: 'body',
          message: `第 ${lineIn(c.page, c.line)} 行：这一段（“${cutText(c.text, 20)}”）在原文 ${seed} 中印在${home?.title ? `“${cutText(home.title, 24)}”` : `案例 ${c.belongs} 的标题`}之下，是案例 ${c.belongs} 的正文，不是本案例的${c.more ? `（本案例还有 ${c.more} 段也是这样）` : ''}：请把它移回 ${c.belongs} 的正文${end}`,
        });
      } else if (c.kind === 'lead') {
        problems.push({
          file,
          field: 'body',
          message: `第 ${lineIn(c.page, c.line)} 行这一段之前，原文 ${seed} ${entries[0]?.title === undefined ? '从开头到这里' : '在标题之后'}还有“${cutText(c.text, 40)}”（${c.text.length} 字），不在${issue ? '任何案例' : '方案'}的正文中：正文须完整收录原文，不能删减`,
        });
      } else {
        problems.push({
          file,
          field: 'body',
          message: `第 ${lineIn(c.page, c.line)} 行这一段（“…${c.after.slice(-12)}”）之后，原文 ${seed} 还有“${cutText(c.text, 40)}”（${c.text.length} 字），不在${issue ? '任何案例' : '方案'}的正文中：正文须完整收录原文，不能删减${issue ? '；若这是下一个案例的开头，请放进下一个案例' : ''}`,
        });
      }
    }
  };
  return { series, checkFidelity, checkCoverage };
}
