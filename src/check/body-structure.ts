/** What a body's Markdown may not hold: extraction artifacts, a broken structure, headings numbered at two levels. */
import { SERIES } from '../lib/masthead-lines.ts';
import { isTableCaption } from '../lib/titles.ts';
import { withoutWhitespace } from '../lib/whitespace.ts';
import { paragraphsWithLines } from '../lib/fidelity.ts';
import { pastedKey } from './text.ts';
import { cutText } from '../lib/format.ts';

/** A page number in a style the sources print: — 5 —, 第 5 页, 第 1 页 共 3 页, 1/3, Page 3. */
const PAGE_NUMBER = /^[\s\u3000]*(?:[—–\-－]\s*\d+\s*[—–\-－]|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|[Pp]age\s*\d+)[\s\u3000]*$/;

/** The parts of an issue that are no practice's text: its distribution lines, its editor's note, its colophon. */
const ISSUE_FIELDS: Record<string, string> = { 报: 'reportTo', 送: 'sendTo', 抄送: 'copyTo', 发: 'distributeTo', 编者按: 'editorNote' };

/** A line of running text: not blank, and not a heading, table, list item, quotation, footnote, code fence or tag. */
const isTextLine = (s: string | undefined): s is string => s !== undefined && s.trim() !== '' && !/^\s*(#|\||[-*+]\s|\d+[.)]\s|>|\[\^|import |export |<|```|~~~)/.test(s);

/**
 * Extraction artifacts left in a body: page-number lines and paragraphs broken across lines. `firstLine` is the
 * file's line on which the body begins, so the lines named are the file's own.
 */
export function bodyArtifacts(body: string, firstLine = 1): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = [];
  const lines = body.split('\n');
  const n = (i: number) => i + firstLine;
  lines.forEach((line, i) => {
    if (PAGE_NUMBER.test(line)) out.push({ line: n(i), message: `第 ${n(i)} 行是页码（${line.trim()}），应删除` });
  });
  // A Markdown table's lines (without outer pipes they read as text): told how to write a table, not to join them.
  const inTable = new Set<number>();
  lines.forEach((_, i) => {
    const rows = pipeTableAt(lines, i);
    for (let j = 0; rows && j <= rows.length; j++) inTable.add(i + j);
  });
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (isTextLine(a) && isTextLine(b) && !inTable.has(i) && !inTable.has(i + 1) && !/[。！？：；”）)」』]$/.test(a.trim())) {
      out.push({ line: n(i), message: `第 ${n(i)} 行在句中断行（“…${a.trim().slice(-12)}”），段落内的行应合并` });
    }
  }
  return out;
}

/** A bullet-list item's marker at a line's start (`- `, `* `, `+ `): its mark and the space after it. */
export const BULLET_MARKER = /^ {0,3}([-*+])([ \t]+)/;

/** An ordered-list item's marker at a line's start (`2. `, `1) `): its number and its mark. */
export const ORDERED_MARKER = /^ {0,3}(\d{1,9})([.)])[ \t]+/;

/** How Markdown reads the start of a body line that the check tells about (bodyStructure). */
export interface LineStart {
  /** Indented four spaces or a Tab outside a list (shown as code), a bullet (`- `), a numbered item (`2. `, `1) `). */
  kind: 'code' | 'bullet' | 'ordered';
  /** The line's start that makes it so: the indent, or the marker and the space or Tab after it. */
  prefix: string;
  /** The marker (`-`, `2.`, `1)`); empty for code. */
  mark: string;
  /** The spaces or Tabs after the marker; the indent for code. */
  space: string;
}

/**
 * The body lines (0-based) whose start bodyStructure reports, and how Markdown reads that start: outside a fenced
 * block, in Markdown (`markdown`; MDX has no indented code) a line indented four spaces or a Tab after a blank line
 * outside a list is code; a line opening with -, * or + and a space is a bullet (in a practice or a plan); a line opening with
 * `2. ` or `1) ` is a numbered item where a list may begin (after a blank line, in a list, or at 1). Shared with
 * checkInvisible, so that a Tab a structure message names is not reported again as an invisible character.
 */
