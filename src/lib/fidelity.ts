/**
 * Fidelity: proves a curated body says exactly what its raw source says. Both sides are reduced to their characters
 * (whitespace, Markdown syntax, page numbers and footnote marks removed); every paragraph of the body must then occur
 * in the source, after the editor's recorded corrections of extraction slips are applied.
 */
import { halfWidthDigits } from './numbers.ts';
import { decodeEntities } from './xml.ts';
import { withoutWhitespace } from './whitespace.ts';

/** A recorded correction of an extraction slip: `from` in the raw text reads `to` on the page. */
export interface Correction {
  from: string;
  to: string;
}

const PAGE_NUMBER_LINE = /^[\s\u3000]*(?:[—–\-－]\s*\d+\s*[—–\-－]|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d{1,3})[\s\u3000]*$/;
const SUPERSCRIPT_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/g;

/** Drops page-number lines (— 5—, - 3 -, 第3页, a bare number) from raw extracted text. */
export function dropPageNumbers(raw: string): string {
  return raw
    .split(/\r?\n/)
    .filter((line) => !PAGE_NUMBER_LINE.test(line))
    .join('\n');
}

/** Reduces raw source text to its characters for comparison. */
export function normalizeSource(raw: string, corrections: readonly Correction[] = []): string {
  // `**` around words is emphasis markup that the extraction carried over, not text.
  let text = dropPageNumbers(raw).replace(SUPERSCRIPT_DIGITS, '').replace(/\*\*/g, '');
  text = comparableForm(text);
  for (const c of corrections) text = text.split(comparableForm(c.from)).join(comparableForm(c.to));
  return text;
}

/**
 * Reduces one Markdown paragraph to its characters: no whitespace, heading marks, emphasis, footnote refs, escapes,
 * link and image syntax or HTML tags.
 */
