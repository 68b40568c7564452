/**
 * Rehype plugin: a table written in a body (a Markdown table, in a .md or an .mdx body) gets what the site's own
 * tables get from WideTable.astro: it scrolls sideways in its own box, never the page, on a phone; the box is a named
 * group, on the keyboard's path when nothing in the table is (a table with links is scrolled from its links:
 * src/lib/focusable.ts); a line at the box's top, shown only while the table is wider than the box, says that it scrolls (src/styles/global.css,
 * .table-scroll and .scroll-hint).
 *
 * The region is named by the table's caption when it has one; a Markdown table has none, so it is named by its column
 * headings (表格：地区、人数), numbered when a body has several tables (表格 2：…). Tables written as HTML (raw HTML
 * in a `.md` body, a JSX <table> in an `.mdx` one) are left as written.
 */
import { isFocusableElement } from '../lib/focusable.ts';

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  value?: string;
  children?: Node[];
}

/** The line at the top of a box; WideTable.astro writes the same. */
export const SCROLL_HINT = '表格较宽：左右滑动可看到全部列。';

function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function elements(node: Node, tagName: string): Node[] {
  const found: Node[] = [];
  const visit = (n: Node) => {
    for (const c of n.children ?? []) {
      if (c.type !== 'element') continue;
      if (c.tagName === tagName) found.push(c);
      else if (c.tagName !== 'table') visit(c);
    }
  };
  visit(node);
  return found;
}

/** Whether the table holds an element the keyboard reaches by itself (a link, a control). */
function hasFocusable(node: Node): boolean {
  return (node.children ?? []).some(
    (c) => c.type === 'element' && (isFocusableElement(c.tagName ?? '', c.properties ?? {}) || hasFocusable(c)),
  );
}

function classes(node: Node): string[] {
  const c = node.properties?.['className'];
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

/**
 * The name of a table's region: its caption, else its column headings (the first row's cells), else 表格; with its
 * number (`n`, from 1) when the body has several tables.
 */
function tableLabel(table: Node, n?: number): string {
  const kind = n === undefined ? '表格' : `表格 ${n}`;
  const caption = elements(table, 'caption')[0];
  const captionText = caption ? textOf(caption).replace(/\s+/g, ' ').trim() : '';
  if (captionText) return captionText;
  const firstRow = elements(table, 'tr')[0];
  const headings = firstRow
    ? (firstRow.children ?? []).filter((c) => c.type === 'element' && (c.tagName === 'th' || c.tagName === 'td')).map((c) => textOf(c).replace(/\s+/g, ' ').trim()).filter(Boolean)
    : [];
  return headings.length ? `${kind}：${headings.join('、')}` : kind;
}

export default function rehypeTableScroll(_options: { version?: string } = {}) {
  return (tree: Node) => {
    const found: { parent: Node; table: Node }[] = [];
    const visit = (node: Node) => {
      for (const child of node.children ?? []) {
        if (child.type !== 'element' && child.type !== 'mdxJsxFlowElement') continue;
        // A table already in a scroll box (raw HTML written that way) is left alone.
        if (child.type === 'element' && classes(child).includes('table-scroll')) continue;
        if (child.type === 'element' && child.tagName === 'table') found.push({ parent: node, table: child });
        else visit(child);
      }
    };
    visit(tree);
    found.forEach(({ parent, table }, i) => {
      const label = tableLabel(table, found.length > 1 ? i + 1 : undefined);
      const hint: Node = {
        type: 'element',
        tagName: 'p',
        properties: { className: ['scroll-hint'], ariaHidden: 'true', dataPagefindIgnore: '' },
        children: [{ type: 'text', value: SCROLL_HINT }],
      };
      const box: Node = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'group', ariaLabel: label, ...(hasFocusable(table) ? {} : { tabIndex: 0 }) },
        children: [hint, table],
      };
      const siblings = parent.children!;
      siblings.splice(siblings.indexOf(table), 1, box);
    });
  };
}