export function lineStarts(lines: readonly string[], markdown: boolean): Map<number, LineStart> {
  const starts = new Map<number, LineStart>();
  let fenced = false;
  // Whether the lines are inside a list or a footnote, where indented lines continue the item (not code).
  let inItem = false;
  lines.forEach((line, i) => {
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || !markdown || line.trim() === '') return;
    const indent = /^[ \t]*/.exec(line)![0];
    const code = indent.includes('\t') || indent.length >= 4;
    const afterBlank = i === 0 || lines[i - 1]!.trim() === '';
    if (code && afterBlank && !inItem) {
      starts.set(i, { kind: 'code', prefix: indent, mark: '', space: indent });
    } else if (!code) {
      // A line opening with -, * or + and a space is a bullet list on the page, and the mark a source prints there
      // (* 本文由…提供, a footnote's star) is not shown. Plans too: their sources list with ——, 1. and 一是, never a
      // bullet, so a mark in a plan is typed or pasted and its page would show a list item.
      const bullet = BULLET_MARKER.exec(line);
      if (bullet) starts.set(i, { kind: 'bullet', prefix: bullet[0], mark: bullet[1]!, space: bullet[2]! });
      // `2. ` (or `2) `) opening a line is an ordered list, numbered by the page from its first item: the number
      // written is not shown as text, so it is no number the source prints. A list may interrupt a paragraph
      // only at 1.
      const numbered = ORDERED_MARKER.exec(line);
      if (numbered && (afterBlank || inItem || numbered[1] === '1')) {
        starts.set(i, { kind: 'ordered', prefix: numbered[0], mark: `${numbered[1]}${numbered[2]}`, space: numbered[0].slice(numbered[0].trimEnd().length) });
      }
      if (/^\s*([-*+]|\d+[.)])\s|^\s*\[\^[^\]]+\]:/.test(line)) inItem = true;
      else if (afterBlank) inItem = false;
    }
  });
  return starts;
}

/**
 * Markdown structure a page cannot have: a second title (`# ` in the body; the page's h1 is its title), a footnote
 * mark with no footnote (it shows as “[^1]”), and, in a practice, a paragraph that stops mid-sentence — a heading
 * written without ##, or a sentence cut in two by a blank line. (Plans keep their signature and 责任单位 lines,
 * which end without punctuation.) A fenced block, or in Markdown (`markdown`; MDX has no indented code) a line
 * indented four spaces or a tab outside a list, is shown as code: the sources have none. `printedBefore(rest)` is
 * what the source prints before a numbered line's text (`2.`, `2）`, '' for no number; undefined when it cannot
 * tell), so the advice is what passes the fidelity check.
 */
