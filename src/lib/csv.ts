/**
 * CSV as spreadsheets read it (RFC 4180): fields quoted when they hold a comma, a quote or a line break, lines ended
 * with CRLF, and a byte-order mark first, without which Excel reads UTF-8 Chinese as another encoding. Pure;
 * unit-tested.
 */

/**
 * One field. A number is written as JavaScript writes it (204000000, 0.035), without grouping. A text that starts as a
 * formula does (=, +, -, @, a tab or a carriage return) gets a leading apostrophe, so that a spreadsheet shows it
 * instead of computing it; an empty or undefined field is empty.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a byte-order mark, then one CRLF-ended line per row. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `\uFEFF${rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('')}`;
}
