import { isDraft, isPlanFile, type CheckContext } from '../context.ts';
import type { RawEntry } from '../types.ts';

// What the ingest leaves for the editor (comments `# 待核对：…`, the draft header, the `·` of an extracted label)
// is fine in a draft and must be gone once the page is published (src/lib/ingest-leftovers.ts).
export function checkLeftovers(ctx: CheckContext): void {
  const { corpus, problems, unpublished } = ctx;
  const leftovers = (e: RawEntry, status: string) => {
    for (const c of e.comments ?? []) {
      const shown = c.text.length > 40 ? `${c.text.slice(0, 40)}…` : c.text;
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