export function bodyStructure(
  body: string,
  firstLine = 1,
  kind: 'practices' | 'plans' = 'practices',
  markdown = true,
  printedBefore: (rest: string) => string | undefined = () => undefined,
): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = [];
  const lines = body.split('\n');
  const n = (i: number) => i + firstLine;
  const defined = new Set([...body.matchAll(/^\s*\[\^([^\]]+)\]:/gm)].map((m) => m[1]));
  const referenced = new Set([...body.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((m) => m[1]));
  let fenced = false;
  const starts = lineStarts(lines, markdown);
  lines.forEach((line, i) => {
    const fence = /^ {0,3}(```|~~~)/.exec(line);
    if (fence && !fenced) {
      out.push({ line: n(i), message: `第 ${n(i)} 行的 ${fence[1]} 会把后面的文字显示成代码块（等宽字体的灰框，不分段）：正文来自原文，不会有代码。删除 ${fence[1]} 这一行（和它后面配对的那一行）` });
    }
    if (fence) fenced = !fenced;
    if (fenced) return;
    const start = starts.get(i);
    if (start?.kind === 'code') {
      out.push({
        line: n(i),
        message: `第 ${n(i)} 行：这一行缩进了（行首有${start.prefix.includes('\t') ? ' Tab' : ` ${start.prefix.length} 个空格`}），会显示成代码块；删除行首空格（“${line.trim().slice(0, 16)}…”）`,
      });
    }
    // A Tab after the marker is named in the marker's message (the fix drops or replaces it), not again as an
    // invisible character (checkInvisible reads the same starts).
    const opens = (mark: string, space: string) => (space.includes('\t') ? `以“${mark}”和一个 Tab 开头` : `以“${mark} ”开头`);
    const tab = (space: string) => (space.includes('\t') ? `；“${start!.mark}”后的 Tab 是看不见的字符，照原文写时换成空格或删去` : '');
    if (start?.kind === 'bullet') {
      const mark = start.mark;
      out.push({
        line: n(i),
        message: `第 ${n(i)} 行${opens(mark, start.space)}，页面会把它显示成列表的圆点，行首的“${mark}”不显示：原文印着这个符号时写成“\\${mark}”（加反斜杠），是多余的就删去它（“${cutText(line.trim(), 16)}”）${tab(start.space)}`,
      });
    }
    if (start?.kind === 'ordered') {
      const [marker, num] = [start.mark, start.mark.slice(0, -1)];
      const rest = line.slice(start.prefix.length);
      const typed = `“${marker}${start.space.includes('\t') ? '”和 Tab' : ' ”'}（“${cutText(line.trim(), 16)}”）`;
      const printed = printedBefore(rest);
      const escaped = (p: string) => p.replace(/([.)])$/, '\\$1');
      out.push({
        line: n(i),
        message: `第 ${n(i)} 行${opens(marker, start.space)}，页面会把它显示成有序列表：编号由页面生成（从列表第一项起依次加一，不一定是写的数），不是原文的字：${
          printed === undefined
            ? `原文印着“${num}.”时写成“${num}\\.”，印着“${num})”时写成“${num}\\)”，印着全角的“${num}）”“${num}．”时照原文写（全角的符号不会变成列表），是多余的就删去${typed}${tab(start.space)}`
            : printed === ''
              ? `原文在这里没有编号，是多余的就删去${typed}`
              : /[.)]$/.test(printed)
                ? `原文印着“${printed}”：写成“${escaped(printed)}”（加反斜杠，如 ${escaped(printed)} ${cutText(rest, 4)}）${tab(start.space)}`
                : `原文印着“${printed}”：照原文写成“${printed}”（全角的符号不会变成列表，如 ${printed}${cutText(rest, 4)}）${tab(start.space)}`
        }`,
      });
    }
    // The PDFs indent each paragraph's first line with full-width spaces; the ingest writes none (it trims every
    // line), and Markdown keeps them, so a paragraph pasted with them shows indented, unlike every other.
    const indent = /^ {0,3}(\u3000+)/.exec(line)?.[1];
    if (indent) {
      out.push({
        line: n(i),
        message: `第 ${n(i)} 行以 ${indent.length} 个全角空格“${indent}”开头（原文的首行缩进）：页面上这一段会缩进，与其他段落不一样（段落之间只用空行分开）；删去行首的全角空格，写成“${cutText(line.trim(), 16)}”（导入就是这样写的）`,
      });
    }
    // `##二、…` (no space after the marks, or a full-width one) is no heading: the page shows the # marks as text.
    const marks = /^ {0,3}(#{1,6})(?![ \t#]|$)/.exec(line);
    if (marks) {
      const wide = line.charAt(marks[0].length) === '\u3000';
      const text = line.slice(marks[0].length).replace(/^\u3000+/, '');
      out.push({
        line: n(i),
        message: `第 ${n(i)} 行：# 号后要有一个空格${wide ? '（半角空格，这里是全角空格“　”）' : ''}：“${cutText(line.trim(), 30)}”不会成为标题，页面上会显示 # 号。写成“${marks[1]} ${cutText(text, 30)}”`,
      });
    }
    if (/^#\s/.test(line)) out.push({ line: n(i), message: `第 ${n(i)} 行是一级标题（# ${line.slice(2, 14).trim()}…）：页面的一级标题是 title，正文里的小标题用 ## 或 ###` });
    for (const m of line.matchAll(/\[\^([^\]]+)\](?!:)/g)) {
      if (!defined.has(m[1]!)) out.push({ line: n(i), message: `第 ${n(i)} 行的注释标记 [^${m[1]}] 没有对应的注释（[^${m[1]}]: …）：页面上会原样显示“[^${m[1]}]”。补上注释，或删去标记` });
    }
    // A note no mark refers to is dropped from the page (GFM shows only the notes referred to): its text would be lost.
    const note = /^\s*\[\^([^\]]+)\]:\s*(.*)$/.exec(line);
    if (note && !referenced.has(note[1]!)) {
      out.push({
        line: n(i),
        message: `第 ${n(i)} 行的注释 [^${note[1]}]:（“${cutText(note[2]!, 16)}”）在正文中没有对应的标记 [^${note[1]}]：页面上不会显示这条注释，它的文字会丢失。在原文印注释标记的地方加上 [^${note[1]}]；原文的注释标记在标题上（标题①）时，把这条注释写成普通的一段（去掉“[^${note[1]}]:”，照原文写“① …”）`,
      });
    }
  });
  out.push(...headingProblems(lines, n), ...markdownConstructs(lines, n));
  // A link typed with a Chinese input method: （…） is not Markdown's (…), and ／ is no path's slash.
  lines.forEach((line, i) => {
    const wide = /\[[^\]\n]+\]（[^）\n]*）/.exec(line);
    if (wide && /（[\s\u3000]*(?:[\/／]|https?[:：])/.test(wide[0])) {
      out.push({ line: n(i), message: `第 ${n(i)} 行的链接“${cutText(wide[0], 40)}”用了中文括号（）：链接地址要写在半角括号里，写成 [文字](/practices/…/)，否则页面上显示的是方括号和地址` });
    }
    if (/\]\([^)\n]*／/.test(line)) {
      out.push({ line: n(i), message: `第 ${n(i)} 行的链接地址中有全角斜杠“／”：地址中的斜杠要用半角“/”` });
    }
  });
  // The same paragraph twice (pasted again): the page would show it twice, and the check of the order would point
  // elsewhere.
  const paragraphs = paragraphsWithLines(body);
  const seenParagraph = new Map<string, number>();
  for (const p of paragraphs) {
    // (A heading may recur: the synthetic corpus of the bench repeats them, and a real text's repeat is plain to see.)
    const key = pastedKey(p.text);
    if (key === undefined) continue;
    const first = seenParagraph.get(key);
    if (first === undefined) seenParagraph.set(key, p.line);
    else out.push({ line: n(p.line - 1), message: `第 ${n(p.line - 1)} 行这一段与第 ${n(first - 1)} 行的一段相同（“${cutText(p.text.trim(), 20)}”）：是否粘贴了两次？删去重复的一段` });
  }
  if (kind === 'practices') {
    for (const p of paragraphs) {
      const text = p.text.trim();
      // In .mdx, a paragraph that is one {…} is reported as MDX (src/check/mdx-check.ts), not as a sentence; a table of
      // the source, its rows kept apart by <br> (as the ingest writes it), ends where its last row does.
      if (text.includes('<br>') || /^(#|\||[-*+]\s|\d+\.\s|>|\[\^|<|```|~~~|!\[|\[[^\]\n]+\]:)/.test(text) || PAGE_NUMBER.test(text) || (!markdown && /^\{[^]*\}$/.test(text))) continue;
      // Copied from the end or the top of the issue with the practice's last paragraph: the page would show it.
      const label = /^(报|送|抄送|发|编者按)[ \u3000]*[：:]/.exec(text)?.[1];
      if (label) {
        out.push({ line: n(p.line - 1), message: `第 ${n(p.line - 1)} 行是简报的“${label}：”${label === '编者按' ? '' : '行'}，不是案例的正文：从正文中删去这一段（它写在简报文件的 ${ISSUE_FIELDS[label]} 中）` });
        continue;
      }
      if (/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发\s*$/.test(text)) {
        out.push({ line: n(p.line - 1), message: `第 ${n(p.line - 1)} 行是简报末尾的印发行（“${cutText(text, 30)}”），不是案例的正文：从正文中删去这一段` });
        continue;
      }
      // A series title between two paragraphs is the running head printed atop each page, left in.
      if (SERIES.test(withoutWhitespace(text))) {
        out.push({ line: n(p.line - 1), message: `第 ${n(p.line - 1)} 行“${text}”是原文每页顶部重复的刊名（页眉），不是正文：删去这一行（前后两段若是同一段被分页断开，把它们接起来）` });
        continue;
      }
      // Cells set apart by ideographic spaces, most of them figures: a table's rows, their <br> lost.
      const cells = tableCells(text);
      if (cells.length >= 4 && cells.filter((c) => /^[\d.,%万亿]+$/.test(c)).length >= 2) {
        out.push({ line: n(p.line - 1), message: `第 ${n(p.line - 1)} 行像是原文的表格（“${cutText(text, 24)}”），行与行之间少了 <br>：表格写在一段里，表头和每一行之间用 <br> 分开，单元格之间用一个全角空格“　”（导入就是这样写的）；表头和各行都不能删` });
        continue;
      }
      // A number alone between two paragraphs is a page's number the extraction printed bare (3, 12).
      if (/^\d{1,3}$/.test(text)) {
        out.push({ line: n(p.line - 1), message: `第 ${n(p.line - 1)} 行只有一个数字“${text}”：多半是原文的页码，不是正文：删去这一行（前后两段若是同一段被分页断开，把它们接起来）` });
        continue;
      }
      if (!/[。！？；：”’）)」』\]]$/.test(text)) {
        out.push({ line: n(p.line - 1), message: `第 ${n(p.line - 1)} 行这一段没有以句号等标点结束（“…${text.slice(-12)}”）：是小标题就写成“## ${text.length <= 30 ? text : '…'}”；是被空行断开的句子，就与下一段接起来` });
      }
    }
  }
  return out;
}

