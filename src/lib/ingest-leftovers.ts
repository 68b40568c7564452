/**
 * What `npm run ingest` leaves in a draft for the editor (src/ingest/write.ts, src/ingest/metrics.ts): YAML comments
 * `# 待核对：…` on the fields it is unsure of, a `# 草稿：由 npm run ingest …` header, and `·` in an extracted metric
 * label where the figure was taken out. A draft keeps them; a page that is published must not.
 */

/** A comment the ingest writes: its line in the file (1-based) and the comment as written. */
export interface IngestComment {
  line: number;
  text: string;
  /** The file's header (`# 草稿：由 npm run ingest …`), not a note on a field. */
  header: boolean;
}

const NOTE = /(?:^|\s)(#\s*待核对[\s\S]*)$/;
const HEADER = /^\s*(#\s*(?:草稿：)?由 npm run ingest[\s\S]*)$/;

/**
 * The ingest's comments in `text`, a whole file: only in its YAML (the frontmatter between the first two `---` lines
 * of a Markdown file, or the whole of a `.yaml` file).
 */
export function ingestComments(text: string, markdown: boolean): IngestComment[] {
  if (!text.includes('待核对') && !text.includes('npm run ingest')) return [];
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  let start = 0;
  if (markdown) {
    if (lines[0] !== '---') return [];
    start = 1;
    const close = lines.indexOf('---', 1);
    end = close < 0 ? lines.length : close;
  }
  const out: IngestComment[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const header = HEADER.exec(line);
    const note = header ? undefined : NOTE.exec(line);
    const comment = header?.[1] ?? note?.[1];
    if (comment) out.push({ line: i + 1, text: comment.trim(), header: Boolean(header) });
  }
  return out;
}

/**
 * Whether `label` still has the ingest's `·` placeholder: a `·` that the body does not have with the same characters
 * either side (a printed interpunct, as in 浙江工业大学·椒江创业创新中心, is in the body as it is in the label).
 */
export function hasLabelPlaceholder(label: string, body: string): boolean {
  for (let i = label.indexOf('·'); i >= 0; i = label.indexOf('·', i + 1)) {
    if (!body.includes(label.slice(Math.max(0, i - 1), i + 2))) return true;
  }
  return false;
}