export function normalizeMarkdown(md: string): string {
  const text = md
    // Heading marks, with or without their space (`##二、` is reported by the content check, not as a rewording).
    .replace(/^\s*#{1,6}[\s\u3000]*/gm, '')
    // Links are markup around the words of the text: their words count, their targets do not (an image is no text).
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[((?:[^\]\\^]|\\.)(?:[^\]\\]|\\.)*)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/^ {0,3}\[(?!\^)[^\]]+\]:\s*\S.*$/gm, '')
    // So are HTML tags (<sup>, <span …>, </p>), not autolinks (<https://…>, which show their address).
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^>]*)?\/?>/g, '')
    .replace(/^\s*\[\^[^\]]+\]:\s*/gm, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/^\s*>\s?/gm, '')
    // A code fence is markup too (the content check reports it: a body has no code).
    .replace(/^ {0,3}(?:```|~~~).*$/gm, '');
  // Character references are how Markdown writes < > & as text (&lt;b&gt; shows <b>): compared as what they show.
  return comparableForm(decodeEntities(text));
}

/**
 * Whitespace removed, and full-width digits, ％ and decimal points made ASCII (the ingest does so; a page may have
 * either): the form both sides are compared in. More than withoutWhitespace (whitespace.ts), which only removes whitespace.
 */
function comparableForm(s: string): string {
  return halfWidthDigits(withoutWhitespace(s))
    .replace(/(?<=\d)．(?=\d)/g, '.')
    .replace(/％/g, '%');
}

/** Splits a Markdown body into paragraphs (blocks separated by blank lines). */
export function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !/^import\s/.test(p));
}

/** A paragraph of a body with the 1-based line of the body it starts on. */
interface Paragraph {
  text: string;
  line: number;
}

/** The paragraphs of a Markdown body (blocks separated by blank lines), with their lines; `import` blocks left out. */
export function paragraphsWithLines(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = -1;
  const lines = body.split('\n');
  const flush = (end: number) => {
    if (start < 0) return;
    const text = lines.slice(start, end).join('\n').trim();
    if (text && !/^import\s/.test(text)) out.push({ text, line: start + 1 });
    start = -1;
  };
  lines.forEach((l, i) => {
    if (/^\s*$/.test(l)) flush(i);
    else if (start < 0) start = i;
  });
  flush(lines.length);
  return out;
}

/** A paragraph of a body with its text reduced as the source is ({@link normalizeMarkdown}, page numbers dropped). */
interface ReducedParagraph extends Paragraph {
  reduced: string;
}

/** A paragraph of an `.mdx` body that is one `{…}` expression or comment: no text of the page (the check refuses it). */
const MDX_EXPRESSION = /^\{[^]*\}$/;

/**
 * The paragraphs of `body` with their reduced text: what the fidelity and coverage checks compare with the source.
 * In an `.mdx` body (`mdx`), a paragraph that is one `{…}` is reduced to nothing: it is reported as MDX alone.
 */
export function reducedParagraphs(body: string, mdx = false): ReducedParagraph[] {
  // An HTML comment is not on the page (the body rules report it, src/lib/body-links.ts unsafeHtml): it is left out here.
  return paragraphsWithLines(body).map((p) => ({ ...p, reduced: mdx && MDX_EXPRESSION.test(p.text) ? '' : normalizeMarkdown(dropPageNumbers(p.text.replace(/<!--[\s\S]*?-->/g, ''))) }));
}

/** A paragraph of a body that its source does not contain, and where it leaves the source. */
interface Unfaithful {
  /** 1-based line of the body. */
  line: number;
  /** The paragraph reduced to its characters. */
  text: string;
  /**
   * How much of the paragraph's start the source has (characters of `text`); 0 when too little to say where it
   * leaves the source.
   */
  matched: number;
  /** What the source has after that start, when `matched` > 0. */
  sourceNext: string;
}

/** The source reduced once per seed and set of corrections: a page check compares many paragraphs with it. */
export class SourceIndex {
  readonly #raw: string;
  readonly #reduced = new Map<string, string>();
  constructor(raw: string) {
    this.#raw = raw;
  }
  /** The text it was made from (the seed as the check compares it). */
  get comparable(): string {
    return this.#raw;
  }
  /** The source reduced with `corrections` applied ({@link normalizeSource}). */
  text(corrections: readonly Correction[] = []): string {
    const key = JSON.stringify(corrections.map((c) => [c.from, c.to]));
    let t = this.#reduced.get(key);
    if (t === undefined) this.#reduced.set(key, (t = normalizeSource(this.#raw, corrections)));
    return t;
  }
  /** Whether the source (without corrections) has `s`, compared without whitespace. */
  has(s: string): boolean {
    return this.text().includes(comparableForm(s));
  }
}

/** The shortest start of a paragraph that says where it leaves its source: fewer characters match by chance. */
const MIN_MATCH = 6;

/**
 * The paragraphs of `body` whose characters the source does not contain (after `corrections`), with the line each
 * starts on and how far it agrees with the source. Page-number lines are left out: the check reports them apart.
 */
export function unfaithful(body: string, source: SourceIndex, corrections: readonly Correction[] = [], paragraphs: readonly ReducedParagraph[] = reducedParagraphs(body)): Unfaithful[] {
  const src = source.text(corrections);
  const out: Unfaithful[] = [];
  for (const p of paragraphs) {
    const text = p.reduced;
    if (!text || src.includes(text)) continue;
    // The longest start of the paragraph the source has (if a start is there, every shorter one is).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (src.includes(text.slice(0, mid))) lo = mid;
      else hi = mid - 1;
    }
    const matched = lo >= MIN_MATCH ? lo : 0;
    const at = matched ? src.indexOf(text.slice(0, matched)) + matched : -1;
    out.push({ line: p.line, text, matched, sourceNext: at >= 0 ? src.slice(at, at + 12) : '' });
  }
  return out;
}

/** A body reduced to its characters as a whole (for finding a correction's `to`). */
export function normalizeBody(body: string): string {
  return normalizeMarkdown(dropPageNumbers(body));
}

/**
 * Inline Markdown markup removed, whitespace kept: the text of a line as the page shows it (emphasis, code marks,
 * link and image syntax, footnote references, HTML tags and escapes gone). Metric quotes are compared with this.
 */
export function stripInlineMarkup(md: string): string {
  return md
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[((?:[^\]\\]|\\.)*)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^>]*)?\/?>/g, '')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/(?<!\\)\*/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
}

/** The Markdown marks a metric quote has (`**`, `[…](…)` …), which text as it reads never has; empty when none. */
export function markupIn(quote: string): string[] {
  const marks: [RegExp, string][] = [
    [/\*\*/, '**'],
    [/__/, '__'],
    [/(?<![*\\])\*(?!\*)/, '*'],
    [/~~/, '~~'],
    [/`/, '`'],
    [/\[\^[^\]]+\]/, '[^…]'],
    [/\[[^\]]*\]\(/, '[…](…)'],
    [/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^>]*)?\/?>/, '<…>'],
    [/\\[\\`*_{}[\]()#+\-.!<>|~]/, '\\'],
  ];
  return marks.filter(([re]) => re.test(quote)).map(([, m]) => m);
}