/** The numbering styles of headings, with how an editor recognises each. */
const HEADING_STYLES: [RegExp, string][] = [
  [/^[一二三四五六七八九十]{1,3}、/, '一、二、'],
  [/^[（(][一二三四五六七八九十]{1,3}[)）]/, '（一）（二）'],
  [/^\d{1,2}[.．、](?!\d)/, '1. 2.'],
];

/**
 * Headings of one body (its `lines`, outside code fences; `n` turns an index into the file's line): headings numbered
 * alike (一、 二、 / （一）（二） / 1. 2.) are of one level, the level most of them have; and a heading of more than
 * 40 characters, or ending with 。, is a paragraph made a heading by mistake.
 */
export function headingProblems(lines: readonly string[], n: (i: number) => number): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = [];
  const styled = new Map<string, { i: number; level: number; text: string }[]>();
  let fenced = false;
  lines.forEach((line, i) => {
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced;
    const h = fenced ? null : /^ {0,3}(#{2,6})[ \t]+(.*?)[ \t#]*$/.exec(line);
    if (!h) return;
    const level = h[1]!.length;
    const text = h[2]!;
    const style = HEADING_STYLES.find(([re]) => re.test(text))?.[1];
    if (style) styled.set(style, [...(styled.get(style) ?? []), { i, level, text }]);
    const length = [...text].length;
    if (looksLikeParagraph(text)) {
      out.push({
        line: n(i),
        message: `第 ${n(i)} 行：标题“${cutText(text, 20)}”${length > 40 ? `有 ${length} 个字` : '以句号“。”结尾'}，像是一段正文被写成了标题：是正文就删去行首的 ${h[1]} 和空格；是标题就照原文核对`,
      });
    }
  });
  for (const [style, list] of styled) {
    const count = new Map<number, number>();
    for (const h of list) count.set(h.level, (count.get(h.level) ?? 0) + 1);
    // The level most of them have; on a tie, the first heading's.
    const usual = [...count].sort((a, b) => b[1] - a[1] || (a[0] === list[0]!.level ? -1 : b[0] === list[0]!.level ? 1 : 0))[0]![0];
    const marks = '#'.repeat(usual);
    for (const h of list) {
      if (h.level === usual) continue;
      out.push({
        line: n(h.i),
        message: `第 ${n(h.i)} 行：标题“${'#'.repeat(h.level)} ${cutText(h.text, 20)}”与同一正文中其他“${style}”式的标题级别不同（它们是 ${marks}）：同一种编号的标题应同级，写成“${marks} ${cutText(h.text, 20)}”`,
      });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** A heading's text that reads as a paragraph: more than 40 characters, or ending with 。. */
const looksLikeParagraph = (text: string) => [...text].length > 40 || /。$/.test(text);

/** The cells of a table row as the ingest writes one: set apart by an ideographic space (or a run of spaces). */
export const tableCells = (row: string): string[] => row.trim().split(/\u3000+|[ ]{2,}/).filter(Boolean);

/** A table row: two or more cells. */
const isTableRow = (row: string) => tableCells(row).length >= 2;

/**
 * The first `<br>` of `line` that breaks a sentence rather than a table, with a few characters either side (…三门、<br>景宁…);
 * undefined for none. A `<br>` keeps a table's rows apart (src/ingest/markdown.ts): the row after it has cells, and so
 * has the row before it unless that is the table's caption (the line's first row: a title such as 表1 …, not a
 * sentence joined to the table). The fidelity check cannot see a
 * `<br>` (it compares characters only), so one typed inside a sentence would break the page's line unnoticed.
 */
export function misplacedBreak(line: string): string | undefined {
  const BR = /<br\s*\/?>/gi;
  if (!BR.test(line)) return undefined;
  const rows = line.split(BR);
  const marks = line.match(BR)!;
  for (let k = 0; k + 1 < rows.length; k++) {
    if (isTableRow(rows[k + 1]!) && (isTableRow(rows[k]!) || (k === 0 && isTableCaption(rows[0]!)))) continue;
    return `…${rows[k]!.slice(-6)}${marks[k]}${rows[k + 1]!.slice(0, 4)}…`;
  }
  return undefined;
}

/**
 * Markdown the sources never need, which changes the page while the text stays the same (so the fidelity check
 * cannot see it): an image, a rule or a line under a paragraph that makes it a heading, a quotation block, a
 * reference-style link, ** or __ (bold), ~~ (struck through), a footnote label defined twice (only the first is shown), a heading
 * level skipped (## then ####), and two paragraphs with no blank line between them (shown as one).
 */
/** A Markdown (GFM) table's delimiter row, `| --- | :-: |`: with a pipe, so that no rule or setext underline is one. */
const TABLE_DELIMITER = /^ {0,3}(?=[^|\n]*\|)\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** The cells of a Markdown table row: split at its unescaped pipes, the outer ones dropped. */
const pipeCells = (row: string): string[] => {
  const cells = row.trim().split(/(?<!\\)\|/).map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  if (cells.at(-1) === '') cells.pop();
  return cells;
};

/**
 * The rows of the Markdown table whose header is `lines[i]` (a row with a pipe, above a delimiter row), as lists of
 * cells, without the delimiter; undefined when no table begins there. The page would show it as a table, which no
 * source prints: the ingest writes a source's table as one paragraph, its rows apart by <br> and its cells by 　.
 */
export function pipeTableAt(lines: readonly string[], i: number): string[][] | undefined {
  const header = lines[i];
  if (header === undefined || !header.includes('|') || !TABLE_DELIMITER.test(lines[i + 1] ?? '')) return undefined;
  if (TABLE_DELIMITER.test(header)) return undefined;
  const rows = [pipeCells(header)];
  for (let j = i + 2; j < lines.length && lines[j]!.trim() !== '' && lines[j]!.includes('|'); j++) rows.push(pipeCells(lines[j]!));
  return rows;
}

/** Whether a paragraph (its lines) is a Markdown table. */
export const isPipeTable = (paragraph: string): boolean => pipeTableAt(paragraph.trim().split('\n'), 0) !== undefined;

function markdownConstructs(lines: readonly string[], n: (i: number) => number): { line: number; message: string }[] {
  const out: { line: number; message: string }[] = [];
  const notes = new Map<string, number>();
  let fenced = false;
  let level = 1;
  lines.forEach((line, i) => {
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    const at = `第 ${n(i)} 行`;
    const report = (message: string) => out.push({ line: n(i), message: `${at}${message}` });
    const image = /!\[[^\]\n]*\]\([^)\n]*\)/.exec(line);
    if (image) report(`有图片（“${cutText(image[0], 40)}”）：正文只收录原文的文字，不能有图片（站外的图片还会让页面向别的网站发请求）。删去它`);
    if (/^ {0,3}([-_*=])(?:[ \t]*\1){2,}[ \t]*$/.test(line)) {
      report(
        isTextLine(lines[i - 1]) && /^ {0,3}[-=]+[ \t]*$/.test(line)
          ? `的“${line.trim()}”紧跟在一段文字下面，会把上一行变成标题（“${cutText(lines[i - 1]!.trim(), 16)}”）：原文没有这一行，删去它；是小标题就写成“## …”`
          : `的“${line.trim()}”会显示成一条分隔线：原文没有它，删去这一行`,
      );
    }
    if (/^ {0,3}>/.test(line)) report(`以“>”开头，页面会把这一段显示成引用块（缩进、加竖线）：原文没有引用块，删去行首的“>”`);
    const reference = /^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*(\S+)/.exec(line);
    if (reference) report(`“[${reference[1]}]: ${cutText(reference[2]!, 30)}”是引用式链接的定义，不支持：把链接写在文字后面，如 [文字](/practices/…/)，删去这一行`);
    else if (/(?<!\\)\[[^\]\n^]+\]\[[^\]\n]*\]/.test(line)) report(`的“${cutText(/\[[^\]\n^]+\]\[[^\]\n]*\]/.exec(line)![0], 30)}”是引用式链接，不支持：写成 [文字](/practices/…/)`);
    const table = pipeTableAt(lines, i);
    if (table) {
      const written = table.map((row) => row.join('\u3000')).join('<br>');
      report(
        `起是 Markdown 表格（“${cutText(line.trim(), 20)}”，下一行是“${cutText(lines[i + 1]!.trim(), 12)}”）：正文里的表格照导入的写法写成一段，表头和各行之间用 <br> 分开，单元格之间用一个全角空格“　”，不用 | 和 ---。写成“${cutText(written, 40)}”，各行照原文逐字写`,
      );
    }
    const lineBreak = misplacedBreak(line);
    if (lineBreak) report(`的“${lineBreak}”在句中换行：页面会在这里另起一行，原文没有。<br> 只用在表格的行与行之间（表头和各行的单元格用全角空格“　”分开，导入就是这样写的）；这里删去它`);
    // The sources print no emphasis: a raw text's ** (seeds/003's **退役军人事务局**) is carried over by the extraction,
    // and the ingest drops it (normalizeChars); the fidelity check ignores the marks, so only this rule sees bold.
    const bold = /(?<![\\*_])(\*\*|__)(?=\S)(.+?)(?<=\S)(?<!\\)\1/.exec(line);
    if (bold) report(`的“${cutText(bold[0], 30)}”会显示成加粗：原文没有加粗（原始提取文本里的 ** 是提取带来的标记，导入会去掉它），删去两边的 ${bold[1]}`);
    if (/(?<!\\)~~/.test(line)) report(`有“~~”：两个 ~~ 之间的文字会显示成删除线。原文印着“~~”时写成“\\~\\~”`);
    const note = /^\s*\[\^([^\]]+)\]:/.exec(line);
    if (note) {
      const first = notes.get(note[1]!);
      if (first !== undefined) report(`又一次定义了注释 [^${note[1]}]（第 ${n(first)} 行已定义）：页面只显示第一条，这一条的文字会丢失。给它另起一个标记（如 [^${note[1]}b]），并在正文相应的地方写上`);
      else notes.set(note[1]!, i);
    }
    const heading = /^ {0,3}(#{2,6})[ \t]/.exec(line);
    // A paragraph written as a heading is told to drop its marks (headingProblems), not to change its level.
    if (heading && !looksLikeParagraph(line.slice(heading[0].length).replace(/[ \t#]*$/, ''))) {
      const h = heading[1]!.length;
      if (h > level + 1) report(`的标题用了 ${heading[1]}，但它前面${level === 1 ? '没有 ## 标题' : `的标题是 ${'#'.repeat(level)}`}：标题不能跳级（页面的目录和读屏软件靠级别排列），写成 ${'#'.repeat(level + 1)}`);
      level = Math.min(h, level + 1);
    }
    if (isTextLine(line) && isTextLine(lines[i + 1]) && /[。！？；]$/.test(line.trim()) && !/<br\s*\/?>\s*$/i.test(line)) {
      report(`以“${line.trim().slice(-1)}”结束，下一行紧接着文字（“${cutText(lines[i + 1]!.trim(), 12)}”）：两行之间没有空行，页面会把它们合成一段。是两段就在中间空一行；是一段就把两行接起来`);
    }
  });
  return out;
}
