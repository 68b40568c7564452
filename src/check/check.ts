/** Runs the content check on a content folder from disk: used by `npm run check` and by the build integration. */
import { readFileSync } from 'node:fs';
import { isDraft } from './context.ts';
import { fieldLine, fieldOrdinals } from './field-line.ts';
import { loadCorpus } from './load-corpus.ts';
import { formatProblem, type Problem, type RenderedFragment } from './types.ts';
import { validateCorpus } from './validate.ts';

/**
 * Every problem of the content in `contentDir`. Links to a #fragment that only the rendered page can confirm are
 * added to `rendered`, when given, for the build to check once the pages exist.
 */
export function checkContent(contentDir: string, seedsDir = 'seeds', cacheFile?: string, rendered?: RenderedFragment[], drafts?: string[]): Problem[] {
  const { corpus, problems, save } = loadCorpus(contentDir, seedsDir, cacheFile);
  const found = [...problems, ...validateCorpus(corpus, rendered)];
  // Drafts pass the check but are not published: said, so that an issue left in draft is not taken for published.
  drafts?.push(...[...corpus.practices, ...corpus.plans].filter(isDraft).map((e) => e.file));
  save();
  return found;
}

/** The line that says which files are drafts (checked, not published), or '' when there are none. */
export function draftsNote(drafts: readonly string[]): string {
  if (!drafts.length) return '';
  return `${drafts.length} 个草稿（draft: true）不会发布：${drafts.slice(0, 8).join('、')}${drafts.length > 8 ? ' …' : ''}。核对完后删去它们的 draft 行`;
}

function readIfAny(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The report printed for a failed check: one line per problem, then the count. A field of the frontmatter or of a
 * YAML file is located: `content/practices/x.md:14: metrics[2].unit（metrics 第 3 项）: …`, the line where an editor
 * (or a terminal that opens `file:line`) finds it, and each list index also counted from 1, as the page's #m-3 is.
 */
export function report(problems: readonly Problem[], read: (file: string) => string | undefined = readIfAny): string {
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, read(file));
    return texts.get(file);
  };
  const lines = problems.map((p) => {
    const text = p.line === undefined && p.field && p.field !== 'body' ? textOf(p.file) : undefined;
    const line = p.line ?? (text === undefined ? undefined : fieldLine(text, p.field));
    const ordinals = fieldOrdinals(p.field);
    return formatProblem({ file: line ? `${p.file}:${line}` : p.file, field: ordinals ? `${p.field}（${ordinals}）` : p.field, message: p.message });
  });
  return [...lines, `内容检查：发现 ${problems.length} 个问题。`].join('\n');
}
