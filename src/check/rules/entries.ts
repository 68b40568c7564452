import { idSchema } from '../../schemas/taxonomy.ts';
import { splitTitleMark } from '../../lib/titles.ts';
import { withoutWhitespace } from '../../lib/whitespace.ts';
import type { CheckContext } from '../context.ts';
import { checkDuplicates, idFromFileName } from '../refs.ts';
import { renamedPractices } from './briefings.ts';
import { edgeSpaces } from '../text.ts';

/** Every entry is one: its id (the file name) is unique and usable in a URL, and its title is unique and trimmed. */
export function checkEntries(ctx: CheckContext): void {
  const { corpus, problems, practices, plans, briefings, reduced } = ctx;
  for (const [list, what] of [
    [corpus.regions, '地区'],
    [corpus.groups, '群体'],
    [corpus.measures, '举措类型'],
    [corpus.indicators, '指标'],
    [corpus.synonyms, '同义词'],
    [corpus.briefings, '简报'],
    [corpus.practices, '案例'],
    [corpus.plans, '方案'],
  ] as const) {
    checkDuplicates(list, what, problems);
  }

  // Two pages with one title cannot be told apart in lists and search results; usually the same practice was
  // ingested twice under two ids.
  for (const [list, what] of [
    [practices, '案例'],
    [plans, '方案'],
  ] as const) {
    const byTitle = new Map<string, string>();
    for (const { entry, data } of list) {
      const key = withoutWhitespace(data.title);
      const first = byTitle.get(key);
      if (first) problems.push({ file: entry.file, field: 'title', message: `标题“${data.title}”与 ${first} 的标题相同：每个${what}的标题应不同（是否把同一个${what}导入了两次？）` });
      else byTitle.set(key, entry.file);
    }
  }

  // Two pages with one text are one practice ingested twice (its title retouched, or from a copy of its issue's raw
  // text): readers would find it twice, its figures counted twice on /metrics/.
  for (const [list, what] of [
    [practices, '案例'],
    [plans, '方案'],
  ] as const) {
    const byBody = new Map<string, string>();
    for (const { entry } of list) {
      // The body as the comparison with the source reads it (reduced once for both).
      const key = reduced(entry).map((p) => p.reduced).join('\n');
      if (key.length < 50) continue;
      const first = byBody.get(key);
      if (first) problems.push({ file: entry.file, field: 'body', message: `正文与 ${first} 的正文相同：同一个${what}不要建两页。若是同一个${what}被导入了两次，删去其中一个文件（并从简报的 practices 列表中去掉它的 id）` });
      else byBody.set(key, entry.file);
    }
  }

  // A title is shown, listed, sorted and searched as written: a space before or after it (a full-width one typed
  // with a Chinese input method is not seen in the editor) shifts it in lists and makes two equal titles differ.
  const titled: { file: string; field: string; title: string }[] = [
    ...practices.map((p) => ({ file: p.entry.file, field: 'title', title: p.data.title })),
    ...plans.flatMap((pl) => [
      { file: pl.entry.file, field: 'title', title: pl.data.title },
      ...pl.data.groups.flatMap((g, i) => [
        { file: pl.entry.file, field: `groups[${i}].heading`, title: g.heading },
        ...g.measures.map((m, j) => ({ file: pl.entry.file, field: `groups[${i}].measures[${j}].title`, title: m.title })),
      ]),
    ]),
  ];
  for (const t of titled) {
    const ends = edgeSpaces(t.title);
    if (ends) problems.push({ file: t.file, field: t.field, message: `标题首尾有空格（含全角空格）：“${t.title}”${ends}。请删去这些空格` });
  }
  // An issue's masthead and distribution lines go into its page, its citation and its structured data as written.
  const ISSUE_TEXT = ['series', 'subseries', 'issuer', 'reportTo', 'sendTo', 'copyTo', 'distributeTo', 'editorNote'] as const;
  for (const b of briefings) {
    for (const field of ISSUE_TEXT) {
      const value = b.data[field];
      // (A block scalar, editorNote: |, ends with a line break of its own.)
      const ends = typeof value === 'string' ? edgeSpaces(value.replace(/\n+$/, '')) : '';
      if (ends) problems.push({ file: b.entry.file, field, message: `首尾有空格（含全角空格）：“${value}”${ends}。请删去这些空格（页面、引用格式里会照样显示）` });
    }
  }
  // A footnote mark printed after a practice's title (标题①, 标题[1]) is no word of it: lists and citations would show it.
  for (const p of practices) {
    const { mark } = splitTitleMark(p.data.title.trim());
    if (mark) problems.push({ file: p.entry.file, field: 'title', message: `标题末尾的“${mark}”是脚注标记，不是标题的字：从标题中删去它（脚注的文字留在正文中）` });
  }

  // File names are the ids in URLs and references: ASCII, lowercase, hyphens. A practice renamed to a name that is no
  // id (温岭就业.md) while its issue still lists the old id is to take that id back.
  const listedAs = new Map([...renamedPractices(ctx)].flatMap(([issue, pairs]) => [...pairs].map(([listed, id]) => [id, { listed, issue }] as const)));
  for (const e of [...corpus.briefings, ...corpus.practices, ...corpus.plans]) {
    if (!idSchema.safeParse(e.id).success) {
      const back = corpus.practices.includes(e) ? listedAs.get(e.id) : undefined;
      const id = back?.listed ?? idFromFileName(e.id);
      const rename = id ? `：改名为 ${id}${e.file.slice(e.file.lastIndexOf('.'))}${back ? `（简报 ${back.issue} 的 practices 列的是 ${back.listed}）` : ''}` : '';
      problems.push({ file: e.file, field: 'id（文件名）', message: `文件名“${e.id}”不能作为 id：只能用小写字母、数字和连字符，例如 yuhuan-three-drives${rename}` });
    }
  }
}
