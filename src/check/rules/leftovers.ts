import { isDraft, isPlanFile, type CheckContext } from '../context.ts';
import { cutText } from '../../lib/format.ts';
import type { RawEntry } from '../types.ts';
import { hasLabelPlaceholder } from '../../lib/ingest-leftovers.ts';
import type { MetricLike } from '../../lib/metrics.ts';
import type { UnverifiedField } from '../../schemas/metric.ts';

// What the ingest leaves for the editor (comments `# 待核对：…`, the draft header, a metric's `unverified` line, the `·` of an extracted label)
// is fine in a draft and must be gone once the page is published (src/lib/ingest-leftovers.ts).
export function checkLeftovers(ctx: CheckContext): void {
  const { corpus, problems, unpublished } = ctx;
  const leftovers = (e: RawEntry, status: string) => {
    for (const c of e.comments ?? []) {
      const shown = cutText(c.text, 40);
      problems.push({
        file: e.file,
        field: e.body === undefined ? '' : 'frontmatter',
        line: c.line,
        message: c.header
          ? `第 ${c.line} 行是导入草稿的说明注释（“${shown}”），但${status}，会被发布：先核对所有标有“待核对”的字段，再删除这一行`
          : `第 ${c.line} 行还有导入留下的“待核对”注释（“${shown}”），但${status}，会被发布：请核对这一行的内容，改好后删除这条注释`,
      });
    }
  };
  for (const e of [...corpus.practices, ...corpus.plans]) if (!e.unreadable && !isDraft(e)) leftovers(e, `本${isPlanFile(e.file) ? '方案' : '案例'}已不是草稿`);
  for (const b of corpus.briefings) if (!b.unreadable && !unpublished.briefings.has(b.id)) leftovers(b, '本期简报的案例已不是草稿');
}

/** What each field the ingest guesses asks the editor to verify (one text for every field `unverified` may name). */
const VERIFY: Record<UnverifiedField, string> = {
  label: 'label（导入截取的词，改写成读者看得懂的名称）',
  year: 'year（数字所指的年份：句子写了哪一年；没有写年份、或是累计数、几年合计的数，就不写 year）',
  kind: 'kind（result 已取得的成效 / target 要达到的目标 / baseline 变化的起点 / standard 规定的补贴、标准）',
  indicator: 'indicator（引文说的是不是这个可比指标）',
};

/**
 * What the ingest left on a metric of a page that is no longer a draft: fields it guessed that nobody has checked
 * (`unverified`), and a label still holding its `·` placeholder.
 */
export function checkIngestMarks(ctx: CheckContext, e: RawEntry, field: string, metrics: readonly (MetricLike & { unverified?: readonly UnverifiedField[] | undefined })[]): void {
  const { problems } = ctx;
  if (isDraft(e)) return;
  const what = isPlanFile(e.file) ? '方案' : '案例';
  metrics.forEach((m, i) => {
    if (m.unverified?.length) {
      problems.push({
        file: e.file,
        field: `${field}[${i}].unverified`,
        message: `这一项是导入自动提取的，${m.unverified.join('、')} 还没有核对，本${what}已不是草稿，会被发布：对照引文“${m.quote}”所在的句子核对 ${m.unverified.map((k) => VERIFY[k]).join('、')}，核对完删去 unverified 这一行`,
      });
    }
    if (!m.unverified?.includes('label') && hasLabelPlaceholder(m.label, e.body ?? '')) {
      problems.push({
        file: e.file,
        field: `${field}[${i}].label`,
        message: `label“${m.label}”中的“·”是导入留下的占位符（标出被取走的数字原来的位置），不是原文的字；本页已不是草稿，会被发布：请把 label 改写成读者看得懂的名称，并去掉“·”`,
      });
    }
  });
}
