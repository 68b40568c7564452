/**
 * A seed (raw extracted text) as the fidelity check compares bodies with it: cleaned of what the ingest removes as
 * extraction residue and never counts as text — full-width digits and ％ made ASCII, page numbers in every style, and
 * running headers (the series title repeated at the top of each page, which a page break can put in the middle of a
 * paragraph). The words themselves are left as they are: the check still finds any rewording.
 */
import { isPageNumber, normalizeChars, removeRunningHeaders, squeeze, toLines } from '../ingest/clean.ts';
import { SERIES } from '../ingest/masthead.ts';

/** The series printed in the first lines of a raw text (台州共富工作简报 …), for running-header removal. */
export function seriesOnTop(text: string): string[] {
  return toLines(normalizeChars(text))
    .filter((l) => l.text)
    .slice(0, 8)
    .flatMap((l) => SERIES.exec(squeeze(l.text))?.[1] ?? []);
}

/** `raw` without running headers and page-number lines, characters normalized as the ingest does. */
export function comparableSeed(raw: string, knownSeries: readonly string[] = []): string {
  const titles = [...new Set([...seriesOnTop(raw), ...knownSeries])];
  return removeRunningHeaders(toLines(normalizeChars(raw)), titles)
    .filter((l) => !isPageNumber(l.text))
    .map((l) => l.text)
    .join('\n');
}
