/**
 * Text that differs only in how characters are written: full-width or half-width digits, letters and signs
 * (６０９ / 609), straight, curly or corner quotation marks (" / “” / 「」, ' / ‘’ / 『』). An editor cannot see the difference, so a quote
 * or a title “not found” for it is told which characters differ.
 */

/** `s` with full-width ASCII made half-width and every quotation mark straight; one character for one, so indices agree. */
function looseForm(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[“”„‟＂「」]/g, '"')
    .replace(/[‘’‛＇『』]/g, "'");
}

/** Where `needle` is in `haystack` once both are in {@link looseForm}, or -1. */
export function findLoose(haystack: string, needle: string): number {
  return looseForm(haystack).indexOf(looseForm(needle));
}

/** What kind of character `c` is, in an editor's words. */
function kindOf(c: string): string {
  if (/[０-９]/.test(c)) return '全角数字';
  if (/[0-9]/.test(c)) return '半角数字';
  if (/[Ａ-Ｚａ-ｚ]/.test(c)) return '全角字母';
  if (/[A-Za-z]/.test(c)) return '半角字母';
  if (c === '"') return '直引号';
  if (c === "'") return '直单引号';
  if (/[“”]/.test(c)) return '中文引号';
  if (/[‘’]/.test(c)) return '中文单引号';
  if (/[「」『』]/.test(c)) return '直角引号（「」『』，原文用的是 “” ‘’ 时要照原文）';
  if (c === '\u3000') return '全角空格';
  if (c === ' ') return '半角空格';
  if (/[\uff01-\uff5e]/.test(c)) return '全角符号';
  return '半角符号';
}

/**
 * The differences between `written` (a quote, a title) and `actual` (the body's or the source's text it is meant to
 * be), which have one {@link looseForm}: `引文中的 ６０９ 是全角数字，正文是 609`, one clause per kind of character,
 * listing its runs (`引文中的 " " 是直引号，正文是 “ ”`). `what` and `where` name the two (`引文`, `正文`).
 */
export function describeVariants(written: string, actual: string, what: string, where: string): string[] {
  const runs = new Map<string, { mine: string[]; theirs: string[] }>();
  const a = [...written];
  const b = [...actual];
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a[i] === b[i]) continue;
    const kind = kindOf(a[i]!);
    let j = i + 1;
    while (j < a.length && j < b.length && a[j] !== b[j] && kindOf(a[j]!) === kind) j++;
    const run = runs.get(kind) ?? { mine: [], theirs: [] };
    run.mine.push(a.slice(i, j).join(''));
    run.theirs.push(b.slice(i, j).join(''));
    runs.set(kind, run);
    i = j - 1;
  }
  return [...runs].map(([kind, r]) => `${what}中的 ${r.mine.join(' ')} 是${kind}，${where}是 ${r.theirs.join(' ')}`);
}
